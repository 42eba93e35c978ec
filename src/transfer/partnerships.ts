/**
 * Import of the partnership sheet an export writes: one row per data flow, the partnership's own columns repeated
 * on each of its rows. Rows are gathered by the partnership's id (or, without one, its name); participants are read
 * as "name (id) — kind — role", and a flow names them by name or id. What cannot be read is left out and noted per
 * row and column; nothing unclear is guessed.
 */

import { AGREEMENT_KINDS, PARTICIPANT_KINDS, PARTICIPANT_ROLES } from '../model.js';
import type { MessageData } from '../template.js';
import { LANGUAGES, type Language } from '../types.js';
import { say } from '../report/vocabulary.js';
import { placeholderIn } from '../rules/placeholder-value.js';
import { FLOW_COLUMNS, PARTNERSHIP_COLUMNS, matchPartnershipHeader, type PartnershipColumn } from './columns.js';
import { cellLines, isDatePart, isKebabId, kebabId, parts, plainWords, readBasisCell, readDpiaCell, readMarks, saysNone, saysYes, trailingId, type BasisNote } from './cells.js';
import { excelSerialDate, serialIn, type Cell, type Table } from './read.js';

/** What reading the partnership sheet can leave for the privacy officer. */
export type PartnershipNote =
  | BasisNote
  | 'placeholder'
  | 'excelDate'
  | 'idInvalid'
  | 'partnershipNoName'
  | 'partnershipConflict'
  | 'participantUnclear'
  | 'participantTaken'
  | 'flowPartyUnknown'
  | 'partnershipAgreementUnclear'
  | 'specialUnknown'
  | 'dateUnclear'
  | 'decisionsUnclear'
  | 'dpiaUnclear'
  | 'noticeUnclear';

/** One note: the spreadsheet row, the column's header, and the partnership it belongs to (when known). */
export interface PartnershipItem {
  id: PartnershipNote;
  row: number;
  column?: string;
  partnership?: string;
  data: MessageData;
}

/** A partnership read from the sheet: its id, the first row it was on, and its fields in the schema's order. */
export interface SheetPartnership {
  id: string;
  name: string;
  row: number;
  data: Record<string, unknown>;
}

/** Rows searched for the header, as for the processing sheet. */
const HEADER_SEARCH_ROWS = 20;

/** The header row of a partnership sheet and each column's meaning, or undefined when no row names Partnership and Participants. */
export function findPartnershipHeader(table: Table): { row: number; columns: (PartnershipColumn | undefined)[]; headers: string[] } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const columns = table.rows[r].map((cell) => (cell.kind === 'empty' ? undefined : matchPartnershipHeader(cell.text)));
    if (columns.includes('name') && columns.includes('participants')) {
      // A column named twice (a merged header cell repeats itself) counts once: the first.
      const seen = new Set<PartnershipColumn>();
      const unique = columns.map((c) => (c === undefined || seen.has(c) ? undefined : (seen.add(c), c)));
      return { row: r, columns: unique, headers: table.rows[r].map((cell) => cell.text.replace(/\s+/g, ' ').trim()) };
    }
  }
  return undefined;
}

/** One of `values`, written as the schema value or as its `label` in either language. */
function wordOf<T extends string>(text: string, values: readonly T[], label: (value: T, language: Language) => string): T | undefined {
  const words = plainWords(text);
  return values.find((v) => text.trim() === v || LANGUAGES.some((l) => plainWords(label(v, l)) === words));
}

/** The state of reading one sheet. */
class SheetReader {
  readonly items: PartnershipItem[] = [];
  readonly partnerships = new Map<string, SheetPartnership & { first: Map<PartnershipColumn, string> }>();

  note(id: PartnershipNote, row: number, column: string | undefined, partnership: string | undefined, data: MessageData = {}): void {
    this.items.push({ id, row, column, partnership, data });
  }
}

/** Reads the partnership sheet below its header. `quote` shortens a value for the report. */
export function readPartnershipSheet(table: Table, header: NonNullable<ReturnType<typeof findPartnershipHeader>>, quote: (value: string) => string): { partnerships: SheetPartnership[]; items: PartnershipItem[] } {
  const reader = new SheetReader();
  for (let r = header.row + 1; r < table.rows.length; r++) {
    const cells = new Map<PartnershipColumn, { cell: Cell; header: string }>();
    header.columns.forEach((column, i) => {
      const cell = table.rows[r][i];
      if (column && cell && cell.kind !== 'empty') cells.set(column, { cell, header: header.headers[i] });
    });
    if (cells.size > 0) readRow(reader, cells, r + 1, quote);
  }
  const partnerships = [...reader.partnerships.values()].map(({ id, name, row, data }) => ({ id, name, row, data: ordered(data) }));
  return { partnerships, items: reader.items };
}

/** A partnership's keys in the schema's order. */
function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'name', 'owner', 'purpose', 'domain', 'started', 'ended', 'participants', 'agreements', 'data_flows', 'notice', 'dpia']) {
    if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

function readRow(reader: SheetReader, cells: Map<PartnershipColumn, { cell: Cell; header: string }>, row: number, quote: (value: string) => string): void {
  const text = (column: PartnershipColumn) => cells.get(column)?.cell.text.trim() ?? '';
  const header = (column: PartnershipColumn) => cells.get(column)?.header;
  const idText = text('id');
  const name = text('name');
  // Without an id, a row continues the partnership an earlier row gave that name.
  const named = idText === '' && name !== '' ? [...reader.partnerships.values()].find((x) => plainWords(x.name) === plainWords(name)) : undefined;
  let id = named ? named.id : idText !== '' && isKebabId(idText) ? idText : kebabId(name);
  if (id === '') {
    reader.note('partnershipNoName', row, undefined, undefined);
    return;
  }
  if (idText !== '' && !isKebabId(idText)) {
    reader.note('idInvalid', row, header('id'), undefined, { value: quote(idText), id });
    id = kebabId(name) || id;
  }
  for (const [column, { cell, header: h }] of cells) {
    const found = placeholderIn(cell.text) ?? cellLines(cell.text).map(placeholderIn).find((p) => p !== undefined);
    if (found !== undefined) reader.note('placeholder', row, h, id, { value: quote(found) });
    const serial = column === 'id' ? undefined : serialIn(cell);
    if (serial !== undefined) reader.note('excelDate', row, h, id, { value: String(serial), date: excelSerialDate(serial)! });
  }

  let partnership = reader.partnerships.get(id);
  if (!partnership) {
    partnership = { id, name, row, data: { id }, first: new Map() };
    reader.partnerships.set(id, partnership);
  }
  const p = partnership;
  // The partnership's own columns: the first row that fills one gives it; a later row that says otherwise is noted.
  for (const column of PARTNERSHIP_COLUMNS) {
    if (FLOW_COLUMNS.has(column) || column === 'id') continue;
    const value = text(column);
    if (value === '') continue;
    const first = p.first.get(column);
    if (first !== undefined) {
      if (first !== value) reader.note('partnershipConflict', row, header(column), id, { value: quote(value), first: quote(first) });
      continue;
    }
    p.first.set(column, value);
    readOwnColumn(reader, p, column, value, cells.get(column)!.cell, row, header(column), quote);
  }

  if ([...FLOW_COLUMNS].some((c) => text(c) !== '')) readFlow(reader, p, text, header, row, quote);
}

/** One of a partnership's own columns into its data. */
function readOwnColumn(reader: SheetReader, p: SheetPartnership, column: PartnershipColumn, value: string, cell: Cell, row: number, header: string | undefined, quote: (value: string) => string): void {
  const data = p.data;
  switch (column) {
    case 'name':
      data.name = value;
      p.name = value;
      return;
    case 'owner':
    case 'purpose':
    case 'domain':
      data[column] = value;
      return;
    case 'started':
    case 'ended':
      if (isDatePart(value)) data[column] = value;
      else if (serialIn(cell) === undefined) reader.note('dateUnclear', row, header, p.id, { value: quote(value) });
      return;
    case 'participants':
      data.participants = readParticipants(reader, p.id, value, row, header, quote);
      return;
    case 'agreements': {
      const agreements = cellLines(value).flatMap((line) => {
        const agreement = readAgreementLine(line);
        if (!agreement) reader.note('partnershipAgreementUnclear', row, header, p.id, { value: quote(line) });
        return agreement ? [agreement] : [];
      });
      if (agreements.length > 0) data.agreements = agreements;
      return;
    }
    case 'notice_url':
      if (/^https?:\/\/\S+$/.test(value)) data.notice = { url: value };
      else reader.note('noticeUnclear', row, header, p.id, { value: quote(value) });
      return;
    case 'dpia': {
      const dpia = readDpiaCell(value);
      if (dpia) data.dpia = dpia;
      else reader.note('dpiaUnclear', row, header, p.id, { value: quote(value) });
      return;
    }
    default:
      return;
  }
}

/** "kind — reference — YYYY-MM-DD — in werking: YYYY-MM-DD — https://…": kind and reference needed; the dates signed and effective and the published essence optional. */
function readAgreementLine(line: string): Record<string, string> | undefined {
  const [kindText, reference, ...rest] = parts(line);
  const kind = wordOf(kindText, AGREEMENT_KINDS, (k, l) => say(`transfer.agreementKind.${k}`, l));
  if (!kind || reference === undefined || reference === '') return undefined;
  const agreement: Record<string, string> = { kind, reference };
  for (const part of rest) {
    const effective = LANGUAGES.map((l) => `${say('transfer.mark.effective', l)}:`).find((prefix) => part.toLowerCase().startsWith(prefix));
    if (effective !== undefined && isDatePart(part.slice(effective.length).trim()) && agreement.effective === undefined) agreement.effective = part.slice(effective.length).trim();
    else if (isDatePart(part) && agreement.signed === undefined) agreement.signed = part;
    else if (/^https?:\/\/\S+$/.test(part) && agreement.essence_published === undefined) agreement.essence_published = part;
    else return undefined;
  }
  return agreement;
}

/** The participants cell: "name (id) — kind — role — eigen organisatie", one per line. */
function readParticipants(reader: SheetReader, partnership: string, value: string, row: number, header: string | undefined, quote: (value: string) => string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of cellLines(value)) {
    const [first, ...rest] = parts(line);
    const named = trailingId(first);
    const id = named.id ?? kebabId(named.text);
    if (id === '' || out.some((p) => p.id === id)) {
      reader.note('participantTaken', row, header, partnership, { id: id || quote(first) });
      continue;
    }
    const participant: Record<string, unknown> = { id, name: named.text };
    for (const part of rest) {
      const kind = PARTICIPANT_KINDS.find((k) => k === part.trim());
      const role = kind ? undefined : wordOf(part, PARTICIPANT_ROLES, (r, l) => say(`role.${r}`, l));
      if (kind && participant.kind === undefined) participant.kind = kind;
      else if (role && participant.role === undefined) participant.role = role;
      else if (LANGUAGES.some((l) => plainWords(say('transfer.mark.self', l)) === plainWords(part))) participant.self = true;
      else reader.note('participantUnclear', row, header, partnership, { value: quote(line), part: quote(part) });
    }
    out.push(participant);
  }
  return out;
}

/** One data flow from the flow columns of a row. */
function readFlow(
  reader: SheetReader,
  p: SheetPartnership,
  text: (column: PartnershipColumn) => string,
  header: (column: PartnershipColumn) => string | undefined,
  row: number,
  quote: (value: string) => string,
): void {
  const participants = (p.data.participants as Record<string, unknown>[] | undefined) ?? [];
  const party = (line: string, column: PartnershipColumn): string | undefined => {
    const folded = plainWords(line);
    const byName = participants.filter((x) => plainWords(String(x.name)) === folded);
    if (byName.length === 1) return String(byName[0].id);
    const { id } = trailingId(line);
    const byId = participants.find((x) => x.id === (id ?? line.trim()));
    if (byId) return String(byId.id);
    reader.note('flowPartyUnknown', row, header(column), p.id, { value: quote(line) });
    return undefined;
  };
  const parties = (column: PartnershipColumn) => {
    const ids = cellLines(text(column))
      .map((line) => party(line, column))
      .filter((id) => id !== undefined);
    return ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : ids;
  };
  const flow: Record<string, unknown> = {};
  const from = parties('from');
  if (from !== undefined) flow.from = from;
  const to = parties('to');
  if (to !== undefined) flow.to = to;
  const data = cellLines(text('data'));
  if (data.length > 0) flow.data = data;
  const special = text('special');
  if (special !== '' && !saysNone(special)) {
    const marks = readMarks(special);
    if (marks) {
      if (marks.special.length > 0) flow.special = marks.special;
      if (marks.criminal) flow.criminal = true;
      if (marks.sensitive) flow.sensitive = true;
    } else reader.note('specialUnknown', row, header('special'), p.id, { value: quote(special) });
  }
  if (text('exception') !== '') flow.exception = text('exception');
  const bases = readBasisCell(text('basis'), (id, value) => reader.note(id, row, header('basis'), p.id, { value: quote(value) }));
  if (bases.length > 0) flow.legal_basis = bases;
  if (text('necessity') !== '') flow.necessity = text('necessity');
  const decisions = text('decisions');
  if (saysYes(decisions)) flow.decisions = true;
  else if (decisions !== '' && !saysNone(decisions)) reader.note('decisionsUnclear', row, header('decisions'), p.id, { value: quote(decisions) });
  const flows = (p.data.data_flows as Record<string, unknown>[] | undefined) ?? [];
  flows.push(flow);
  p.data.data_flows = flows;
}
