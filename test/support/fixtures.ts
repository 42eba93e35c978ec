/** Rule fixtures: a case folder laid over the clean base register, with expectations marked in the files. */

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckConfig } from '../../src/model.js';

/** The folder holding one sub-folder per rule. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The date every fixture is checked on unless its case.json says otherwise. */
export const FIXTURE_TODAY = '2026-06-01';

/** One expected finding: the rule, the file and the line it must point at. */
export interface Expectation {
  rule: string;
  file: string;
  line: number;
}

/** A case's options from its optional case.json. */
export interface CaseOptions {
  today?: string;
  maxFileBytes?: number;
  config?: CheckConfig;
  /** Files the case removes from the base. */
  remove?: string[];
  /** Expectations for files that cannot carry a comment (binary, unreadable). */
  expect?: Expectation[];
  /** A base version of the register (a sibling folder), for rules that compare against one. */
  base?: string;
}

/** A fixture case: where it lives and what it expects. */
export interface FixtureCase {
  rule: string;
  name: string;
  dir: string;
  valid: boolean;
  options: CaseOptions;
}

const MARK = /(?:#|<!--)\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g;

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const dirent of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) out.push(...(await walk(path.join(dir, dirent.name), rel)));
    else out.push(rel);
  }
  return out;
}

/** Lists every case of every rule (or of one rule). */
export async function listCases(rule?: string): Promise<FixtureCase[]> {
  const rules = rule ? [rule] : (await fs.readdir(FIXTURES)).filter((d) => !d.startsWith('_') && d !== 'readability');
  const cases: FixtureCase[] = [];
  for (const r of rules.sort()) {
    const ruleDir = path.join(FIXTURES, r);
    const stat = await fs.stat(ruleDir).catch(() => undefined);
    if (!stat?.isDirectory()) continue;
    for (const name of (await fs.readdir(ruleDir)).sort()) {
      if (!/^(valid|invalid)-/.test(name)) continue;
      const dir = path.join(ruleDir, name);
      const options = JSON.parse(await fs.readFile(path.join(dir, 'case.json'), 'utf8').catch(() => '{}')) as CaseOptions;
      cases.push({ rule: r, name, dir, valid: name.startsWith('valid-'), options });
    }
  }
  return cases;
}

/** Builds the case's register in a temporary folder: base first, then the case's files over it. */
export async function materialise(fixture: FixtureCase, caseDir = fixture.dir): Promise<string> {
  const target = await fs.mkdtemp(path.join(os.tmpdir(), `fixture-${fixture.rule}-`));
  await fs.cp(path.join(FIXTURES, '_base'), target, { recursive: true });
  await fs.cp(caseDir, target, { recursive: true, verbatimSymlinks: true, filter: (src) => path.basename(src) !== 'case.json' && !path.relative(caseDir, src).split(path.sep).includes('_base-version') });
  for (const removed of fixture.options.remove ?? []) await fs.rm(path.join(target, removed), { force: true });
  return target;
}

/** The expectations marked in a case's own files, plus those in case.json. */
export async function expectations(fixture: FixtureCase): Promise<Expectation[]> {
  const found: Expectation[] = [...(fixture.options.expect ?? [])];
  for (const rel of await walk(fixture.dir)) {
    if (rel === 'case.json' || rel.startsWith('_base-version/')) continue;
    const full = path.join(fixture.dir, rel);
    if ((await fs.lstat(full)).isSymbolicLink()) continue;
    const text = await fs.readFile(full, 'utf8');
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(MARK)) {
        for (const rule of m[1].split(',')) found.push({ rule: rule.trim(), file: rel, line: i + 1 });
      }
    });
  }
  return found;
}

/** Sorted `file:line rule` strings, for comparing expectations with findings. */
export function keys(items: { rule: string; file: string; line: number }[]): string[] {
  return items.map((e) => `${e.file}:${e.line} ${e.rule}`).sort();
}
