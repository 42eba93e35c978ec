/**
 * Who an entry's `owner` is on GitHub, and the register's block in `.github/CODEOWNERS`: one line per entry file
 * naming its owner, between two marker lines, the rest of the file left as it is. Pure: text in, text out.
 */

import { entities, type Register } from './register.js';
import { readString } from './model.js';

/** A GitHub account an `owner` (or a privacy officer) names: a user by login, or a team of an organisation. */
export type Principal = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

// REGISTER-FORMAT.md: `owner` is "a GitHub login or `org/team`". A login is letters and digits in groups joined by
// single hyphens (at most 39 characters); a team's slug is what GitHub makes of its name. No `@`, no e-mail address.
// Both patterns are linear: the groups are separated by a character the groups cannot hold.
const LOGIN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_LOGIN = 39;

/** The account an owner value names, or undefined when it is no GitHub login or `org/team` (an e-mail address, a department's name). */
export function parseOwner(value: unknown): Principal | undefined {
  const text = readString(value)?.trim();
  if (text === undefined || text.length > 200) return undefined;
  const slash = text.indexOf('/');
  const login = slash < 0 ? text : text.slice(0, slash);
  if (login.length > MAX_LOGIN || !LOGIN.test(login)) return undefined;
  if (slash < 0) return { kind: 'user', login };
  const slug = text.slice(slash + 1);
  return TEAM_SLUG.test(slug) ? { kind: 'team', org: login, slug } : undefined;
}

/** How the configuration and the register write a principal: `jdevries`, `gemeente/privacy`. */
export function principalName(principal: Principal): string {
  return principal.kind === 'user' ? principal.login : `${principal.org}/${principal.slug}`;
}

/** How CODEOWNERS and GitHub's comments name a principal: `@jdevries`, `@gemeente/privacy`. */
export function mention(principal: Principal): string {
  return `@${principalName(principal)}`;
}

/** Where GitHub reads code owners first, relative to the repository root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';
/** The marker lines around the register's block; the block's own words are said between them, in both languages. */
export const CODEOWNERS_BEGIN = '# register-check: begin';
export const CODEOWNERS_END = '# register-check: end';

/** An entry file left out of the block, and why: its owner is no login or team, or its path cannot be written in CODEOWNERS. */
export interface CodeownersSkip {
  file: string;
  owner: string;
  reason: 'owner' | 'path';
}

// A path goes into CODEOWNERS only when none of its characters means something there: `*`, `?`, `[`, `]`, `\`, `!`,
// `#` and white space all do (patterns, comments, the separator), and GitHub has no reliable escape for them.
const SAFE_PATH = /^[\p{L}\p{N}._\-/+@,=~]+$/u;

/** The block's rule lines, sorted by path, for every entry whose owner and path can be written; the rest are reported. */
export function codeownersRules(register: Pick<Register, 'processing' | 'partnerships'>, pathPrefix: string): { rules: string[]; skipped: CodeownersSkip[] } {
  const rules: { path: string; line: string }[] = [];
  const skipped: CodeownersSkip[] = [];
  for (const entity of entities(register)) {
    const file = `${pathPrefix}${entity.file.path}`;
    const raw = (entity.data as { owner?: unknown }).owner;
    const owner = parseOwner(raw);
    const ownerText = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? '';
    if (!owner) skipped.push({ file, owner: ownerText, reason: 'owner' });
    else if (!SAFE_PATH.test(file)) skipped.push({ file, owner: ownerText, reason: 'path' });
    // A leading slash anchors the pattern at the repository root, so it matches this one file only.
    else rules.push({ path: file, line: `/${file} ${mention(owner)}` });
  }
  rules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { rules: rules.map((r) => r.line), skipped };
}

/** What an update of CODEOWNERS changes, for `--check` to say. */
export interface CodeownersDrift {
  /** The file has no block yet (or no file at all). */
  missing: boolean;
  /** The block is there but not at the end, where it must stand to win (the last matching line wins). */
  notLast: boolean;
  added: string[];
  removed: string[];
}

/** The file with the register's block, and what differs from the file as it was; throws a BrokenBlockError for a broken block. */
export function updateCodeowners(existing: string | undefined, block: string[]): { text: string; drift: CodeownersDrift; changed: boolean } {
  const source = existing ?? '';
  // The file keeps its own line endings.
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source === '' ? [] : source.replace(/\r?\n$/, '').split(/\r?\n/);
  const begins = lines.flatMap((line, i) => (line.trim() === CODEOWNERS_BEGIN ? [i] : []));
  const ends = lines.flatMap((line, i) => (line.trim() === CODEOWNERS_END ? [i] : []));
  if (begins.length > 1 || ends.length > 1 || begins.length !== ends.length || (begins.length === 1 && ends[0] < begins[0])) throw new BrokenBlockError();
  const wanted = [CODEOWNERS_BEGIN, ...block, CODEOWNERS_END];
  const found = begins.length === 1;
  const before = found ? lines.slice(0, begins[0]) : lines;
  const old = found ? lines.slice(begins[0] + 1, ends[0]) : [];
  const after = found ? lines.slice(ends[0] + 1) : [];
  const notLast = after.some((line) => line.trim() !== '');
  let out: string[];
  if (found && !notLast) out = [...before, ...wanted, ...after];
  else {
    // The block goes last: CODEOWNERS gives a file to the last line that matches it, so an earlier catch-all
    // (`* @gemeente/beheer`) cannot take an entry from its owner. Only the block moves; every other line stays as it was.
    const rest = [...before, ...after];
    while (rest.length > 0 && rest[rest.length - 1].trim() === '') rest.pop();
    out = [...rest, ...(rest.length > 0 ? [''] : []), ...wanted];
  }
  const text = `${out.join(eol)}${eol}`;
  const isRule = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
  const oldRules = new Set(old.filter(isRule));
  const newRules = new Set(block.filter(isRule));
  const drift: CodeownersDrift = {
    missing: !found,
    notLast: found && notLast,
    added: block.filter((line) => isRule(line) && !oldRules.has(line)),
    removed: old.filter((line) => isRule(line) && !newRules.has(line)),
  };
  return { text, drift, changed: text !== source };
}

/** CODEOWNERS holds a begin marker without its end (or two blocks): the command will not guess where the block ends. */
export class BrokenBlockError extends Error {
  constructor() {
    super('CODEOWNERS: the register-check block is broken');
  }
}
