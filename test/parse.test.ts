/** Parsing for data first, positions when asked: the same findings and positions, each text parsed once per run. */

import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { promises as fs } from 'node:fs';
import { FileSystemSource, MemorySource, type MemoryFile } from '../src/source.js';
import { DEFAULT_LIMITS, ParseCache, loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { locate } from '../src/locate.js';
import { MAX_NESTING, parseYamlDocument } from '../src/yaml.js';
import { ConfigError, parseConfig } from '../src/config.js';
import type { ParsedFile } from '../src/register.js';
import { REGISTER, processing } from './support/registers.js';
import { FIXTURE_TODAY, listCases, materialise } from './support/fixtures.js';

const TODAY = '2026-06-01';

function memory(files: Record<string, string>): MemorySource {
  const map = new Map<string, MemoryFile>();
  for (const [p, text] of Object.entries(files)) map.set(p, { type: 'file', bytes: new TextEncoder().encode(text) });
  return new MemorySource(map);
}

/** A file as the loader made it before: parsed once, with positions, and kept. */
function positionedFile(file: ParsedFile): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(file.content, lineCounter);
  return { path: file.path, role: file.role, content: file.content, lineCounter, doc, data: doc.toJS() };
}

describe('keys that the data would read as one', () => {
  it.each([
    ['a number and the same text quoted', 'id: x\n1: a\n"1": b\n', 3],
    ['true and "true"', 'id: x\ntrue: a\n"true": b\n', 3],
    ['an empty key and an empty string', 'id: x\n~: a\n"": b\n', 3],
    ['an alias of an earlier key', 'id: x\nlabel: &k name\nname: a\n*k : b\n', 4],
    ['the same key twice', 'id: x\nid: y\n', 2],
  ])('%s are a duplicate key', async (_what, text, line) => {
    const register = await loadRegister(memory({ 'register.yml': REGISTER, 'processing/x.yml': text }));
    const duplicates = register.problems.filter((p) => p.messageId === 'duplicateKey');
    expect(duplicates.map((p) => [p.entity.file.path, p.position?.line])).toEqual([['processing/x.yml', line]]);
  });

  it.each([
    ['different keys', 'id: x\nname: a\nowner: b\n'],
    ['the same key in two mappings', 'id: x\nnotice:\n  url: a\nsecurity:\n  url: b\n'],
    ['an alias used as a value', 'id: x\nname: &n Naam\nowner: *n\n'],
  ])('%s are not', async (_what, text) => {
    const register = await loadRegister(memory({ 'register.yml': REGISTER, 'processing/x.yml': text }));
    expect(register.problems.filter((p) => p.rule === 'yaml-syntax')).toEqual([]);
  });
});

/** `depth` brackets, one in the other. */
const brackets = (depth: number) => `${'['.repeat(depth)}x${']'.repeat(depth)}`;
/** `depth` mappings, each indented one further than the one it is in. */
const indented = (depth: number) => `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}${' '.repeat(depth)}v\n`;

describe('collections nested past the limit', () => {
  it.each([
    // The mapping of the file is one level, `personal_data`'s brackets the rest.
    ['brackets exactly to the limit', `id: x\npersonal_data: ${brackets(MAX_NESTING - 1)}\n`, undefined],
    ['brackets one past the limit', `id: x\npersonal_data: ${brackets(MAX_NESTING)}\n`, [2, 15 + MAX_NESTING]],
    ['indented mappings exactly to the limit', indented(MAX_NESTING), undefined],
    ['indented mappings one past the limit', indented(MAX_NESTING + 1), [MAX_NESTING + 1, MAX_NESTING + 1]],
    ['indented mappings far past the limit', indented(5 * MAX_NESTING), [MAX_NESTING + 1, MAX_NESTING + 1]],
    ['brackets far past the limit', `id: x\npersonal_data: ${brackets(5000)}\n`, [2, 15 + MAX_NESTING]],
    ['lists in lists on one line far past the limit', `${'- '.repeat(1000)}x\n`, [1, 2 * MAX_NESTING + 1]],
    // 60 lists (columns 1, 3, …, 119), then braces at columns 121, 125, …: the 41st brace is the 101st collection.
    ['lists, then braced mappings', `${'- '.repeat(60)}${'{a: '.repeat(60)}x${'}'.repeat(60)}\n`, [1, 121 + 4 * (MAX_NESTING + 1 - 60 - 1)]],
    ['a bracketed key in a braced mapping', `a: {${brackets(MAX_NESTING)}: b}\n`, [1, 4 + MAX_NESTING - 1]],
    ['the first of two places past the limit', `a: ${brackets(50)}\nb: ${brackets(MAX_NESTING)}\nc: ${brackets(5000)}\n`, [2, 3 + MAX_NESTING]],
    ['many collections side by side, none deep', `id: x\npersonal_data: [${'[[x]], '.repeat(10_000)}y]\n`, undefined],
  ] as const)('%s', async (_what, text, at) => {
    const register = await loadRegister(memory({ 'register.yml': REGISTER, 'processing/diep.yml': text, 'processing/c.yml': processing('c') }));
    const syntax = register.problems.filter((p) => p.rule === 'yaml-syntax').map((p) => [p.messageId, p.position?.line, p.position?.column]);
    const deep = register.files.find((f) => f.path === 'processing/diep.yml')!;
    if (at === undefined) {
      expect(syntax).toEqual([]);
      expect(deep.data).toBeDefined();
    } else {
      // One finding, and the file is not read: like any file that is not valid YAML.
      expect(syntax).toEqual([['tooDeep', ...at]]);
      expect(deep.data).toBeUndefined();
    }
    // The other files are read and checked as ever.
    expect(register.processing.map((p) => p.id)).toContain('c');
    expect(register.registerFile?.data).toBeDefined();
  });

  it('gives the same finding from deep in a call stack as from the top', () => {
    const text = `id: x\npersonal_data: ${brackets(5000)}\n`;
    const finding = () => {
      const lineCounter = new LineCounter();
      return parseYamlDocument(text, lineCounter).errors.map((e) => ({ code: e.code, ...lineCounter.linePos(e.pos[0]) }));
    };
    const within = (frames: number): ReturnType<typeof finding> => (frames === 0 ? finding() : within(frames - 1));
    const top = finding();
    expect(top).toEqual([{ code: 'RESOURCE_EXHAUSTION', line: 2, col: 15 + MAX_NESTING }]);
    // yaml itself gave up where the stack ran out: a few thousand frames lower, some hundred brackets sooner.
    for (const frames of [500, 1000, 2000, 4000]) expect(within(frames), `${frames} frames down`).toEqual(top);
  });

  it('gives a configuration nested past the limit the same words and position', () => {
    let error: unknown;
    try {
      parseConfig(`rules:\n  legal-basis-missing: ${brackets(MAX_NESTING)}\n`, 'c.yml', ['legal-basis-missing']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    // `rules` and its mapping are two levels; the 99th bracket is the 101st collection.
    expect((error as ConfigError).describe('en')).toBe(
      `c.yml:2:${24 + MAX_NESTING - 2}: The configuration is not valid YAML. Lists and blocks are nested so deeply here that the file cannot be read; make the structure simpler.`,
    );
  });
});

describe('positions when asked', () => {
  const files = {
    'register.yml': REGISTER,
    'processing/a.yml': processing('a').replace('retention: 7 jaar', 'retention: TODO'),
    'processing/b.yml': processing('b').replace('  - ground: public-task\n', '  - ground: public-tsak\n'),
    'processing/c.yml': processing('c'),
  };

  it('gives every finding the position a document parsed with positions gives', async () => {
    // Nothing kept with its nodes: every position comes from parsing again.
    const register = await loadRegister(memory(files), {}, undefined, new ParseCache(0));
    const { findings } = checkRegister(register, { today: TODAY });
    expect(findings.length).toBeGreaterThan(1);
    const byPath = new Map(register.files.map((f) => [f.path, positionedFile(f)]));
    for (const finding of findings) {
      const { line, column, endLine, endColumn } = locate(byPath.get(finding.file)!, finding.path);
      if (finding.rule === 'schema' || finding.rule === 'placeholder-value') expect({ line, column, endLine, endColumn }).toEqual({ line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
    }
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(
      expect.arrayContaining(['processing/a.yml:14 placeholder-value', 'processing/b.yml:7 schema']),
    );
  });

  it('gives a file without findings the same document when asked', async () => {
    const register = await loadRegister(memory(files), {}, undefined, new ParseCache(0));
    const file = register.files.find((f) => f.path === 'processing/c.yml')!;
    const before = positionedFile(file);
    expect(file.doc!.toJS()).toEqual(before.doc!.toJS());
    expect(file.lineCounter.lineStarts).toEqual(before.lineCounter.lineStarts);
    // Asked twice, made once.
    expect(file.doc).toBe(file.doc);
  });

  it('gives the same findings whether the nodes are kept or made again', async () => {
    const kept = checkRegister(await loadRegister(memory(files)), { today: TODAY });
    const again = checkRegister(await loadRegister(memory(files), {}, undefined, new ParseCache(0)), { today: TODAY });
    expect(kept.findings.length).toBeGreaterThan(1);
    expect(again.findings).toEqual(kept.findings);
  });
});

describe('a cache shared by the base and the head of a pull request', () => {
  it('parses a file that is the same in both once, and a changed file anew', async () => {
    const base = { 'register.yml': REGISTER, 'processing/a.yml': processing('a'), 'processing/b.yml': processing('b') };
    const head = { ...base, 'processing/b.yml': processing('b').replace('retention: 7 jaar', 'retention: 10 jaar') };
    const cache = new ParseCache();
    const [headRegister, baseRegister] = await Promise.all([loadRegister(memory(head), {}, undefined, cache), loadRegister(memory(base), {}, undefined, cache)]);
    const data = (register: typeof headRegister, path: string) => register.files.find((f) => f.path === path)!.data;
    expect(data(headRegister, 'processing/a.yml')).toBe(data(baseRegister, 'processing/a.yml'));
    expect(data(headRegister, 'register.yml')).toBe(data(baseRegister, 'register.yml'));
    expect(data(headRegister, 'processing/b.yml')).not.toBe(data(baseRegister, 'processing/b.yml'));
    expect(data(headRegister, 'processing/b.yml')).toMatchObject({ retention: '10 jaar' });
    expect(data(baseRegister, 'processing/b.yml')).toMatchObject({ retention: '7 jaar' });
  });

  it('gives the same findings as two loads of their own', async () => {
    const base = { 'register.yml': REGISTER, 'processing/a.yml': processing('a').replace('retention: 7 jaar', 'retention: TODO') };
    const head = { ...base, 'processing/b.yml': processing('b').replace('retention: 7 jaar', '[bewaartermijn]') };
    const cache = new ParseCache();
    const shared = checkRegister(await loadRegister(memory(head), {}, undefined, cache), { today: TODAY, base: await loadRegister(memory(base), {}, undefined, cache) });
    const apart = checkRegister(await loadRegister(memory(head)), { today: TODAY, base: await loadRegister(memory(base)) });
    expect(shared.findings.length).toBeGreaterThan(0);
    expect(shared.findings).toEqual(apart.findings);
  });
});

describe('every rule fixture', () => {
  it('gives the same findings, positions and fixes whether the nodes are kept or made again when asked', async () => {
    const cases = await listCases();
    expect(cases.length).toBeGreaterThan(100);
    for (const fixture of cases) {
      const dir = await materialise(fixture);
      try {
        const { maxFileBytes, maxFiles, maxFindingsPerFile } = fixture.options;
        const limits = { ...DEFAULT_LIMITS, ...(maxFileBytes ? { maxFileBytes } : {}), ...(maxFiles ? { maxFiles } : {}), ...(maxFindingsPerFile ? { maxFindingsPerFile } : {}) };
        const config = fixture.options.config ?? {};
        const today = fixture.options.today ?? FIXTURE_TODAY;
        const kept = checkRegister(await loadRegister(new FileSystemSource(dir), config, limits), { config, today });
        const again = checkRegister(await loadRegister(new FileSystemSource(dir), config, limits, new ParseCache(0)), { config, today });
        expect(again.findings, `${fixture.rule}/${fixture.name}`).toEqual(kept.findings);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }
  }, 120_000);
});
