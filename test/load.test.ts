/** The loader through the real file system: links, special files, limits, encodings, and that it never writes. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSystemSource, UnreadableError, normaliseRelativePath, type RegisterSource } from '../src/source.js';
import { DEFAULT_LIMITS, loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import type { Register } from '../src/register.js';
import { REGISTER, processing } from './support/registers.js';

const TODAY = '2026-06-01';

/** A temporary folder holding `root/` (the register) and `outside/` (what must never be read). */
let sandbox: string;
let root: string;
let outside: string;

beforeEach(async () => {
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'load-test-'));
  root = path.join(sandbox, 'root');
  outside = path.join(sandbox, 'outside');
  await fs.mkdir(path.join(root, 'processing'), { recursive: true });
  await fs.mkdir(path.join(root, 'partnerships'), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(path.join(root, 'register.yml'), REGISTER);
  await fs.writeFile(path.join(outside, 'geheim.yml'), processing('geheim'));
});

afterEach(async () => {
  await fs.rm(sandbox, { recursive: true, force: true });
});

async function write(relative: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await fs.writeFile(path.join(root, relative), content);
}

/** A FileSystemSource that records every path it is asked to read. */
class RecordingSource implements RegisterSource {
  readonly reads: string[] = [];
  private readonly inner: FileSystemSource;
  constructor(dir: string) {
    this.inner = new FileSystemSource(dir);
  }
  list() {
    return this.inner.list();
  }
  read(relativePath: string, maxBytes: number) {
    this.reads.push(relativePath);
    return this.inner.read(relativePath, maxBytes);
  }
}

const problems = (register: Register, rule: string) =>
  register.problems.filter((p) => p.rule === rule).map((p) => `${p.entity.file.path} ${p.messageId}`);

/** Every text the loader holds, to prove nothing from outside the root got in. */
const allText = (register: Register) => register.files.map((f) => f.content).join('\n');

describe('links', () => {
  it('does not follow a symlinked directory, reads nothing behind it and says so', async () => {
    await fs.rm(path.join(root, 'processing'), { recursive: true });
    await fs.symlink(outside, path.join(root, 'processing'));
    const source = new RecordingSource(root);

    const entries = await source.list();
    expect(entries.find((e) => e.path === 'processing')).toEqual({ path: 'processing', type: 'symlink', size: 0 });
    expect(entries.some((e) => e.path.startsWith('processing/'))).toBe(false);

    const register = await loadRegister(source);
    expect(source.reads).toEqual(['register.yml']);
    expect(register.processing).toEqual([]);
    expect(allText(register)).not.toContain('geheim');
    expect(problems(register, 'file-unreadable')).toEqual(['processing symlinkFolder']);
  });

  it('does not follow a symlinked directory pointing at /etc', async () => {
    await fs.symlink('/etc', path.join(root, 'partnerships', 'etc'));
    const source = new RecordingSource(root);
    const register = await loadRegister(source);
    expect(source.reads).toEqual(['register.yml']);
    expect(problems(register, 'file-unreadable')).toEqual(['partnerships/etc symlinkFolder']);
  });

  it('does not follow a symlink to a file outside the root', async () => {
    await fs.symlink(path.join(outside, 'geheim.yml'), path.join(root, 'processing', 'geheim.yml'));
    const source = new RecordingSource(root);
    const register = await loadRegister(source);
    expect(source.reads).not.toContain('processing/geheim.yml');
    expect(register.processing).toEqual([]);
    expect(allText(register)).not.toContain('geheim');
    expect(problems(register, 'file-unreadable')).toEqual(['processing/geheim.yml symlink']);
    await expect(source.read('processing/geheim.yml', DEFAULT_LIMITS.maxFileBytes)).rejects.toMatchObject({ reason: 'symlink' });
  });

  it('refuses a read through a linked directory on the way, not only a link at the end', async () => {
    await fs.symlink(outside, path.join(root, 'processing', 'extern'));
    const source = new FileSystemSource(root);
    await expect(source.read('processing/extern/geheim.yml', DEFAULT_LIMITS.maxFileBytes)).rejects.toMatchObject({ reason: 'symlink' });
  });

  it('does not follow a relative link to another file inside the root either', async () => {
    await write('processing/wmo.yml', processing('wmo'));
    await fs.symlink('wmo.yml', path.join(root, 'processing', 'wmo-oud.yml'));
    const register = await loadRegister(new FileSystemSource(root));
    expect(register.processing.map((p) => p.file.path)).toEqual(['processing/wmo.yml']);
    expect(problems(register, 'file-unreadable')).toEqual(['processing/wmo-oud.yml symlink']);
  });
});

describe('paths outside the root', () => {
  it.each([
    ['../x', undefined],
    ['..', undefined],
    ['.', undefined],
    ['', undefined],
    ['a/../../x', undefined],
    ['processing/../../outside/geheim.yml', undefined],
    ['/etc/passwd', undefined],
    ['processing\\wmo.yml', undefined],
    ['processing/wmo.yml\0.md', undefined],
    ['processing/wmo.yml', 'processing/wmo.yml'],
    ['./processing/wmo.yml', 'processing/wmo.yml'],
    ['processing//wmo.yml', 'processing/wmo.yml'],
    ['processing/oud/../wmo.yml', 'processing/wmo.yml'],
  ])('normaliseRelativePath(%j) is %j', (input, expected) => {
    expect(normaliseRelativePath(input)).toBe(expected);
  });

  it('FileSystemSource.read refuses `..` even when the target exists', async () => {
    const source = new FileSystemSource(root);
    await fs.writeFile(path.join(sandbox, 'x'), 'id: x\n');
    for (const p of ['../x', '../outside/geheim.yml', 'processing/../../x', '/etc/passwd']) {
      const error = await source.read(p, DEFAULT_LIMITS.maxFileBytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableError);
      expect((error as UnreadableError).reason).toBe('outside-root');
    }
  });

  it('does not read a notice file named with `..`', async () => {
    await write('processing/wmo.yml', processing('wmo').replace('  url: https://www.proefstad.nl/privacy/wmo', '  file: ../outside/geheim.yml'));
    const source = new RecordingSource(root);
    const register = await loadRegister(source);
    expect(source.reads.sort()).toEqual(['processing/wmo.yml', 'register.yml']);
    expect(allText(register)).not.toContain('Verwerking geheim');
  });
});

describe('special files', () => {
  const hasMkfifo = (() => {
    try {
      execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
      return process.platform !== 'win32';
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasMkfifo)('reports a FIFO as not a regular file, without reading (or waiting on) it', async () => {
    execFileSync('mkfifo', [path.join(root, 'processing', 'pijp.yml')]);
    const source = new RecordingSource(root);
    const entries = await source.list();
    expect(entries.find((e) => e.path === 'processing/pijp.yml')?.type).toBe('other');

    const register = await loadRegister(source);
    expect(source.reads).not.toContain('processing/pijp.yml');
    expect(problems(register, 'file-unreadable')).toEqual(['processing/pijp.yml notRegular']);

    // Asked directly, the source refuses it instead of blocking until a writer opens the pipe.
    await expect(source.read('processing/pijp.yml', DEFAULT_LIMITS.maxFileBytes)).rejects.toMatchObject({ reason: 'not-regular' });
  }, 5_000);
});

describe('size limit', () => {
  it('reports a file over the limit without reading it', async () => {
    await write('processing/groot.yml', `${processing('groot')}# ${'x'.repeat(2_000)}\n`);
    await write('processing/klein.yml', processing('klein'));
    const source = new RecordingSource(root);
    const register = await loadRegister(source, {}, { ...DEFAULT_LIMITS, maxFileBytes: 1_500 });
    expect(source.reads).not.toContain('processing/groot.yml');
    expect(source.reads).toContain('processing/klein.yml');
    expect(register.processing.map((p) => p.id)).toEqual(['klein']);
    const [problem] = register.problems.filter((p) => p.rule === 'file-unreadable');
    expect(problem).toMatchObject({ messageId: 'tooLarge', data: { file: 'processing/groot.yml', limit: 1_500 } });
    expect(problem.data?.size).toBeGreaterThan(1_500);
  });

  it('reads a file of exactly the limit', async () => {
    const text = processing('precies');
    await write('processing/precies.yml', text);
    const size = Buffer.byteLength(text);
    const register = await loadRegister(new FileSystemSource(root), {}, { ...DEFAULT_LIMITS, maxFileBytes: size });
    expect(register.processing.map((p) => p.id)).toEqual(['precies']);
    expect(problems(register, 'file-unreadable')).toEqual([]);

    const over = await loadRegister(new FileSystemSource(root), {}, { ...DEFAULT_LIMITS, maxFileBytes: size - 1 });
    expect(problems(over, 'file-unreadable')).toEqual(['processing/precies.yml tooLarge']);
  });

  it('refuses a file that grew past the limit after it was listed', async () => {
    await write('processing/groeit.yml', 'id: groeit\n');
    const source = new FileSystemSource(root);
    await write('processing/groeit.yml', processing('groeit'));
    await expect(source.read('processing/groeit.yml', 20)).rejects.toMatchObject({ reason: 'too-large' });
  });
});

describe('one broken file never hides the others', () => {
  it('still reports an unknown partnership in another file next to a syntax error', async () => {
    await write('processing/kapot.yml', 'id: kapot\nname: "Kapot\nowner: proefstad/team-privacy\n');
    await write('processing/tab.yml', 'id: tab\npurposes:\n\t- Iets\n');
    await write('processing/woonoverlast.yml', processing('woonoverlast', '  - partnership: zorg-en-veiligheidhuis'));
    await write('processing/leeg.yml', '');
    await write('processing/latin1.yml', Buffer.from('id: latin1\nname: Be\xebindiging\n', 'latin1'));
    const register = await loadRegister(new FileSystemSource(root));
    const { findings } = checkRegister(register, { today: TODAY });
    const summary = findings
      .filter((f) => ['yaml-syntax', 'file-unreadable', 'unknown-partnership'].includes(f.rule))
      .map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(summary).toEqual([
      'processing/kapot.yml:2 yaml-syntax',
      'processing/latin1.yml:1 file-unreadable',
      'processing/leeg.yml:1 yaml-syntax',
      'processing/tab.yml:3 yaml-syntax',
      'processing/woonoverlast.yml:14 unknown-partnership',
    ]);
    expect(register.processing.map((p) => p.id)).toEqual(['woonoverlast']);
  });

  it('does not call a reference to an existing but broken partnership file unknown', async () => {
    await write('partnerships/zorg-en-veiligheidshuis.yml', 'id: zorg-en-veiligheidshuis\nname: [Zorg- en Veiligheidshuis\n');
    await write('processing/woonoverlast.yml', processing('woonoverlast', '  - partnership: zorg-en-veiligheidshuis'));
    const register = await loadRegister(new FileSystemSource(root));
    const rules = checkRegister(register, { today: TODAY }).findings.map((f) => `${f.file} ${f.rule}`);
    expect(rules).toContain('partnerships/zorg-en-veiligheidshuis.yml yaml-syntax');
    expect(rules).not.toContain('processing/woonoverlast.yml unknown-partnership');
  });
});

describe('syntax error positions', () => {
  async function syntaxPositions(text: string) {
    await write('processing/x.yml', text);
    const register = await loadRegister(new FileSystemSource(root));
    return register.problems.filter((p) => p.rule === 'yaml-syntax').map((p) => p.position);
  }

  it('points an unclosed quote at the opening quote, not past the end of the file', async () => {
    expect(await syntaxPositions('id: x\nname: "Leerlingenvervoer\nowner: a\nretention: 7 jaar\n')).toEqual([
      { line: 2, column: 7, endLine: 2, endColumn: 25 },
    ]);
  });

  it('reports what an unclosed quote swallowed only once', async () => {
    expect(await syntaxPositions("id: x\ndata: [NAW, 'hulpvraag]\nowner: a\n")).toEqual([{ line: 2, column: 13, endLine: 2, endColumn: 24 }]);
  });

  it('points a mistake the parser reads as a continuation of the line above at the line that is indented wrongly', async () => {
    const text = 'id: x\npersonal_data:\n  - category: Medische verklaring\n     special: health\n';
    expect(await syntaxPositions(text)).toEqual([{ line: 4, column: 6, endLine: 4, endColumn: 21 }]);
  });

  it('keeps positions inside the file when the error is at its very end', async () => {
    const positions = await syntaxPositions('id: x\nnotice: [a, b\n\n\n');
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) expect(p!.endLine).toBeLessThanOrEqual(2);
  });
});

describe('encodings', () => {
  it('reports invalid UTF-8 as unreadable', async () => {
    await write('processing/kapot.yml', Buffer.from([...Buffer.from('id: x\nname: '), 0xff, 0xfe, 0x0a]));
    const register = await loadRegister(new FileSystemSource(root));
    expect(problems(register, 'file-unreadable')).toEqual(['processing/kapot.yml invalidUtf8']);
    expect(register.processing).toEqual([]);
  });

  it('reports UTF-16 (as Notepad may save it) as unreadable', async () => {
    await write('processing/bijstand.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: bijstand\n', 'utf16le')]));
    const register = await loadRegister(new FileSystemSource(root));
    expect(problems(register, 'file-unreadable')).toEqual(['processing/bijstand.yml invalidUtf8']);
  });

  it('strips a byte order mark, so positions start at column 1', async () => {
    await write('processing/wmo.yml', `\ufeff${processing('wmo')}`);
    await write('notices/wmo.md', '\ufeff# Wat doen wij met uw gegevens?\n');
    const register = await loadRegister(new FileSystemSource(root));
    expect(register.problems).toEqual([]);
    const [wmo] = register.processing;
    expect(wmo.id).toBe('wmo');
    expect(wmo.file.content.startsWith('id: wmo')).toBe(true);
    expect(register.notices.get('notices/wmo.md')?.content).toBe('# Wat doen wij met uw gegevens?\n');
    const { findings } = checkRegister(register, { today: TODAY, config: { rules: { 'notice-missing': 'off' } } });
    expect(findings.filter((f) => f.file === 'processing/wmo.yml' && f.line === 1).every((f) => f.column === 1)).toBe(true);
  });
});

describe('the loader never writes', () => {
  async function snapshot(dir: string): Promise<string[]> {
    const out: string[] = [];
    const walk = async (d: string): Promise<void> => {
      for (const dirent of await fs.readdir(d, { withFileTypes: true })) {
        const full = path.join(d, dirent.name);
        const stat = await fs.lstat(full);
        out.push(`${path.relative(dir, full)} ${stat.mode} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`);
        if (dirent.isDirectory()) await walk(full);
      }
    };
    await walk(dir);
    return out.sort();
  }

  it('leaves every file and folder as it was, broken ones included', async () => {
    await write('processing/wmo.yml', processing('wmo', '  - partnership: buurteam'));
    await write('processing/kapot.yml', 'id: kapot\nname: "Kapot\n');
    await write('processing/te-groot.yml', `${processing('te-groot')}# ${'x'.repeat(3_000)}\n`);
    await write('notices/wmo.md', '# Privacyverklaring\n');
    await fs.symlink(path.join(outside, 'geheim.yml'), path.join(root, 'partnerships', 'geheim.yml'));
    const before = await snapshot(sandbox);
    // Timestamps have a granularity; make sure a write would show.
    await new Promise((resolve) => setTimeout(resolve, 20));

    const register = await loadRegister(new FileSystemSource(root), {}, { ...DEFAULT_LIMITS, maxFileBytes: 2_000 });
    checkRegister(register, { today: TODAY });

    expect(await snapshot(sandbox)).toEqual(before);
  });
});
