/**
 * Import: a spreadsheet of processing activities becomes a register folder. First everything is read and planned
 * (a mistake in the input stops here, before anything is written); then the files are written, each only where
 * nothing exists yet (or with `force`), and never outside the folder. What could not be carried over is listed
 * per row and column for the privacy officer; nothing unclear is guessed.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Document, parse as parseYaml } from 'yaml';
import type { SpecialCategory } from '../model.js';
import { isRecord, list, readString } from '../model.js';
import { LANGUAGES, type Language } from '../types.js';
import type { MessageData } from '../template.js';
import { say, sayBoth } from '../report/vocabulary.js';
import { placeholderIn } from '../rules/placeholder-value.js';
import { partnershipForm } from '../rules/recipient-is-partnership.js';
import { FIELDS, isField, matchHeader, type Field } from './columns.js';
import {
  afterPrefix,
  cellLines,
  isDatePart,
  isKebabId,
  kebabId,
  parts,
  plainWords,
  readBasisCell,
  readDpiaCell,
  readExceptionPart,
  readMarks,
  saysNone,
  saysYes,
  specialKeyword,
  trailingId,
} from './cells.js';
import { excelSerialDate, readCsv, readXlsx, serialIn, type Cell, type Table } from './read.js';
import { TransferError } from './errors.js';
import { writeNoFollow } from '../output.js';
import { findPartnershipHeader, readPartnershipSheet, type PartnershipNote } from './partnerships.js';

/** What an import could not carry over, or did on the user's behalf: one line of the report. */
export type ItemId =
  | 'placeholder'
  | 'excelDate'
  | 'groundUnknown'
  | 'groundAmbiguous'
  | 'noArticle'
  | 'noProvision'
  | 'partnershipStub'
  | 'specialUnknown'
  | 'controllerUnknown'
  | 'roleUnknown'
  | 'dpiaUnclear'
  | 'agreementUnclear'
  | 'agreementsMismatch'
  | 'noticeUnclear'
  | 'noName'
  | 'exists'
  | 'duplicateColumn'
  | 'unusedColumn'
  | 'reviewedColumn'
  | 'idInvalid'
  | 'idTaken'
  | 'registerNew'
  | PartnershipNote;

/** One thing for the privacy officer to look at: where (spreadsheet row and column header) and what. */
export interface ImportItem {
  id: ItemId;
  row?: number;
  column?: string;
  /** The activity's or partnership's file, where the item belongs to one. */
  file?: string;
  /** The worksheet, for an item of a sheet other than the processing activities' (the partnership sheet). */
  sheet?: string;
  data: MessageData;
}

/** A file the import will write, relative to the register folder. */
export interface PlannedFile {
  path: string;
  text: string;
  kind: 'processing' | 'partnership' | 'register' | 'report';
}

/** The outcome of reading a spreadsheet: the files to write and the report items. */
export interface ImportPlan {
  files: PlannedFile[];
  items: ImportItem[];
  activities: number;
  partnerships: number;
  registerNew: boolean;
  /** How the input was read (for the report). */
  source: { sheet?: string; encoding?: string; delimiter?: string; headerRow: number };
  /** The partnership sheet, when the workbook has one: its name, header row and the partnerships read from it. */
  partnershipSheet?: { sheet: string; headerRow: number; partnerships: number };
}

/** The options of one import. */
export interface ImportOptions {
  /** The spreadsheet, an absolute path. */
  input: string;
  /** The register folder, an absolute path. */
  dir: string;
  mapping?: string;
  force: boolean;
  language: Language;
  /** Called after each row; draws a progress line on a terminal. */
  progress?: (done: number, total: number) => void;
}

/** A mapping file: which header is which field, and optionally which sheet to read (and which holds the partnerships). */
interface Mapping {
  sheet?: string;
  partnershipSheet?: string;
  columns: Map<string, Field>;
}

/** Rows searched for the header: a title block above the table is common, a header further down is not. */
const HEADER_SEARCH_ROWS = 20;
/** A value longer than this is cut in the report (the file keeps it whole). */
const QUOTE_MAX = 80;

const PROCESSING_SCHEMA = '# yaml-language-server: $schema=../schemas/processing-activity.schema.json';
const PARTNERSHIP_SCHEMA = '# yaml-language-server: $schema=../schemas/partnership.schema.json';
const REGISTER_SCHEMA = '# yaml-language-server: $schema=schemas/register.schema.json';

/** The name of the report file the import writes into the register folder. */
export const REPORT_FILE = 'IMPORT-REPORT.md';

/** A cell value as the report quotes it: one line, at most {@link QUOTE_MAX} characters. */
export function quote(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : one;
}

/** Reads and checks a mapping file: `columns: {header: field}` and an optional `sheet`. */
export async function readMapping(file: string): Promise<Mapping> {
  let data: unknown;
  try {
    data = parseYaml(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new TransferError(sayBoth('transfer.error.mapping', { file, detail: quote((error as Error).message) }));
  }
  if (!isRecord(data) || !isRecord(data.columns)) throw new TransferError(sayBoth('transfer.error.mapping', { file, detail: 'columns' }));
  const columns = new Map<string, Field>();
  for (const [header, field] of Object.entries(data.columns)) {
    if (!isField(field)) throw new TransferError(sayBoth('transfer.error.mappingField', { file, header: quote(header), value: quote(String(field)), fields: FIELDS.join(', ') }));
    columns.set(header.trim(), field);
  }
  const sheet = readString(data.sheet);
  return { sheet, partnershipSheet: readString(data.partnership_sheet), columns };
}

/** Reads the spreadsheet by its extension. */
async function readInput(input: string, sheet: string | undefined): Promise<Table & { encoding?: string; delimiter?: string; others?: { name: string; table: () => Table }[] }> {
  const extension = path.extname(input).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') throw new TransferError(sayBoth('transfer.error.extension', { file: input }));
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(input);
  } catch (error) {
    throw new TransferError(sayBoth('transfer.error.unreadable', { file: input, code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
  }
  return extension === '.xlsx' ? readXlsx(bytes, sheet) : readCsv(bytes);
}

/** The header row and each column's field: the row among the first rows that names the most known columns. */
function findHeader(table: Table, mapping: Mapping | undefined): { row: number; fields: (Field | undefined)[]; headers: string[]; items: ImportItem[] } {
  let best = { row: -1, count: 0 };
  const fieldOf = (text: string): Field | undefined => mapping?.columns.get(text.trim()) ?? matchHeader(text);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const seen = new Set(table.rows[r].map((cell) => (cell.kind === 'empty' ? undefined : fieldOf(cell.text))).filter((f) => f !== undefined));
    if (seen.size > best.count) best = { row: r, count: seen.size };
  }
  if (best.row < 0 || best.count < 2 || !table.rows[best.row].some((cell) => fieldOf(cell.text) === 'name')) {
    throw new TransferError(sayBoth('transfer.error.noHeader', { rows: HEADER_SEARCH_ROWS }));
  }
  if (mapping) {
    const present = new Set(table.rows[best.row].map((cell) => cell.text.trim()));
    for (const header of mapping.columns.keys()) {
      if (!present.has(header)) throw new TransferError(sayBoth('transfer.error.mappingColumn', { header: quote(header) }));
    }
  }
  const items: ImportItem[] = [];
  const fields: (Field | undefined)[] = [];
  const headers: string[] = [];
  const taken = new Set<Field>();
  table.rows[best.row].forEach((cell, i) => {
    const header = cell.text.replace(/\s+/g, ' ').trim();
    headers[i] = header;
    if (cell.kind === 'empty') return;
    const field = fieldOf(cell.text);
    if (!field) {
      if (!cell.mergedCopy) items.push({ id: 'unusedColumn', column: header, data: { column: quote(header) } });
      return;
    }
    if (taken.has(field)) {
      // A header cell merged over two columns repeats itself; that is one column, not two.
      if (!cell.mergedCopy) items.push({ id: 'duplicateColumn', column: header, data: { column: quote(header) } });
      return;
    }
    taken.add(field);
    fields[i] = field;
    if (field === 'reviewed') items.push({ id: 'reviewedColumn', column: header, data: { column: quote(header) } });
  });
  return { row: best.row, fields, headers, items };
}

/** What the register folder already holds: file names, partnership names, register.yml's controllers. */
interface Existing {
  processing: Set<string>;
  partnerships: Map<string, string>;
  register: boolean;
  controllers: { id: string; name: string }[];
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name);
}

async function readExisting(dir: string): Promise<Existing> {
  const existing: Existing = { processing: new Set(), partnerships: new Map(), register: false, controllers: [] };
  for (const name of await yamlFiles(path.join(dir, 'processing'))) existing.processing.add(name.replace(/\.ya?ml$/, ''));
  for (const name of await yamlFiles(path.join(dir, 'partnerships'))) {
    const id = name.replace(/\.ya?ml$/, '');
    let label = id;
    try {
      const data = parseYaml(await fs.readFile(path.join(dir, 'partnerships', name), 'utf8')) as unknown;
      if (isRecord(data)) label = readString(data.name) ?? id;
    } catch {
      // A file that does not parse still holds its id; the check reports the rest.
    }
    existing.partnerships.set(id, label);
  }
  for (const name of ['register.yml', 'register.yaml']) {
    const text = await fs.readFile(path.join(dir, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    existing.register = true;
    try {
      const data = parseYaml(text) as unknown;
      const organisation = isRecord(data) ? data.organisation : undefined;
      for (const c of list(isRecord(organisation) ? organisation.controllers : undefined)) {
        if (isRecord(c) && readString(c.id) && readString(c.name)) existing.controllers.push({ id: String(c.id), name: String(c.name) });
      }
    } catch {
      // As above: the check reports a register.yml that does not parse.
    }
  }
  return existing;
}

/** The state shared by the rows of one import. */
class Planner {
  readonly items: ImportItem[] = [];
  readonly activities: { id: string; row: number; data: Record<string, unknown> }[] = [];
  readonly ids = new Set<string>();
  /** Partnerships to write as a starting file: id → name. */
  readonly stubs = new Map<string, string>();
  /** Controllers for a new register.yml: id → name. */
  readonly newControllers = new Map<string, string>();
  /** Partnerships the workbook's partnership sheet describes: id → name. */
  readonly fromSheet = new Map<string, string>();

  constructor(
    readonly existing: Existing,
    readonly language: Language,
  ) {}

  item(id: ItemId, row: number, column: string | undefined, data: MessageData = {}): void {
    this.items.push({ id, row, column, data });
  }

  /** A unique id for a row: the id column's when valid, else one made from the name; a second use gets a suffix. */
  uniqueId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** A partnership a recipient or source names: an existing file by id or name, else a starting file to write. */
  partnership(name: string, id: string | undefined, row: number, column: string): string {
    const wanted = id ?? kebabId(name);
    if (this.existing.partnerships.has(wanted) || this.fromSheet.has(wanted)) return wanted;
    const folded = plainWords(name);
    for (const [sheetId, label] of this.fromSheet) if (plainWords(label) === folded) return sheetId;
    for (const [existingId, label] of this.existing.partnerships) if (plainWords(label) === folded) return existingId;
    if (!this.stubs.has(wanted)) this.stubs.set(wanted, name);
    this.item('partnershipStub', row, column, { value: quote(name), file: `partnerships/${wanted}.yml` });
    return wanted;
  }

  /** A controller by the name or id in a cell: one of register.yml's, or (for a new register.yml) a new one. */
  controller(text: string, row: number, column: string): string | undefined {
    const folded = plainWords(text);
    const known = this.existing.controllers.find((c) => plainWords(c.name) === folded || c.id === text.trim());
    if (known) return known.id;
    if (this.existing.register) {
      this.item('controllerUnknown', row, column, { value: quote(text) });
      return undefined;
    }
    const id = kebabId(text);
    if (id === '') return undefined;
    if (!this.newControllers.has(id)) this.newControllers.set(id, text.trim());
    return id;
  }
}

/** The entries of a recipients or sources cell: partnerships (by prefix or by name) and organisations. */
function readParties(planner: Planner, text: string, row: number, column: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const line of cellLines(text)) {
    const organisation = afterPrefix(line, 'transfer.prefix.organisation');
    if (organisation !== undefined) {
      out.push({ organisation });
      continue;
    }
    const named = afterPrefix(line, 'transfer.prefix.partnership');
    if (named !== undefined) {
      const { text: name, id } = trailingId(named);
      out.push({ partnership: planner.partnership(name, id, row, column) });
      continue;
    }
    if (partnershipForm(line) !== undefined) {
      const { text: name, id } = trailingId(line);
      out.push({ partnership: planner.partnership(name, id, row, column) });
      continue;
    }
    out.push({ organisation: line });
  }
  return out;
}

/** A role word in either language, or undefined. */
function readRole(text: string): 'controller' | 'processor' | undefined {
  const words = plainWords(text);
  for (const role of ['controller', 'processor'] as const) {
    if (words === role || LANGUAGES.some((l) => plainWords(say(`role.${role}`, l)) === words)) return role;
  }
  return undefined;
}

/** A "reference — date" agreement line; a reference alone is an agreement without its date. */
function readAgreement(line: string): Record<string, string> | undefined {
  const [reference, ...rest] = parts(line);
  if (saysYes(reference) || saysNone(reference)) return undefined;
  if (rest.length === 0) return { reference };
  if (rest.length === 1 && isDatePart(rest[0])) return { reference, signed: rest[0] };
  return undefined;
}

/** Builds one processing activity from a row, recording what could not be carried over. */
function readRow(planner: Planner, cells: Cell[], rowNumber: number, fields: (Field | undefined)[], headers: string[]): void {
  const byField = new Map<Field, { cell: Cell; header: string }>();
  fields.forEach((field, i) => {
    const cell = cells[i];
    if (field && cell && cell.kind !== 'empty') byField.set(field, { cell, header: headers[i] });
  });
  if (byField.size === 0) return;
  const name = byField.get('name')?.cell.text.trim();
  if (!name) {
    planner.item('noName', rowNumber, undefined, {});
    return;
  }
  // Placeholders and date numbers are reported for every column; a placeholder is kept so that the check shows it too.
  for (const [field, { cell, header }] of byField) {
    const found = placeholderIn(cell.text) ?? cellLines(cell.text).map(placeholderIn).find((p) => p !== undefined);
    if (found !== undefined) planner.item('placeholder', rowNumber, header, { value: quote(found) });
    const serial = field === 'id' ? undefined : serialIn(cell);
    if (serial !== undefined) planner.item('excelDate', rowNumber, header, { value: String(serial), date: excelSerialDate(serial)! });
  }
  const text = (field: Field) => byField.get(field)?.cell.text;
  const header = (field: Field) => byField.get(field)?.header ?? '';
  const activity: Record<string, unknown> = {};

  const idText = text('id')?.trim();
  let wanted = idText !== undefined && isKebabId(idText) ? idText : kebabId(name);
  if (idText !== undefined && !isKebabId(idText)) planner.item('idInvalid', rowNumber, header('id'), { value: quote(idText), id: wanted });
  if (wanted === '') wanted = `${say('transfer.idFallback', planner.language)}-${rowNumber}`;
  const id = planner.uniqueId(wanted);
  if (id !== wanted) planner.item('idTaken', rowNumber, header('id') || header('name'), { id: wanted, newId: id });
  activity.id = id;
  activity.name = name;
  const owner = text('owner')?.trim();
  if (owner) activity.owner = owner;
  const controllerText = text('controller')?.trim();
  if (controllerText) {
    const controller = planner.controller(controllerText, rowNumber, header('controller'));
    if (controller) activity.controller = controller;
  }
  const roleText = text('role')?.trim();
  if (roleText) {
    const role = readRole(roleText);
    if (role) activity.role = role;
    else planner.item('roleUnknown', rowNumber, header('role'), { value: quote(roleText) });
  }
  const onBehalfOf = text('on_behalf_of')?.trim();
  if (onBehalfOf) activity.on_behalf_of = onBehalfOf;

  const purposes = cellLines(text('purposes') ?? '');
  if (purposes.length > 0) activity.purposes = purposes;

  const bases = readBasisCell(text('legal_basis') ?? '', (id, value) => planner.item(id, rowNumber, header('legal_basis'), { value: quote(value) }));
  if (bases.length > 0) activity.legal_basis = bases;

  const subjects = cellLines(text('data_subjects') ?? '');
  if (subjects.length > 0) activity.data_subjects = subjects;

  const personal: Record<string, unknown>[] = cellLines(text('personal_data') ?? '').map((category) => ({ category }));
  for (const line of cellLines(text('special_data') ?? '')) {
    if (saysNone(line)) continue;
    const [category, ...rest] = parts(line);
    const item: Record<string, unknown> = personal.find((p) => p.category === category) ?? { category };
    if (!personal.includes(item)) personal.push(item);
    let understood = rest.length > 0;
    for (const part of rest) {
      const exception = readExceptionPart(part);
      const marks = exception === undefined ? readMarks(part) : undefined;
      if (exception !== undefined) item.exception = exception;
      else if (marks) {
        if (marks.special.length > 0) item.special = marks.special.length === 1 ? marks.special[0] : marks.special;
        if (marks.criminal) item.criminal = true;
        if (marks.sensitive) item.sensitive = true;
      } else understood = false;
    }
    if (rest.length === 0) {
      const kind = specialKeyword(category);
      if (kind === 'criminal') item.criminal = true;
      else if (kind) item.special = kind as SpecialCategory;
      understood = kind !== undefined;
    }
    if (!understood) planner.item('specialUnknown', rowNumber, header('special_data'), { value: quote(line) });
  }
  if (personal.length > 0) activity.personal_data = personal.map(orderPersonalData);

  const recipientsText = text('recipients');
  if (recipientsText !== undefined) activity.recipients = readParties(planner, recipientsText, rowNumber, header('recipients'));
  const sourcesText = text('sources');
  if (sourcesText !== undefined) {
    const sources = readParties(planner, sourcesText, rowNumber, header('sources'));
    if (sources.length > 0) activity.sources = sources;
  }

  const processorLines = cellLines(text('processors') ?? '').filter((l) => !saysNone(l));
  const agreementLines = cellLines(text('processor_agreements') ?? '');
  if (processorLines.length > 0) {
    const aligned = agreementLines.length === processorLines.length;
    if (agreementLines.length > 0 && !aligned) {
      planner.item('agreementsMismatch', rowNumber, header('processor_agreements'), { processors: processorLines.length, agreements: agreementLines.length });
    }
    activity.processors = processorLines.map((organisation, i) => {
      const processor: Record<string, unknown> = { organisation };
      const line = aligned ? agreementLines[i] : undefined;
      if (line !== undefined && !saysNone(line)) {
        const agreement = readAgreement(line);
        if (agreement) processor.agreement = agreement;
        else planner.item('agreementUnclear', rowNumber, header('processor_agreements'), { value: quote(line) });
      }
      return processor;
    });
  }

  const transfers = cellLines(text('transfers') ?? '')
    .filter((l) => !saysNone(l))
    .map((line) => {
      const [country, ...rest] = parts(line);
      return rest.length > 0 ? { country, safeguard: rest.join(' — ') } : { country };
    });
  if (transfers.length > 0) activity.transfers = transfers;

  const retention = text('retention')?.trim();
  if (retention) activity.retention = retention;
  const security = text('security')?.trim();
  if (security) activity.security = security;

  const dpiaEntry = byField.get('dpia');
  if (dpiaEntry) {
    const dpia = dpiaEntry.cell.kind === 'date' ? undefined : readDpiaCell(dpiaEntry.cell.text);
    if (dpia) activity.dpia = dpia;
    else if (serialIn(dpiaEntry.cell) === undefined) planner.item('dpiaUnclear', rowNumber, dpiaEntry.header, { value: quote(dpiaEntry.cell.text) });
  }

  const url = text('notice_url')?.trim();
  if (url) {
    if (/^https?:\/\/\S+$/.test(url)) activity.notice = { url };
    else planner.item('noticeUnclear', rowNumber, header('notice_url'), { value: quote(url) });
  }
  planner.activities.push({ id, row: rowNumber, data: activity });
}

/** A personal-data item with its keys in the schema's order. */
function orderPersonalData(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['category', 'special', 'criminal', 'sensitive', 'exception']) if (item[key] !== undefined) out[key] = item[key];
  return out;
}

/** YAML text of a document with the schema comment on its first line; strings that read as another type are quoted. */
export function yamlText(schemaComment: string, data: Record<string, unknown>): string {
  const doc = new Document(data);
  return `${schemaComment}\n${doc.toString({ lineWidth: 0, minContentWidth: 0 })}`;
}

/**
 * The workbook's partnership sheet: the one a mapping file names (which must have the header), else the first other
 * sheet whose header names the columns Partnership and Participants as an export writes them.
 */
function partnershipSheet(others: { name: string; table: () => Table }[], named: string | undefined) {
  if (named !== undefined) {
    const found = others.find((o) => o.name === named);
    if (!found) throw new TransferError(sayBoth('transfer.error.sheetMissing', { sheet: named, sheets: others.map((o) => o.name).join(', ') }));
    const table = found.table();
    const header = findPartnershipHeader(table);
    if (!header) throw new TransferError(sayBoth('transfer.error.partnershipHeader', { sheet: named, rows: HEADER_SEARCH_ROWS }));
    return { table, header };
  }
  for (const other of others) {
    const table = other.table();
    const header = findPartnershipHeader(table);
    if (header) return { table, header };
  }
  return undefined;
}

/** Reads the spreadsheet and plans every file; throws {@link TransferError} on a fatal problem, before any write. */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const mapping = options.mapping === undefined ? undefined : await readMapping(options.mapping);
  const table = await readInput(options.input, mapping?.sheet);
  const header = findHeader(table, mapping);
  const existing = await readExisting(options.dir);
  const planner = new Planner(existing, options.language);
  planner.items.push(...header.items);
  // The partnership sheet first, so that a recipient it describes is no starting file.
  const sheet = partnershipSheet(table.others ?? [], mapping?.partnershipSheet);
  const sheetRead = sheet === undefined ? undefined : readPartnershipSheet(sheet.table, sheet.header, quote);
  for (const p of sheetRead?.partnerships ?? []) planner.fromSheet.set(p.id, p.name);
  const dataRows = table.rows.length - header.row - 1;
  for (let r = header.row + 1; r < table.rows.length; r++) {
    readRow(planner, table.rows[r], r + 1, header.fields, header.headers);
    options.progress?.(r - header.row, dataRows);
  }

  const files: PlannedFile[] = [];
  const fileOfRow = new Map(planner.activities.map((a) => [a.row, `processing/${a.id}.yml`]));
  for (const item of planner.items) if (item.row !== undefined && item.sheet === undefined) item.file = fileOfRow.get(item.row);
  for (const activity of planner.activities) {
    const file = `processing/${activity.id}.yml`;
    files.push({ path: file, text: yamlText(PROCESSING_SCHEMA, activity.data), kind: 'processing' });
  }
  for (const p of sheetRead?.partnerships ?? []) {
    files.push({ path: `partnerships/${p.id}.yml`, text: yamlText(PARTNERSHIP_SCHEMA, p.data), kind: 'partnership' });
  }
  for (const item of sheetRead?.items ?? []) {
    const { partnership, ...rest } = item;
    planner.items.push({ ...rest, sheet: sheet!.table.sheet, file: partnership === undefined ? undefined : `partnerships/${partnership}.yml` });
  }
  for (const [id, name] of planner.stubs) {
    files.push({ path: `partnerships/${id}.yml`, text: yamlText(PARTNERSHIP_SCHEMA, { id, name }), kind: 'partnership' });
  }
  const registerNew = !existing.register;
  if (registerNew) {
    const organisation: Record<string, unknown> = { name: say('transfer.register.namePlaceholder', options.language) };
    if (planner.newControllers.size > 0) organisation.controllers = [...planner.newControllers].map(([id, name]) => ({ id, name }));
    files.push({ path: 'register.yml', text: yamlText(REGISTER_SCHEMA, { organisation }), kind: 'register' });
    planner.items.push({ id: 'registerNew', file: 'register.yml', data: { value: say('transfer.register.namePlaceholder', options.language) } });
  }
  return {
    files,
    items: planner.items,
    activities: planner.activities.length,
    partnerships: planner.stubs.size + (sheetRead?.partnerships.length ?? 0),
    registerNew,
    partnershipSheet: sheet === undefined ? undefined : { sheet: sheet.table.sheet ?? '', headerRow: sheet.header.row + 1, partnerships: sheetRead!.partnerships.length },
    source: { sheet: table.sheet, encoding: 'encoding' in table ? table.encoding : undefined, delimiter: 'delimiter' in table ? table.delimiter : undefined, headerRow: header.row + 1 },
  };
}

/** Whether a path exists, without following a link. */
async function lstatOf(file: string) {
  return fs.lstat(file).catch(() => undefined);
}

/**
 * The absolute path of `relative` inside `dir`, after checking that it stays inside (also through links): every
 * folder on the way that exists must be a real folder, not a link, and the file itself no link.
 */
export async function safeTarget(dir: string, relative: string): Promise<{ target: string; exists: boolean }> {
  const target = path.resolve(dir, relative);
  const inside = path.relative(dir, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new TransferError(sayBoth('transfer.error.outside', { file: relative, dir }));
  let folder = dir;
  const segments = inside.split(path.sep);
  for (const segment of segments.slice(0, -1)) {
    folder = path.join(folder, segment);
    const stat = await lstatOf(folder);
    if (stat && !stat.isDirectory()) throw new TransferError(sayBoth('transfer.error.notFolder', { file: folder }));
  }
  const stat = await lstatOf(target);
  if (stat && !stat.isFile()) throw new TransferError(sayBoth('transfer.error.notFile', { file: target }));
  return { target, exists: stat !== undefined };
}

/** What was written and what was left alone. */
export interface ImportResult {
  written: string[];
  kept: string[];
}

/**
 * Writes the planned files into `dir` (created when missing), then the report that `report` makes from what was
 * written, as {@link REPORT_FILE}. Every target is checked first, so a file that may not be written stops the
 * import before the first write. An existing file is kept unless `force`; the input spreadsheet is never written to.
 */
export async function writePlan(plan: ImportPlan, options: ImportOptions, report: (result: ImportResult) => string): Promise<ImportResult> {
  await fs.mkdir(options.dir, { recursive: true });
  const dir = await fs.realpath(options.dir);
  const input = await fs.realpath(options.input).catch(() => path.resolve(options.input));
  const files = [...plan.files, { path: REPORT_FILE, text: undefined }];
  const checked = await inBatches(files, async (file) => {
    const { target, exists } = await safeTarget(dir, file.path);
    if (target === input || (exists && (await fs.realpath(target)) === input)) throw new TransferError(sayBoth('transfer.error.input', { file: file.path }));
    return { path: file.path, text: file.text, target, exists };
  });
  const result: ImportResult = { written: [], kept: [] };
  for (const folder of new Set(checked.filter((f) => f.text !== undefined).map((f) => path.dirname(f.target)))) await fs.mkdir(folder, { recursive: true });
  const outcomes = await inBatches(checked, async (file) => {
    if (file.exists && !options.force) return 'kept';
    if (file.text === undefined) return 'later';
    // Never through a link put there since the check, and without `force` never over a file that appeared meanwhile.
    await writeNoFollow(file.target, file.text, { overwrite: options.force });
    return 'written';
  });
  checked.forEach((file, i) => {
    if (outcomes[i] === 'kept') result.kept.push(file.path);
    else if (outcomes[i] === 'written') result.written.push(file.path);
  });
  const reportFile = checked[checked.length - 1];
  if (!reportFile.exists || options.force) {
    result.written.push(REPORT_FILE);
    await writeNoFollow(reportFile.target, report(result), { overwrite: options.force });
  }
  return result;
}

/** How many files are checked or written at the same time: enough to hide the latency of each, far below the descriptor limit. */
const CONCURRENCY = 16;

/** `work` applied to every item, at most {@link CONCURRENCY} at a time; the results in the items' order. */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
