/** Reads a register from a source: safe reading, YAML with positions, schema validation. */

import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import picomatch from 'picomatch';
import type { RegisterSource, SourceEntry } from './source.js';
import { UnreadableError, normaliseRelativePath } from './source.js';
import type { FileRole, ParsedFile, Register } from './register.js';
import { fileEntity } from './register.js';
import type { CheckConfig, Notice, RegisterSettings } from './model.js';
import type { Position } from './types.js';
import { validateDocument } from './schema.js';

/** Limits that keep hostile input from exhausting the checker. */
export interface LoadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most YAML aliases resolved per document. */
  maxAliasCount: number;
}

/** Defaults: 1 MiB per file, 100 aliases per document. */
export const DEFAULT_LIMITS: LoadLimits = { maxFileBytes: 1024 * 1024, maxAliasCount: 100 };

/** Default globs for the entity folders. */
export const DEFAULT_PATHS = {
  processing: ['processing/**/*.yml', 'processing/**/*.yaml'],
  partnerships: ['partnerships/**/*.yml', 'partnerships/**/*.yaml'],
};

const REGISTER_FILES = ['register.yml', 'register.yaml'];
const NOTICE_GLOB = 'notices/**/*.md';

const DEFAULT_SETTINGS: RegisterSettings = {
  organisation: { name: '' },
  review_interval_months: 12,
  notice_max_age_months: 24,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function asArray(value: string | string[] | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return Array.isArray(value) ? value : [value];
}

function stem(filePath: string): string {
  const base = filePath.slice(filePath.lastIndexOf('/') + 1);
  return base.replace(/\.(ya?ml|md)$/i, '');
}

function emptyFile(filePath: string, role: FileRole, text = ''): ParsedFile {
  const lineCounter = new LineCounter();
  // Feed the line counter so positions work even for files that were not parsed.
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return { path: filePath, role, text, lineCounter, data: undefined };
}

/** Loads and parses every register file a source holds. One broken file never stops the others. */
export async function loadRegister(
  source: RegisterSource,
  config: CheckConfig = {},
  limits: LoadLimits = DEFAULT_LIMITS,
): Promise<Register> {
  const entries = await source.list();
  const isProcessing = picomatch(asArray(config.paths?.processing, DEFAULT_PATHS.processing), { dot: false });
  const isPartnership = picomatch(asArray(config.paths?.partnerships, DEFAULT_PATHS.partnerships), { dot: false });
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

  const wanted = entries.filter((e) => roleOf(e.path) !== undefined);
  const files = await Promise.all(wanted.map((entry) => readOne(source, entry, roleOf(entry.path)!, limits, register)));

  // A link that may stand for a folder of register files (`processing -> /elsewhere`) is not followed, and said so.
  const folders: [string, FileRole][] = [
    ...asArray(config.paths?.processing, DEFAULT_PATHS.processing).map((g): [string, FileRole] => [picomatch.scan(g).base, 'processing']),
    ...asArray(config.paths?.partnerships, DEFAULT_PATHS.partnerships).map((g): [string, FileRole] => [picomatch.scan(g).base, 'partnership']),
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
      validate(file, register);
      const data = file.data as Partial<RegisterSettings> | undefined;
      if (data && typeof data === 'object') {
        if (typeof data.review_interval_months === 'number') register.settings.review_interval_months = data.review_interval_months;
        if (typeof data.notice_max_age_months === 'number') register.settings.notice_max_age_months = data.notice_max_age_months;
        if (data.organisation && typeof data.organisation === 'object') register.settings.organisation = data.organisation;
      }
      continue;
    }
    if (file.data === undefined) continue;
    validate(file, register);
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
  for (const entity of [...register.processing, ...register.partnerships]) {
    const notice = (entity.data as { notice?: Notice }).notice;
    if (notice && typeof notice.file === 'string') {
      const normal = normaliseRelativePath(notice.file);
      if (normal && /\.(md|markdown|txt)$/i.test(normal) && !register.notices.has(normal) && byPath.has(normal)) referenced.add(normal);
    }
  }
  for (const p of referenced) {
    const file = await readOne(source, byPath.get(p)!, 'notice', limits, register);
    if (file) {
      register.files.push(file);
      register.notices.set(p, file);
    }
  }
  register.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return register;
}

function validate(file: ParsedFile, register: Register): void {
  const role = file.role as 'register' | 'processing' | 'partnership';
  for (const problem of validateDocument(file, role)) {
    register.problems.push({ ...problem, entity: fileEntity(file) });
  }
}

async function readOne(
  source: RegisterSource,
  entry: SourceEntry,
  role: FileRole,
  limits: LoadLimits,
  register: Register,
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
  return parseYaml(entry.path, role, text, limits, register);
}

function parseYaml(filePath: string, role: FileRole, text: string, limits: LoadLimits, register: Register): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const file: ParsedFile = { path: filePath, role, text, lineCounter, doc, data: undefined };
  const entity = fileEntity(file);
  if (doc.errors.length > 0) {
    const byLine = new Map<number, Position>();
    // Errors at the very end of the file point at the last line with content, not past it.
    const last = text.trimEnd().length;
    // An unclosed quote is reported by the parser where the quoted text ends; point at the opening quote instead.
    const openings = new Map(doc.errors.map((e) => [e, e.code === 'MISSING_CHAR' ? unclosedQuoteStart(doc, e.pos[0]) : undefined]));
    // What an unclosed quote swallowed trips further errors that are only its consequence.
    const swallowed = (error: (typeof doc.errors)[number]) =>
      doc.errors.some((q) => q !== error && openings.get(q) !== undefined && error.pos[0] > openings.get(q)! && error.pos[0] <= q.pos[0]);
    for (const error of doc.errors) {
      let [start, end] = error.pos;
      if (swallowed(error)) continue;
      const opening = openings.get(error);
      if (opening !== undefined) {
        start = opening;
        end = lineEnd(text, opening);
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
      const position: Position = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
      byLine.set(from.line, position);
      const messageId = SYNTAX_MESSAGES[error.code] ?? 'syntax';
      const data: Record<string, string> =
        messageId === 'duplicateKey'
          ? { key: text.slice(error.pos[0], lineEnd(text, error.pos[0])).split(':')[0].trim().replace(/^["']|["']$/g, '') }
          : messageId === 'syntax'
            ? { detail: firstLine(error.message) }
            : {};
      register.problems.push({ rule: 'yaml-syntax', messageId, entity, position, data, discriminator: `${error.code}:${from.line}` });
    }
    return file;
  }
  try {
    file.data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    register.problems.push({
      rule: 'yaml-syntax',
      messageId: 'aliases',
      entity,
      data: { limit: limits.maxAliasCount, detail: firstLine((error as Error).message) },
    });
    return file;
  }
  if (file.data === null || file.data === undefined) {
    register.problems.push({ rule: 'yaml-syntax', messageId: 'empty', entity });
    file.data = undefined;
  }
  return file;
}

/** The start of a quoted scalar that runs to `end` without its closing quote, if there is one. */
function unclosedQuoteStart(doc: Document.Parsed, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] === end) {
        found = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The offset of the end of the line holding `offset`, trailing blanks excluded. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const line = text.slice(offset, newline === -1 ? text.length : newline);
  return offset + line.trimEnd().length;
}

/** The parser's error codes that have a message of their own; the rest quote the parser. */
const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicateKey',
  BAD_INDENT: 'indentation',
  TAB_AS_INDENT: 'indentation',
  MISSING_CHAR: 'unclosed',
  MULTIPLE_DOCS: 'multipleDocuments',
  BLOCK_AS_IMPLICIT_KEY: 'structure',
  MULTILINE_IMPLICIT_KEY: 'structure',
  UNEXPECTED_TOKEN: 'structure',
  BAD_SCALAR_START: 'structure',
};

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
