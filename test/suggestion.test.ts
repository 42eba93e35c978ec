/** Suggestions write register-derived values as YAML would, so accepting one never breaks the file. */

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parse } from 'yaml';
import { FileSystemSource, MemorySource, type MemoryFile } from '../src/source.js';
import { loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { FIXTURES, FIXTURE_TODAY } from './support/fixtures.js';

const base = path.join(FIXTURES, '_base');
const files = new Map<string, MemoryFile>();
for (const entry of await new FileSystemSource(base).list()) {
  files.set(entry.path, { type: 'file', bytes: await fs.readFile(path.join(base, entry.path)) });
}
const wmo = (await fs.readFile(path.join(base, 'processing/wmo.yml'), 'utf8'));

describe('the id-mismatch suggestion for a file whose name is not a plain YAML word', () => {
  it.each([
    ['wmo-kopie', 'wmo-kopie'],
    ['wmo: kopie', 'wmo: kopie'],
    ['wmo # kopie', 'wmo # kopie'],
    ['123', '123'],
    ['true', 'true'],
  ])('file processing/%s.yml: the suggested line parses back to the file name', async (stem, expected) => {
    const register = new Map(files);
    register.delete('processing/wmo.yml');
    register.set(`processing/${stem}.yml`, { type: 'file', bytes: new TextEncoder().encode(wmo) });
    const loaded = await loadRegister(new MemorySource(register));
    const { findings } = checkRegister(loaded, { today: FIXTURE_TODAY });
    const mismatch = findings.find((f) => f.rule === 'id-mismatch');
    expect(mismatch?.suggestion).toBeDefined();
    expect(parse(mismatch!.suggestion!.replacement, { version: '1.2' })).toEqual({ id: expected });
  });
});
