/**
 * Rule fixtures: a case folder laid over the clean base register, with expectations marked in the files.
 *
 * A case lives in `test/fixtures/<rule-id>/valid-<name>/` (must not fire) or `invalid-<name>/` (must fire).
 * Its files are copied over `test/fixtures/_base`; `case.json` may set options (see {@link CaseOptions}).
 *
 * A mark is a comment at the end of the line the finding must point at, naming the rule and the message id,
 * and optionally the column the finding starts at:
 *
 *     purposes: Beoordelen van aanvragen # expect: schema/typeArray
 *     - provision: Afspraak met de GGD # expect: legal-basis-agreement-only/flow@7
 *     Wij verwerken uw gegevens. <!-- expect: notice-not-plain-language/longSentence -->
 *
 * Several findings on one line are listed with commas: `# expect: duplicate-id/duplicate, id-mismatch/mismatch`.
 * A mark without a message id, or with anything else after `expect:`, is an error, so every mark says which
 * message it expects. Files that cannot carry a comment (binary, unreadable, missing) are expected in
 * `case.json`: `"expect": [{ "rule": "…", "messageId": "…", "file": "…", "line": 1 }]` (`column` optional).
 *
 * Marks of the case's own rule must match its findings exactly; marks of another rule must each be found.
 */

import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckConfig } from '../../src/model.js';

/** The folder holding one sub-folder per rule. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The date every fixture is checked on unless its case.json says otherwise. */
export const FIXTURE_TODAY = '2026-06-01';

/** One expected finding: the rule and message, the file and the line (and optionally the column) it must point at. */
export interface Expectation {
  rule: string;
  messageId: string;
  file: string;
  line: number;
  column?: number;
}

/** A case's options from its optional case.json. */
export interface CaseOptions {
  today?: string;
  maxFileBytes?: number;
  /** Most register files read in one run (the loader's `maxFiles`), lowered so a few files exceed the budget. */
  maxFiles?: number;
  /** Most syntax or schema findings kept per file (the loader's `maxFindingsPerFile`), lowered so a few exceed it. */
  maxFindingsPerFile?: number;
  config?: CheckConfig;
  /** Files the case removes from the base. */
  remove?: string[];
  /** Named pipes the case creates (git cannot hold them): a register file that is no regular file. */
  fifos?: string[];
  /** Files the case creates under names git cannot check out everywhere (a backslash), copied from a file of the case. */
  oddNames?: Record<string, string>;
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

/** A mark's list: everything after `expect:` up to the end of the line or of the HTML comment. */
const MARK = /(?:#|<!--)\s*expect:([^\n]*?)(?:-->|$)/g;
/** One item of a mark's list: `rule-id/messageId`, optionally `@column`. */
const MARK_ITEM = /^([a-z0-9-]+)\/([A-Za-z][A-Za-z0-9-]*)(?:@([1-9][0-9]*))?$/;

/** Reads the items of one mark; throws when an item does not name a rule and a message id. */
export function parseMark(list: string, where: string): Omit<Expectation, 'file' | 'line'>[] {
  return list.split(',').map((raw) => {
    const item = raw.trim();
    const m = MARK_ITEM.exec(item);
    if (!m) throw new Error(`${where}: the mark "${item}" must read rule-id/messageId or rule-id/messageId@column`);
    return { rule: m[1], messageId: m[2], ...(m[3] ? { column: Number(m[3]) } : {}) };
  });
}

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
  // Created, never skipped when mkfifo is missing: a case that cannot be built fails loudly.
  for (const fifo of fixture.options.fifos ?? []) execFileSync('mkfifo', [path.join(target, fifo)]);
  for (const [name, from] of Object.entries(fixture.options.oddNames ?? {})) await fs.copyFile(path.join(target, from), path.join(target, name));
  return target;
}

/** The expectations marked in a case's own files, plus those in case.json. */
export async function expectations(fixture: FixtureCase): Promise<Expectation[]> {
  const found: Expectation[] = [];
  for (const e of fixture.options.expect ?? []) {
    if (!e.rule || !e.messageId || !e.file || !e.line) throw new Error(`${fixture.dir}/case.json: every expectation needs rule, messageId, file and line`);
    found.push(e);
  }
  for (const rel of await walk(fixture.dir)) {
    if (rel === 'case.json' || rel.startsWith('_base-version/')) continue;
    const full = path.join(fixture.dir, rel);
    if ((await fs.lstat(full)).isSymbolicLink()) continue;
    const text = await fs.readFile(full, 'utf8');
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(MARK)) {
        for (const item of parseMark(m[1], `${full}:${i + 1}`)) found.push({ ...item, file: rel, line: i + 1 });
      }
    });
  }
  return found;
}

/** What a finding offers for matching against a mark. */
export interface MarkedFinding {
  rule: string;
  messageId?: string;
  file: string;
  line: number;
  column: number;
}

/** A finding or expectation as `file:line[:column] rule/messageId`, for readable test failures. */
export function markLabel(item: { rule: string; messageId?: string; file: string; line: number; column?: number }): string {
  return `${item.file}:${item.line}${item.column === undefined ? '' : `:${item.column}`} ${item.rule}/${item.messageId ?? '?'}`;
}

/**
 * Pairs expectations with findings: a mark with a column takes a finding at exactly that place first, then
 * marks without one take any finding of the same rule and message on their line. Returns what is left of each.
 */
export function match(findings: MarkedFinding[], expected: Expectation[]): { missing: string[]; unexpected: string[] } {
  const open = [...findings];
  const missing: string[] = [];
  const same = (f: MarkedFinding, e: Expectation) =>
    f.rule === e.rule && f.messageId === e.messageId && f.file === e.file && f.line === e.line && (e.column === undefined || f.column === e.column);
  const ordered = [...expected.filter((e) => e.column !== undefined), ...expected.filter((e) => e.column === undefined)];
  for (const e of ordered) {
    const i = open.findIndex((f) => same(f, e));
    if (i === -1) missing.push(markLabel(e));
    else open.splice(i, 1);
  }
  return { missing: missing.sort(), unexpected: open.map(markLabel).sort() };
}
