/** Reads a register from a source: safe reading, YAML with positions, schema validation. */

import { LineCounter, visit, type Document, type YAMLError } from 'yaml';
import picomatch from 'picomatch';
import type { RegisterSource, SourceEntry } from './source.js';
import { UnreadableError } from './source.js';
import { entities, fileEntity, noticeFilePath, noticeOf, stem, type FileRole, type ParsedFile, type Register } from './register.js';
import type { CheckConfig, RegisterSettings } from './model.js';
import type { Position } from './types.js';
import { validateDocument } from './validate.js';
import { resolveConfig } from './config.js';
import { lineEnd } from './locate.js';
import { parseYamlDocument, syntaxMessage } from './yaml.js';

/** Limits that keep hostile input from exhausting the checker. */
export interface LoadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most YAML aliases resolved per document. */
  maxAliasCount: number;
  /** Most register files read in one run; the rest is left unread and said so. */
  maxFiles: number;
  /** Most bytes of register files read in one run, summed over the files. */
  maxTotalBytes: number;
  /** Most syntax or schema findings kept per file; one more finding counts the rest. */
  maxFindingsPerFile: number;
}

/**
 * Defaults: 1 MiB per file, 100 aliases per document; per register 20,000 files and 32 MiB, twice
 * what a 10,000-activity register of 1.5 KB files with its partnerships and notices needs (about
 * 11,000 files, 16 MiB), while the memory a worst-case register can hold stays bounded (see
 * test/load-limits.test.ts); 100 findings per file, more than anyone repairs in one go.
 */
export const DEFAULT_LIMITS: LoadLimits = {
  maxFileBytes: 1024 * 1024,
  maxAliasCount: 100,
  maxFiles: 20_000,
  maxTotalBytes: 32 * 1024 * 1024,
  maxFindingsPerFile: 100,
};

/** How many files are read at the same time: enough to hide latency, far below the usual descriptor limit. */
export const READ_CONCURRENCY = 16;

const REGISTER_FILES = ['register.yml', 'register.yaml'];
const NOTICE_GLOB = 'notices/**/*.md';

const DEFAULT_SETTINGS: RegisterSettings = {
  organisation: { name: '' },
  review_interval_months: 12,
  notice_max_age_months: 24,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The globs of one `paths` key (the configuration allows one glob or a list), defaults filled in. */
export function registerGlobs(config: CheckConfig, role: 'processing' | 'partnerships'): string[] {
  const value = resolveConfig(config).paths[role];
  return Array.isArray(value) ? value : [value];
}

function emptyFile(filePath: string, role: FileRole, text = ''): ParsedFile {
  const lineCounter = new LineCounter();
  // Feed the line counter so positions work even for files that were not parsed.
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return { path: filePath, role, content: text, lineCounter, data: undefined };
}

/**
 * Loads and parses every register file a source holds. One broken file never stops the others. A cache shared
 * by two loads (a pull request's head and base) parses a file that is the same in both only once.
 */
export async function loadRegister(
  source: RegisterSource,
  config: CheckConfig = {},
  limits: LoadLimits = DEFAULT_LIMITS,
  cache: ParseCache = new ParseCache(),
): Promise<Register> {
  const entries = await source.list();
  const isProcessing = picomatch(registerGlobs(config, 'processing'), { dot: false });
  const isPartnership = picomatch(registerGlobs(config, 'partnerships'), { dot: false });
  const isNotice = picomatch(NOTICE_GLOB);

  const register: Register = {
    files: [],
    settings: { ...DEFAULT_SETTINGS },
    processing: [],
    partnerships: [],
    notices: new Map(),
    paths: new Set(entries.map((e) => e.path)),
    problems: [],
  };
  const byPath = new Map(entries.map((e) => [e.path, e]));

  const roleOf = (p: string): FileRole | undefined => {
    if (REGISTER_FILES.includes(p)) return 'register';
    if (isProcessing(p)) return 'processing';
    if (isPartnership(p)) return 'partnership';
    if (isNotice(p)) return 'notice';
    return undefined;
  };

  // register.yml comes first, so that it is read even when the budget runs out.
  const wanted = entries
    .filter((e) => roleOf(e.path) !== undefined)
    .sort((a, b) => Number(roleOf(b.path) === 'register') - Number(roleOf(a.path) === 'register'));
  const budget = new ReadBudget(limits);
  const attempted = new Set<string>();
  const admitted = wanted.filter((entry) => budget.admit(entry));
  for (const entry of admitted) attempted.add(entry.path);
  const files = await mapLimit(admitted, READ_CONCURRENCY, (entry) => readOne(source, entry, roleOf(entry.path)!, limits, register, cache));

  // A link that may stand for a folder of register files (`processing -> /elsewhere`) is not followed, and said so.
  const folders: [string, FileRole][] = [
    ...registerGlobs(config, 'processing').map((g): [string, FileRole] => [picomatch.scan(g).base, 'processing']),
    ...registerGlobs(config, 'partnerships').map((g): [string, FileRole] => [picomatch.scan(g).base, 'partnership']),
    [picomatch.scan(NOTICE_GLOB).base, 'notice'],
  ];
  for (const entry of entries) {
    if (entry.type !== 'symlink' || roleOf(entry.path) !== undefined) continue;
    if (entry.path.slice(entry.path.lastIndexOf('/') + 1).includes('.')) continue;
    const folder = folders.find(([base]) => base === '' || entry.path === base || entry.path.startsWith(`${base}/`));
    if (!folder) continue;
    const file = emptyFile(entry.path, folder[1]);
    register.problems.push({ rule: 'file-unreadable', messageId: 'symlinkFolder', entity: fileEntity(file), data: { file: entry.path } });
  }

  for (const file of files) {
    if (!file) continue;
    register.files.push(file);
    if (file.role === 'notice') {
      register.notices.set(file.path, file);
      continue;
    }
    if (file.role === 'register') {
      if (register.registerFile) continue;
      register.registerFile = file;
      validate(file, register, limits);
      const data = file.data as Partial<RegisterSettings> | undefined;
      if (data && typeof data === 'object') {
        if (typeof data.review_interval_months === 'number') register.settings.review_interval_months = data.review_interval_months;
        if (typeof data.notice_max_age_months === 'number') register.settings.notice_max_age_months = data.notice_max_age_months;
        if (data.organisation && typeof data.organisation === 'object') register.settings.organisation = data.organisation;
      }
      continue;
    }
    if (file.data === undefined) continue;
    validate(file, register, limits);
    if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data)) continue;
    const data = file.data as Record<string, unknown>;
    const id = typeof data.id === 'string' && data.id !== '' ? data.id : stem(file.path);
    if (file.role === 'processing') register.processing.push({ kind: 'processing', id, file, data });
    else register.partnerships.push({ kind: 'partnership', id, file, data });
  }

  if (!register.registerFile) {
    const placeholder = emptyFile('register.yml', 'register');
    register.problems.push({
      rule: 'schema',
      messageId: 'registerMissing',
      entity: { kind: 'register', id: 'register.yml', file: placeholder },
    });
  }

  // Notices kept outside notices/ but referenced by an entry are read too, if they are texts (Markdown or plain).
  const referenced = new Set<string>();
  for (const entity of entities(register)) {
    const normal = noticeFilePath(noticeOf(entity));
    // A file read (or refused) already, in notices/ or left out by the budget, is not read, nor reported, twice.
    if (normal && /\.(md|markdown|txt)$/i.test(normal) && !attempted.has(normal) && byPath.has(normal)) referenced.add(normal);
  }
  const admittedNotices = [...referenced].map((p) => byPath.get(p)!).filter((entry) => budget.admit(entry));
  const notices = await mapLimit(admittedNotices, READ_CONCURRENCY, (entry) => readOne(source, entry, 'notice', limits, register, cache));
  for (const file of notices) {
    if (file) {
      register.files.push(file);
      register.notices.set(file.path, file);
    }
  }
  if (budget.leftOut.length > 0) {
    const first = budget.leftOut[0];
    const placeholder = emptyFile(first.path, roleOf(first.path) ?? 'notice');
    register.problems.push({
      rule: 'file-unreadable',
      messageId: 'budgetExceeded',
      entity: fileEntity(placeholder),
      data: { file: first.path, count: budget.leftOut.length, maxFiles: limits.maxFiles, maxMebibytes: Math.round((limits.maxTotalBytes / 1048576) * 10) / 10 },
    });
  }
  register.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return register;
}

/** What a register may take in files and bytes; what does not fit is left out, in listing order. */
class ReadBudget {
  private files = 0;
  private bytes = 0;
  /** Files that did not fit, in the order they were offered. */
  readonly leftOut: SourceEntry[] = [];

  constructor(private readonly limits: LoadLimits) {}

  /** Takes the file into the budget, or records it as left out; once one is left out, all later ones are too. */
  admit(entry: SourceEntry): boolean {
    const size = entry.type === 'file' ? Math.min(entry.size, this.limits.maxFileBytes) : 0;
    if (this.leftOut.length > 0 || this.files + 1 > this.limits.maxFiles || this.bytes + size > this.limits.maxTotalBytes) {
      this.leftOut.push(entry);
      return false;
    }
    this.files += 1;
    this.bytes += size;
    return true;
  }
}

/** Maps over items with at most `limit` calls running at once, keeping the order of the results. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function validate(file: ParsedFile, register: Register, limits: LoadLimits): void {
  const role = file.role as 'register' | 'processing' | 'partnership';
  const entity = fileEntity(file);
  for (const problem of validateDocument(file, role, limits.maxFindingsPerFile)) {
    register.problems.push({
      rule: problem.rule,
      messageId: problem.messageId,
      entity,
      path: problem.path,
      data: problem.data,
      discriminator: problem.discriminator,
    });
  }
}

async function readOne(
  source: RegisterSource,
  entry: SourceEntry,
  role: FileRole,
  limits: LoadLimits,
  register: Register,
  cache: ParseCache,
): Promise<ParsedFile | undefined> {
  const unreadable = (messageId: string, data: Record<string, string | number> = {}): undefined => {
    const file = emptyFile(entry.path, role);
    register.problems.push({ rule: 'file-unreadable', messageId, entity: fileEntity(file), data: { file: entry.path, ...data } });
    return undefined;
  };
  if (entry.type === 'symlink') return unreadable('symlink');
  if (entry.type !== 'file') return unreadable('notRegular');
  if (entry.size > limits.maxFileBytes) return unreadable('tooLarge', { size: entry.size, limit: limits.maxFileBytes });

  let bytes: Uint8Array;
  try {
    bytes = await source.read(entry.path, limits.maxFileBytes);
  } catch (error) {
    if (error instanceof UnreadableError) {
      if (error.reason === 'symlink') return unreadable('symlink');
      if (error.reason === 'too-large') return unreadable('tooLarge', { size: entry.size, limit: limits.maxFileBytes });
      // The source refuses a name with a backslash or a null character as a path that may lead outside the root.
      if (error.reason === 'outside-root') return unreadable('badName');
      return unreadable('notRegular');
    }
    throw error;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return unreadable('invalidUtf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (role === 'notice') return emptyFile(entry.path, role, text);
  return parseYaml(entry.path, role, text, limits, register, cache);
}

/** What parsing one text gave; a valid document may be kept as data only, its nodes made again when a finding needs a position. */
interface ParsedText {
  /** The parser found mistakes: their findings need positions, so the document with positions is made at once. */
  invalid: boolean;
  /** The document as plain data, when it has no mistakes and its aliases stay within the limit. */
  data?: unknown;
  /** Why the data could not be made: too many aliases, or an alias without its anchor. */
  aliasProblem?: 'aliases' | 'anchor';
  /** The document's nodes with their positions, while kept or once made again. */
  positioned?: { doc: Document.Parsed; lineCounter: LineCounter };
}

/**
 * How much valid YAML a run keeps with its nodes, in characters: 1 MiB, some 17 MiB of nodes. A small register
 * (the command line's usual one) never parses a file twice; beyond it, files are kept as data only, and parsed
 * again with positions when a finding needs them, so that memory grows with the data, not with the nodes.
 */
export const KEEP_NODES_CHARACTERS = 1024 * 1024;

/**
 * Parses each text once, however many files hold it: the same file at a pull request's base and head, read by
 * two loads that share the cache. Files with the same text share their data, which nothing changes.
 */
export class ParseCache {
  private readonly byAliasLimit = new Map<number, Map<string, ParsedText>>();
  /** Characters of valid YAML whose nodes are kept so far. */
  private kept = 0;

  /** @param keepCharacters how much valid YAML keeps its nodes (see KEEP_NODES_CHARACTERS); 0 keeps only data. */
  constructor(private readonly keepCharacters = KEEP_NODES_CHARACTERS) {}

  /** What parsing the text gives, parsed the first time it is asked for. */
  parse(text: string, maxAliasCount: number): ParsedText {
    let texts = this.byAliasLimit.get(maxAliasCount);
    if (!texts) this.byAliasLimit.set(maxAliasCount, (texts = new Map()));
    let parsed = texts.get(text);
    if (!parsed) {
      const { parsed: made, positioned } = parseOnce(text, maxAliasCount);
      if (!made.invalid && this.kept + text.length <= this.keepCharacters) {
        made.positioned = positioned;
        this.kept += text.length;
      }
      texts.set(text, (parsed = made));
    }
    return parsed;
  }
}

/** One parse: the data, or why there is none; the document with its positions, for the caller to keep or let go. */
function parseOnce(text: string, maxAliasCount: number): { parsed: ParsedText; positioned: { doc: Document.Parsed; lineCounter: LineCounter } } {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, lineCounter);
  const positioned = { doc, lineCounter };
  // The parser's mistakes are reported with their lines at once.
  if (doc.errors.length > 0) return { parsed: { invalid: true, positioned }, positioned };
  try {
    return { parsed: { invalid: false, data: doc.toJS({ maxAliasCount }) }, positioned };
  } catch (error) {
    // Only too many aliases is a limit; a reference to an anchor that is not there is a mistake in the file.
    return { parsed: { invalid: false, aliasProblem: /Excessive alias count/.test((error as Error).message) ? 'aliases' : 'anchor' }, positioned };
  }
}

/** The document with its positions: parsed again, the same way, when first asked for, and kept for every file with this text. */
function positioned(text: string, parsed: ParsedText): { doc: Document.Parsed; lineCounter: LineCounter } {
  if (!parsed.positioned) {
    const lineCounter = new LineCounter();
    parsed.positioned = { doc: parseYamlDocument(text, lineCounter), lineCounter };
  }
  return parsed.positioned;
}

function parseYaml(filePath: string, role: FileRole, text: string, limits: LoadLimits, register: Register, cache: ParseCache): ParsedFile {
  const parsed = cache.parse(text, limits.maxAliasCount);
  const file: ParsedFile = {
    path: filePath,
    role,
    content: text,
    data: undefined,
    get doc() {
      return positioned(text, parsed).doc;
    },
    get lineCounter() {
      return positioned(text, parsed).lineCounter;
    },
  };
  const entity = fileEntity(file);
  if (parsed.invalid) {
    const { doc, lineCounter } = positioned(text, parsed);
    const byLine = new Map<number, Position>();
    // Errors at the very end of the file point at the last line with content, not past it.
    const last = text.trimEnd().length;
    // An unclosed quote is reported by the parser where the quoted text ends; point at the opening quote instead.
    const quoteStarts = doc.errors.some((e) => e.code === 'MISSING_CHAR') ? quotedScalarStarts(doc) : new Map<number, number>();
    const openings = new Map<YAMLError, number>();
    for (const e of doc.errors) {
      const opening = e.code === 'MISSING_CHAR' ? quoteStarts.get(e.pos[0]) : undefined;
      if (opening !== undefined) openings.set(e, opening);
    }
    // What an unclosed quote swallowed trips further errors that are only its consequence.
    const swallowed = (error: YAMLError) => {
      for (const [q, opening] of openings) if (q !== error && error.pos[0] > opening && error.pos[0] <= q.pos[0]) return true;
      return false;
    };
    // A key whose value runs on into a deeper-indented line is reported where the value starts, a line too early.
    const multilineEnds = new Map<number, number>();
    for (const e of doc.errors) if (e.code === 'MULTILINE_IMPLICIT_KEY') multilineEnds.set(e.pos[0], e.pos[1]);
    const leftOut = new Set<number>();
    for (const error of doc.errors) {
      let [start, end] = error.pos;
      if (swallowed(error)) continue;
      const opening = openings.get(error);
      if (opening !== undefined) {
        start = opening;
        end = lineEnd(text, opening);
      } else if (POINTS_BEFORE_CULPRIT.has(error.code)) {
        const runsOn = multilineEnds.get(start);
        const from = runsOn !== undefined && text.lastIndexOf('\n', runsOn - 1) >= start ? text.lastIndexOf('\n', runsOn - 1) + 1 : start;
        start = firstContent(text, from);
        end = lineEnd(text, start);
      }
      start = Math.min(start, last);
      end = Math.min(end, last);
      const from = lineCounter.linePos(start);
      const to = lineCounter.linePos(Math.max(start, end));
      // One mistake often trips several parser errors on the same line; one finding per line, spanning them all.
      const earlier = byLine.get(from.line);
      if (earlier) {
        if (to.line > earlier.endLine || (to.line === earlier.endLine && to.col > earlier.endColumn)) {
          earlier.endLine = to.line;
          earlier.endColumn = to.col;
        }
        continue;
      }
      if (byLine.size >= limits.maxFindingsPerFile) {
        leftOut.add(from.line);
        continue;
      }
      const position: Position = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
      byLine.set(from.line, position);
      // The parser's own text is English: every code gets words of its own, the unknown ones only their code.
      const { messageId, data } = opening !== undefined ? { messageId: 'unclosed', data: {} } : syntaxMessage(error, text);
      register.problems.push({ rule: 'yaml-syntax', messageId, entity, position, data, discriminator: `${error.code}:${from.line}` });
    }
    for (const line of byLine.keys()) leftOut.delete(line);
    if (leftOut.size > 0) {
      register.problems.push({
        rule: 'yaml-syntax',
        messageId: 'moreErrors',
        entity,
        position: byLine.values().next().value,
        data: { count: leftOut.size, limit: limits.maxFindingsPerFile },
        discriminator: 'moreErrors',
      });
    }
    return file;
  }
  if (parsed.aliasProblem) {
    const excessive = parsed.aliasProblem === 'aliases';
    register.problems.push({ rule: 'yaml-syntax', messageId: parsed.aliasProblem, entity, data: excessive ? { limit: limits.maxAliasCount } : {} });
    return file;
  }
  file.data = parsed.data;
  if (file.data === null || file.data === undefined) {
    register.problems.push({ rule: 'yaml-syntax', messageId: 'empty', entity });
    file.data = undefined;
  }
  return file;
}

/** The start of every quoted scalar by where it ends: one walk, however many quotes are left open. */
function quotedScalarStarts(doc: Document.Parsed): Map<number, number> {
  const starts = new Map<number, number>();
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && !starts.has(node.range[1])) {
        starts.set(node.range[1], node.range[0]);
      }
    },
  });
  return starts;
}

/** Codes the parser reports at the end of the line above, or at the indentation before, the key at fault. */
const POINTS_BEFORE_CULPRIT = new Set<string>(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);

/** The first offset from `offset` on that is neither blank nor inside a comment line. */
function firstContent(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */ && (i === 0 || text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline + 1;
    } else break;
  }
  return i < text.length ? i : offset;
}
