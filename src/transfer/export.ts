/**
 * Export: the register as a spreadsheet (one sheet of processing activities, one of partnerships and their data
 * flows), as CSV (the processing-activity sheet) or as JSON objects in the shape of the VNG
 * "Verwerkingsactiviteit" of the municipal register API (VAR API). Reads the loaded register only.
 */

import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { isRecord, list, readString, specialCategories } from '../model.js';
import type { Register } from '../register.js';
import type { Language } from '../types.js';
import { say } from '../report/vocabulary.js';
import { partnershipForm } from '../rules/recipient-is-partnership.js';
import { FIELDS, PARTNERSHIP_COLUMNS, columnHeader, partnershipHeader, type Field, type PartnershipColumn } from './columns.js';
import { PART, specialLabel, writeBasisLine } from './cells.js';
import { protect } from './read.js';
import type { SpecialCategory } from '../model.js';

/** The export formats, in the order help lists them. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'vng-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a text is an export format. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** A table to write: a header row and data rows of text. */
export interface Sheet {
  name: string;
  header: string[];
  rows: string[][];
}

type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const lines = (values: string[]): string => values.join('\n');

/** A recipient or source as a cell line: a partnership with its prefix and id; an organisation that reads as a partnership with its prefix. */
function partyLine(item: unknown, names: Map<string, string>, language: Language): string | undefined {
  if (!isRecord(item)) return undefined;
  const partnership = readString(item.partnership);
  if (partnership !== undefined) return `${say('transfer.prefix.partnership', language)}: ${names.get(partnership) ?? partnership} (${partnership})`;
  const organisation = readString(item.organisation);
  if (organisation === undefined) return undefined;
  // Without the prefix an import would take "Veilig Thuis Regio Voorbeeld" for a partnership.
  return partnershipForm(organisation) !== undefined || organisation.includes(':') ? `${say('transfer.prefix.organisation', language)}: ${organisation}` : organisation;
}

/** The marks of a special, criminal or sensitive personal-data item ("gezondheid, strafrechtelijk"). */
function marks(item: Data, language: Language): string {
  const out = specialCategories(item).map((c) => specialLabel(c as SpecialCategory, language));
  if (item.criminal === true) out.push(say('transfer.mark.criminal', language));
  if (item.sensitive === true) out.push(say('transfer.mark.sensitive', language));
  return out.join(', ');
}

/** The cell of each field for one processing activity. */
function activityCells(data: Data, register: Register, names: Map<string, string>, language: Language): Record<Field, string> {
  const personal = list<unknown>(data.personal_data).filter(isRecord);
  const flagged = personal.filter((p) => specialCategories(p).length > 0 || p.criminal === true || p.sensitive === true || readString(p.exception) !== undefined);
  const processors = list<unknown>(data.processors).filter(isRecord);
  const controllers = register.settings.organisation.controllers ?? [];
  const controller = readString(data.controller);
  const dpia = isRecord(data.dpia) ? data.dpia : undefined;
  const notice = isRecord(data.notice) ? data.notice : undefined;
  return {
    id: text(data.id),
    name: text(data.name),
    owner: text(data.owner),
    controller: controller === undefined ? '' : (controllers.find((c) => c.id === controller)?.name ?? controller),
    role: data.role === 'controller' || data.role === 'processor' ? say(`role.${data.role}`, language) : text(data.role),
    on_behalf_of: text(data.on_behalf_of),
    purposes: lines(list<unknown>(data.purposes).map(text)),
    legal_basis: lines(list<unknown>(data.legal_basis).filter(isRecord).map((b) => writeBasisLine(b, language))),
    data_subjects: lines(list<unknown>(data.data_subjects).map(text)),
    personal_data: lines(personal.map((p) => text(p.category))),
    special_data: lines(
      flagged.map((p) => {
        const out = [text(p.category)];
        const m = marks(p, language);
        if (m) out.push(m);
        if (readString(p.exception) !== undefined) out.push(`${say('transfer.mark.exception', language)}: ${text(p.exception)}`);
        return out.join(PART);
      }),
    ),
    recipients: lines(list<unknown>(data.recipients).map((r) => partyLine(r, names, language)).filter((l) => l !== undefined)),
    sources: lines(list<unknown>(data.sources).map((r) => partyLine(r, names, language)).filter((l) => l !== undefined)),
    processors: lines(processors.map((p) => text(p.organisation))),
    processor_agreements: processors.some((p) => isRecord(p.agreement))
      ? lines(processors.map((p) => (isRecord(p.agreement) ? [text(p.agreement.reference), ...(readString(p.agreement.signed) ? [text(p.agreement.signed)] : [])].join(PART) : '-')))
      : '',
    transfers: lines(list<unknown>(data.transfers).filter(isRecord).map((t) => [text(t.country), ...(readString(t.safeguard) ? [text(t.safeguard)] : [])].join(PART))),
    retention: text(data.retention),
    security: text(data.security),
    dpia: !dpia ? '' : dpia.required === false ? [say('transfer.dpiaNotRequired', language), text(dpia.reason)].join(PART) : [text(dpia.reference), text(dpia.date)].join(PART),
    notice_url: text(notice?.url),
    reviewed: text(data.reviewed),
  };
}

/** Partnership names by id, for recipient lines that a reader recognises. */
function partnershipNames(register: Register): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of register.partnerships) names.set(p.id, readString(p.data.name) ?? p.id);
  return names;
}

/** The processing-activity sheet: one row per activity, the columns of {@link FIELDS} with headers in `language`. */
export function processingSheet(register: Register, language: Language, progress?: (done: number, total: number) => void): Sheet {
  const names = partnershipNames(register);
  const rows = register.processing.map((entity, i) => {
    const cells = activityCells(entity.data as Data, register, names, language);
    progress?.(i + 1, register.processing.length);
    return FIELDS.map((field) => cells[field]);
  });
  return { name: say('transfer.sheet.processing', language), header: FIELDS.map((f) => columnHeader(f, language)), rows };
}

/** A participant's role as a reader says it ("gezamenlijke verwerkingsverantwoordelijke"), or the value as written. */
function roleWord(role: unknown, language: Language): string {
  return role === 'controller' || role === 'joint-controller' || role === 'processor' || role === 'recipient' ? say(`role.${role}`, language) : text(role);
}

/** An agreement kind as a reader says it ("verwerkersovereenkomst"), or the value as written. */
export function agreementKindWord(kind: unknown, language: Language): string {
  return kind === 'covenant' || kind === 'joint-controller-arrangement' || kind === 'processing-agreement' || kind === 'statutory-allocation'
    ? say(`transfer.agreementKind.${kind}`, language)
    : text(kind);
}

/**
 * The partnership sheet: one row per data flow (a partnership without flows gets one row), the partnership's
 * columns on each. Participants are written as "name (id) — kind — role", so that the flows can name them by name
 * and an import gives them their ids back; a name two participants share is written with its id in the flows too.
 */
export function partnershipSheet(register: Register, language: Language): Sheet {
  const rows: string[][] = [];
  for (const entity of register.partnerships) {
    const data = entity.data as Data;
    const participants = list<unknown>(data.participants).filter(isRecord);
    const shared = new Set(participants.map((p) => text(p.name)).filter((name, i, all) => all.indexOf(name) !== i));
    const nameOf = (id: unknown) => {
      const participant = participants.find((p) => p.id === id);
      if (!participant) return text(id);
      return shared.has(text(participant.name)) || text(participant.name) === '' ? `${text(participant.name)} (${text(id)})`.trim() : text(participant.name);
    };
    const partyNames = (value: unknown) => (Array.isArray(value) ? value : [value]).map(nameOf).join('\n');
    const dpia = isRecord(data.dpia) ? data.dpia : undefined;
    const notice = isRecord(data.notice) ? data.notice : undefined;
    const common = {
      id: entity.id,
      name: text(data.name),
      owner: text(data.owner),
      purpose: text(data.purpose),
      domain: text(data.domain),
      started: text(data.started),
      ended: text(data.ended),
      participants: lines(
        participants.map((p) =>
          [`${text(p.name)} (${text(p.id)})`, text(p.kind), roleWord(p.role, language), p.self === true ? say('transfer.mark.self', language) : ''].filter((s) => s !== '').join(PART),
        ),
      ),
      agreements: lines(
        list<unknown>(data.agreements)
          .filter(isRecord)
          .map((a) =>
            [agreementKindWord(a.kind, language), text(a.reference), text(a.signed), a.effective === undefined ? '' : `${say('transfer.mark.effective', language)}: ${text(a.effective)}`, text(a.essence_published)]
              .filter((s) => s !== '')
              .join(PART),
          ),
      ),
      notice_url: text(notice?.url),
      dpia: !dpia ? '' : dpia.required === false ? [say('transfer.dpiaNotRequired', language), text(dpia.reason)].join(PART) : [text(dpia.reference), text(dpia.date)].join(PART),
    };
    const flows = list<unknown>(data.data_flows).filter(isRecord);
    const flowRows = flows.length === 0 ? [undefined] : flows;
    for (const flow of flowRows) {
      const row: Record<PartnershipColumn, string> = {
        ...common,
        from: flow ? partyNames(flow.from) : '',
        to: flow ? partyNames(flow.to) : '',
        data: flow ? lines(list<unknown>(flow.data).map(text)) : '',
        special: flow ? [...specialCategories(flow).map((c) => specialLabel(c as SpecialCategory, language)), ...(flow.criminal === true ? [say('transfer.mark.criminal', language)] : []), ...(flow.sensitive === true ? [say('transfer.mark.sensitive', language)] : [])].join(', ') : '',
        exception: flow ? text(flow.exception) : '',
        basis: flow ? lines(list<unknown>(flow.legal_basis).filter(isRecord).map((b) => writeBasisLine(b, language))) : '',
        necessity: flow ? text(flow.necessity) : '',
        decisions: flow?.decisions === true ? say('transfer.yes', language) : '',
      };
      rows.push(PARTNERSHIP_COLUMNS.map((c) => row[c]));
    }
  }
  return { name: say('transfer.sheet.partnerships', language), header: PARTNERSHIP_COLUMNS.map((c) => partnershipHeader(c, language)), rows };
}

/** An xlsx workbook of the sheets: bold frozen headers, wrapped text, filters; every cell a string (never a formula). */
export async function writeXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'register-check';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.header.map((h) => ({ header: h, width: Math.min(60, Math.max(12, h.length + 2)) }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row).alignment = { wrapText: true, vertical: 'top' };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One CSV field: quoted when it holds the separator, a quote or a line break; a leading =, +, -, @ protected. */
function csvField(value: string): string {
  const safe = protect(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The processing-activity sheet as CSV for Excel: ";"-separated, CRLF line ends, UTF-8 with a byte-order mark. */
export function writeCsv(sheet: Sheet): string {
  return `\ufeff${[sheet.header, ...sheet.rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** The grounds by the names the VAR API's `grondslag` lists (its description names these; "Vitaal belang" is the sixth). */
const VNG_GROUND: Record<string, string> = {
  consent: 'Toestemming betrokkene',
  contract: 'Uitvoering overeenkomst',
  'legal-obligation': 'Wettelijke verplichting',
  'vital-interest': 'Vitaal belang',
  'public-task': 'Publieke taak',
  'legitimate-interest': 'Gerechtvaardigd belang',
};

/** The VAR API's length limits (maxLength) of its text fields. */
const NAME_MAX = 242;
const DESCRIPTION_MAX = 2042;

/** What an export to the VAR API had to leave out or shorten, per activity, to say on stderr. */
export interface VngNote {
  id: string;
  kind: 'noBasis' | 'shortened';
  field: string;
}

/** A stable UUID for an activity id (name-based, SHA-1, RFC 4122 version 5 layout), so that re-exports keep their ids. */
export function activityUuid(oin: string, id: string): string {
  const hash = createHash('sha1').update(`register-check:${oin}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The register's processing activities as VAR API `Verwerkingsactiviteit` objects, and what did not fit. */
export function vngObjects(register: Register, oin: string): { objects: Data[]; notes: VngNote[] } {
  const notes: VngNote[] = [];
  const names = partnershipNames(register);
  const controllers = register.settings.organisation.controllers ?? [];
  const objects = register.processing.map((entity) => {
    const data = entity.data as Data;
    const fit = (field: string, value: string, max: number) => {
      const chars = [...value];
      if (chars.length <= max) return value;
      notes.push({ id: entity.id, kind: 'shortened', field });
      return `${chars.slice(0, max - 1).join('')}…`;
    };
    const bases = list<unknown>(data.legal_basis).filter(isRecord);
    const grounds = [...new Set(bases.map((b) => VNG_GROUND[text(b.ground)]).filter((g) => g !== undefined))];
    if (grounds.length === 0) notes.push({ id: entity.id, kind: 'noBasis', field: 'grondslag' });
    const out: Data = {
      id: activityUuid(oin, entity.id),
      naam: fit('naam', text(data.name), NAME_MAX),
      verantwoordelijkeOrganisatie: oin,
    };
    const controller = readString(data.controller);
    const body = controllers.find((c) => c.id === controller)?.name;
    if (body) out.verantwoordelijkeBestuursorgaan = fit('verantwoordelijkeBestuursorgaan', body, DESCRIPTION_MAX);
    out.doel = fit('doel', list<unknown>(data.purposes).map(text).join('; '), DESCRIPTION_MAX);
    out.grondslag = grounds.join(', ');
    const provisions = bases.map((b) => readString(b.provision)).filter((p) => p !== undefined);
    if (provisions.length > 0) out.toelichtingGrondslag = fit('toelichtingGrondslag', provisions.join('; '), DESCRIPTION_MAX);
    if (readString(data.retention)) out.bewaartermijn = fit('bewaartermijn', text(data.retention), DESCRIPTION_MAX);
    const sources = list<unknown>(data.sources)
      .filter(isRecord)
      .map((s) => (readString(s.partnership) ? (names.get(text(s.partnership)) ?? text(s.partnership)) : text(s.organisation)));
    if (sources.length > 0) out.herkomst = fit('herkomst', sources.join(', '), DESCRIPTION_MAX);
    const countries = list<unknown>(data.transfers).filter(isRecord).map((t) => text(t.country)).filter((c) => c !== '');
    out.afnemendeInternationaleDerden = countries.map((c) => fit('afnemendeInternationaleDerden', c, NAME_MAX));
    out.afnemendeCategorieOntvangers = list<unknown>(data.recipients)
      .filter(isRecord)
      .map((r) => (readString(r.partnership) ? (names.get(text(r.partnership)) ?? text(r.partnership)) : text(r.organisation)))
      .map((r) => fit('afnemendeCategorieOntvangers', r, NAME_MAX));
    out.verwerktePersoonsgegevens = list<unknown>(data.personal_data)
      .filter(isRecord)
      .map((p) => ({ naam: fit('verwerktePersoonsgegevens', text(p.category), NAME_MAX) }));
    return out;
  });
  return { objects, notes };
}
