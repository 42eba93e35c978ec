/** Runs every rule fixture: marked lines must carry exactly the marked findings, in both languages. */

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { FileSystemSource } from '../src/source.js';
import { loadRegister, DEFAULT_LIMITS } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { FIXTURES, FIXTURE_TODAY, expectations, listCases, match, materialise } from './support/fixtures.js';
import { LANGUAGES } from '../src/types.js';
import { describeFinding } from '../src/report/describe.js';

const cases = await listCases();

async function run(fixture: Awaited<ReturnType<typeof listCases>>[number]) {
  const dir = await materialise(fixture);
  const { maxFileBytes, maxFiles, maxFindingsPerFile } = fixture.options;
  const limits = {
    ...DEFAULT_LIMITS,
    ...(maxFileBytes ? { maxFileBytes } : {}),
    ...(maxFiles ? { maxFiles } : {}),
    ...(maxFindingsPerFile ? { maxFindingsPerFile } : {}),
  };
  const config = fixture.options.config ?? {};
  const register = await loadRegister(new FileSystemSource(dir), config, limits);
  let base;
  if (fixture.options.base) {
    const baseDir = await materialise(fixture, path.join(fixture.dir, fixture.options.base));
    base = await loadRegister(new FileSystemSource(baseDir), config, limits);
  }
  const result = checkRegister(register, { config, today: fixture.options.today ?? FIXTURE_TODAY, base });
  await fs.rm(dir, { recursive: true, force: true });
  return result;
}

describe('the clean base register', () => {
  it('has no findings at all', async () => {
    const register = await loadRegister(new FileSystemSource(path.join(FIXTURES, '_base')));
    const { findings } = checkRegister(register, { today: FIXTURE_TODAY });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${describeFinding(f, 'en').message}`)).toEqual([]);
  });
});

describe.each(cases)('$rule / $name', (fixture) => {
  it('reports exactly the marked findings, in words in both languages', async () => {
    const { findings } = await run(fixture);
    const own = findings.filter((f) => f.rule === fixture.rule);
    const marks = await expectations(fixture);
    const expected = marks.filter((e) => e.rule === fixture.rule);
    if (fixture.valid) expect(expected).toEqual([]);
    else expect(expected.length).toBeGreaterThan(0);
    // The case's own rule: every marked finding, at the marked line (and column), with the marked message, and no other.
    expect(match(own, expected)).toEqual({ missing: [], unexpected: [] });
    // Another rule's marks only say that its finding is there too; its other findings are not this case's concern.
    const others = marks.filter((e) => e.rule !== fixture.rule);
    expect(match(findings.filter((f) => f.rule !== fixture.rule), others).missing).toEqual([]);
    for (const finding of own) {
      for (const language of LANGUAGES) {
        const words = describeFinding(finding, language);
        for (const text of [words.message, words.fix, ...words.related.map((r) => r.message)]) expect(text).not.toMatch(/\{\{|\}\}/);
        expect(words.message.length).toBeGreaterThan(10);
      }
      expect(finding.entity.id).not.toBe('');
    }
  });
});
