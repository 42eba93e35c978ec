/** The loader under hostile sizes: many keys, many files, a register over its budget, parser errors in words. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { MemorySource, FileSystemSource, type MemoryFile, type RegisterSource } from '../src/source.js';
import { DEFAULT_LIMITS, READ_CONCURRENCY, loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { describeFinding } from '../src/report/describe.js';
import { render } from '../src/template.js';
import yamlSyntax from '../src/rules/yaml-syntax.js';
import fileUnreadable from '../src/rules/file-unreadable.js';
import { ROOT } from './support/cli.js';
import { REGISTER, processing } from './support/registers.js';

const TODAY = '2026-06-01';

const encoder = new TextEncoder();
const file = (text: string | Uint8Array): MemoryFile => ({ type: 'file', bytes: typeof text === 'string' ? encoder.encode(text) : text });

function memory(files: Record<string, string>): MemorySource {
  return new MemorySource(new Map(Object.entries({ 'register.yml': REGISTER, ...files }).map(([p, t]) => [p, file(t)])));
}

/** A valid file of `size` bytes with few keys: its purposes are a list as long as the file allows. */
function benign(size: number): string {
  const head = processing('wmo');
  const at = head.indexOf('purposes:\n') + 'purposes:\n'.length;
  let items = '';
  for (let i = 0; head.length + items.length < size; i++) items += `  - Doel ${String(i).padStart(6, '0')}\n`;
  return head.slice(0, at) + items + head.slice(at);
}

/** Milliseconds to load and check a register with one processing file; the fastest of a few runs. */
async function timeOf(text: string, runs = 2): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const register = await loadRegister(memory({ 'processing/wmo.yml': text }));
    checkRegister(register, { today: TODAY });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const key = (i: number) => `k${String(i).padStart(6, '0')}`;

describe('many keys in one file', () => {
  // 75,000 keys ran past two minutes when every key was compared with every earlier one.
  it('loads a file of 75,000 keys, every other one a duplicate, within ten times a same-size file of few keys', async () => {
    let text = processing('wmo');
    for (let i = 0; i < 75_000; i++) text += `${key(i - (i % 2))}: 1\n`;
    expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    const reference = await timeOf(benign(text.length));
    const hostile = await timeOf(text, 1);
    expect(hostile / Math.max(reference, 20)).toBeLessThan(10);

    const register = await loadRegister(memory({ 'processing/wmo.yml': text }));
    const syntax = register.problems.filter((p) => p.rule === 'yaml-syntax');
    expect(syntax.filter((p) => p.messageId === 'duplicateKey')).toHaveLength(DEFAULT_LIMITS.maxFindingsPerFile);
    expect(syntax.find((p) => p.messageId === 'moreErrors')?.data).toEqual({ count: 37_500 - DEFAULT_LIMITS.maxFindingsPerFile, limit: DEFAULT_LIMITS.maxFindingsPerFile });
    // The first duplicate is reported where the parser's own check put it: the second k000000.
    expect(syntax[0]).toMatchObject({ messageId: 'duplicateKey', data: { key: 'k000000' }, position: { line: 21, column: 1 } });
  }, 120_000);

  it('checks a file of 75,000 distinct keys that all fail the schema within ten times a same-size file of few keys', async () => {
    let text = processing('wmo');
    for (let i = 0; i < 75_000; i++) text += `${key(i)}: 1\n`;
    expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    const reference = await timeOf(benign(text.length));
    const hostile = await timeOf(text, 1);
    expect(hostile / Math.max(reference, 20)).toBeLessThan(10);

    const register = await loadRegister(memory({ 'processing/wmo.yml': text }));
    const schema = register.problems.filter((p) => p.rule === 'schema');
    expect(schema).toHaveLength(DEFAULT_LIMITS.maxFindingsPerFile + 1);
    expect(schema.at(-1)).toMatchObject({ messageId: 'moreErrors', data: { count: 75_000 - DEFAULT_LIMITS.maxFindingsPerFile } });
  }, 120_000);

  it('keeps at most the per-file number of schema findings for a long list of wrong items, and counts the rest', async () => {
    const text = `${processing('wmo').replace('recipients: []', `recipients: [${Array.from({ length: 5_000 }, () => '1').join(', ')}]`)}`;
    const register = await loadRegister(memory({ 'processing/wmo.yml': text }), {}, { ...DEFAULT_LIMITS, maxFindingsPerFile: 10 });
    const schema = register.problems.filter((p) => p.rule === 'schema');
    expect(schema).toHaveLength(11);
    expect(schema.at(-1)).toMatchObject({ messageId: 'moreErrors', data: { count: 4_990, limit: 10 } });
    const { findings } = checkRegister(register, { today: TODAY });
    expect(findings.find((f) => describeFinding(f, 'en').message.startsWith('This file has 4990 more schema errors'))).toBeDefined();
  });
});

describe('the read budget of a register', () => {
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`processing/p${String(i).padStart(3, '0')}.yml`, processing(`p${String(i).padStart(3, '0')}`)]));

  it('reads no more than maxFiles files, register.yml first, and says once how many were left', async () => {
    const register = await loadRegister(memory(many(12)), {}, { ...DEFAULT_LIMITS, maxFiles: 5 });
    expect(register.registerFile?.path).toBe('register.yml');
    expect(register.processing.map((p) => p.id)).toEqual(['p000', 'p001', 'p002', 'p003']);
    const unread = register.problems.filter((p) => p.rule === 'file-unreadable');
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ messageId: 'budgetExceeded', data: { count: 8, file: 'processing/p004.yml', maxFiles: 5 } });
    // What was read is still checked.
    const { findings } = checkRegister(register, { today: TODAY });
    const budget = findings.filter((f) => f.rule === 'file-unreadable');
    expect(budget.map((f) => describeFinding(f, 'nl').message)).toEqual([
      '8 registerbestanden, vanaf processing/p004.yml, zijn niet gelezen en niet gecontroleerd: een register mag hoogstens 5 bestanden en samen 32 MiB tellen.',
    ]);
  });

  it('reads no more than maxTotalBytes bytes', async () => {
    const files = many(10);
    const size = processing('p000').length;
    const register = await loadRegister(memory(files), {}, { ...DEFAULT_LIMITS, maxTotalBytes: REGISTER.length + 3 * size + 10 });
    expect(register.processing).toHaveLength(3);
    expect(register.problems.filter((p) => p.rule === 'file-unreadable').map((p) => [p.messageId, p.data?.count])).toEqual([['budgetExceeded', 7]]);
  });

  it('holds a register of 10,000 activities of about 1.5 KB with its partnerships by default', () => {
    const files = 10_000 + 1_000 + 1;
    expect(files).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFiles / 1.5);
    expect(files * 1_500).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTotalBytes / 1.5);
  });
});

describe('reading many files', () => {
  /** A source that counts how many reads are running at once. */
  class CountingSource implements RegisterSource {
    running = 0;
    most = 0;
    reads = 0;
    constructor(private readonly inner: RegisterSource) {}
    list() {
      return this.inner.list();
    }
    async read(relativePath: string, maxBytes: number) {
      this.running++;
      this.reads++;
      this.most = Math.max(this.most, this.running);
      try {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await this.inner.read(relativePath, maxBytes);
      } finally {
        this.running--;
      }
    }
  }

  it('reads 3,000 files with a bounded number of reads at once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3_000; i++) files[`processing/p${i}.yml`] = processing(`p${i}`);
    const source = new CountingSource(memory(files));
    const register = await loadRegister(source);
    expect(register.processing).toHaveLength(3_000);
    expect(source.reads).toBe(3_001);
    expect(source.most).toBeLessThanOrEqual(READ_CONCURRENCY);
  });

  it('reads 3,000 files from disk under a limit of 256 open files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'load-limits-'));
    try {
      await fs.mkdir(path.join(dir, 'processing'));
      await fs.writeFile(path.join(dir, 'register.yml'), REGISTER);
      for (let i = 0; i < 3_000; i++) await fs.writeFile(path.join(dir, 'processing', `p${i}.yml`), processing(`p${i}`));
      // The child runs the loader bundled from source, in its own process with the lowered limit.
      const { outputFiles } = await build({
        stdin: {
          contents: `import { FileSystemSource } from './src/source.ts'; import { loadRegister } from './src/load.ts';
            const r = await loadRegister(new FileSystemSource(process.argv[2]));
            console.log(JSON.stringify({ activities: r.processing.length, problems: r.problems.map((p) => p.messageId) }));`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        write: false,
      });
      const script = path.join(ROOT, `.load-limits-${process.pid}.mjs`);
      await fs.writeFile(script, outputFiles[0].text);
      let out: string;
      try {
        out = execFileSync('bash', ['-c', 'ulimit -n 256 && exec node "$0" "$1"', script, dir], { encoding: 'utf8' });
      } finally {
        await fs.rm(script, { force: true });
      }
      expect(JSON.parse(out)).toEqual({ activities: 3_000, problems: [] });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a notice that cannot be read', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'load-limits-'));
    await fs.mkdir(path.join(dir, 'processing'));
    await fs.mkdir(path.join(dir, 'notices'));
    await fs.writeFile(path.join(dir, 'register.yml'), REGISTER);
    await fs.writeFile(path.join(dir, 'processing', 'wmo.yml'), processing('wmo').replace('  url: https://www.proefstad.nl/privacy/wmo', '  file: notices/wmo.md'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a link', 'symlink', async (p: string) => fs.symlink('/etc/hostname', p)],
    ['not UTF-8', 'invalidUtf8', async (p: string) => fs.writeFile(p, Uint8Array.from([0x23, 0x20, 0xff, 0xfe, 0x0a]))],
  ])('named in notice.file and %s is reported once', async (_name, messageId, make) => {
    await make(path.join(dir, 'notices', 'wmo.md'));
    const register = await loadRegister(new FileSystemSource(dir));
    expect(register.problems.filter((p) => p.rule === 'file-unreadable').map((p) => `${p.entity.file.path} ${p.messageId}`)).toEqual([
      `notices/wmo.md ${messageId}`,
    ]);
    const { findings, summary } = checkRegister(register, { today: TODAY });
    expect(findings.filter((f) => f.rule === 'file-unreadable')).toHaveLength(1);
    expect(summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);
  });
});

describe('indentation mistakes', () => {
  // [what, text, line, column] of the key that is indented wrongly.
  const cases: [string, string, number, number][] = [
    ['a key indented deeper than the one above', 'id: x\nname: y\n  owner: z\nretention: 1\n', 3, 3],
    ['a key indented less than the one above', 'id: x\nnotice:\n  url: a\n contact: b\nreviewed: 1\n', 4, 2],
    ['a key after a blank line, indented less', 'id: x\nnotice:\n  url: a\n\n contact: b\n', 5, 2],
    ['a key after a comment line, indented less', 'id: x\nnotice:\n  url: a\n  # opmerking\n contact: b\n', 5, 2],
    ['a key in a list item indented less', 'id: x\nlegal_basis:\n  - ground: a\n   provision: b\nname: y\n', 4, 4],
    ['a key in a list item indented deeper', 'id: x\nlegal_basis:\n  - ground: a\n     provision: b\nname: y\n', 4, 6],
    ['a key after a comment, indented deeper', 'id: x\npersonal_data:\n  - category: NAW # opmerking\n     special: health\n', 4, 6],
    ['a list item indented less', 'id: x\npurposes:\n  - a\n - b\nname: y\n', 4, 2],
    ['a tab', 'id: x\nnotice:\n\turl: a\n', 3, 1],
  ];

  it.each(cases)('%s is reported on its own line', async (_what, text, line, column) => {
    const register = await loadRegister(memory({ 'processing/x.yml': text }));
    const positions = register.problems.filter((p) => p.rule === 'yaml-syntax').map((p) => p.position);
    expect(positions).toEqual([expect.objectContaining({ line, column })]);
  });
});

describe('parser errors in Dutch', () => {
  // A document that trips each of yaml's error codes that a register file can trip. TAG_RESOLVE_FAILED and
  // BAD_COLLECTION_TYPE come as warnings, which are not reported; the rest (IMPOSSIBLE, BAD_PROP_ORDER, …) have
  // words too but no known document that trips them.
  const cases: [string, string][] = [
    ['ALIAS_PROPS', 'id: x\nname: &a *b\n'],
    ['BAD_DIRECTIVE', '%YAML 1.2 extra\n---\nid: x\n'],
    ['BAD_DQ_ESCAPE', 'id: x\nname: "a \\q b"\n'],
    ['BAD_INDENT', 'id: x\nnotice:\n  url: a\n contact: b\n'],
    ['BAD_SCALAR_START', 'id: x\nname: @tekst\n'],
    ['BLOCK_AS_IMPLICIT_KEY', 'id: x\nname: y\n  owner: z\n'],
    ['BLOCK_IN_FLOW', 'id: x\npurposes: [\n  - b\n]\n'],
    ['DUPLICATE_KEY', 'id: x\nid: y\n'],
    ['KEY_OVER_1024_CHARS', `id: x\n${'a'.repeat(1030)}: b\n`],
    ['MISSING_CHAR', 'id: x\nname: "open\n'],
    ['MULTILINE_IMPLICIT_KEY', 'id: x\n"na\n me": y\n'],
    ['MULTIPLE_ANCHORS', 'id: x\nname: &a &b y\n'],
    ['MULTIPLE_DOCS', 'id: x\n---\nid: y\n'],
    ['MULTIPLE_TAGS', 'id: x\nname: !!str !!str y\n'],
    ['TAB_AS_INDENT', 'id: x\nnotice:\n\turl: a\n'],
    ['UNEXPECTED_TOKEN', 'id: x\n]\n'],
  ];

  it.each(cases)('%s has words of its own in both languages', async (code, text) => {
    const register = await loadRegister(memory({ 'processing/x.yml': text }));
    const problems = register.problems.filter((p) => p.rule === 'yaml-syntax');
    expect(problems.map((p) => p.discriminator?.split(':')[0])).toContain(code);
    for (const problem of problems) {
      expect(problem.messageId).not.toBe('syntax');
      const message = yamlSyntax.messages[problem.messageId as keyof typeof yamlSyntax.messages];
      const nl = render(message, 'nl', problem.data);
      // The parser's English sentences never reach a Dutch message.
      expect(nl).not.toMatch(/\b(must|not allowed|Missing|Expected|Unexpected|Implicit|indicator|unique)\b/);
    }
  });

  it('calls a reference to a missing anchor a wrong reference, not too many references', async () => {
    const register = await loadRegister(memory({ 'processing/x.yml': 'id: x\nname: *onbekend\n' }));
    expect(register.problems.filter((p) => p.rule === 'yaml-syntax').map((p) => p.messageId)).toEqual(['anchor']);
  });

  it('names only the code of an error it does not know, in Dutch', () => {
    const nl = render(yamlSyntax.messages.syntax, 'nl', { code: 'NIEUWE_CODE' });
    expect(nl).toBe('Dit bestand is geen geldige YAML; de controle kent deze fout niet bij naam (foutcode NIEUWE_CODE).');
  });

  it('gives the budget message words in both languages', () => {
    expect(render(fileUnreadable.messages.budgetExceeded, 'en', { count: 3, file: 'a.yml', maxFiles: 2, maxMebibytes: 32 })).toContain('3 register files');
  });
});
