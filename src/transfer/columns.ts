/**
 * The columns of a processing-activity spreadsheet: which register field each one carries, the header it has in
 * each language (the vocabulary's `transfer.column.<field>`), the other names municipalities give it, and how a
 * header written any which way is matched to its field in linear time.
 */

import { fold } from '../rules/helpers.js';
import { LANGUAGES, type Language } from '../types.js';
import { say } from '../report/vocabulary.js';

/** The fields a spreadsheet column can carry, in the order an export writes them. */
export const FIELDS = [
  'id',
  'name',
  'owner',
  'controller',
  'role',
  'on_behalf_of',
  'purposes',
  'legal_basis',
  'data_subjects',
  'personal_data',
  'special_data',
  'recipients',
  'sources',
  'processors',
  'processor_agreements',
  'transfers',
  'retention',
  'security',
  'dpia',
  'notice_url',
  'reviewed',
] as const;

/** A field a column can carry. */
export type Field = (typeof FIELDS)[number];

/**
 * Other headers for each field, as registers and register tools write them (the pre-filled municipal model
 * register, tool exports, English templates). Compared after {@link headerKey}, so case, spacing, punctuation
 * and accents do not matter.
 */
const ALIASES: Record<Field, readonly string[]> = {
  id: ['id', 'kenmerk', 'code', 'identifier'],
  name: ['naam', 'naam verwerking', 'naam van de verwerking', 'verwerkingsactiviteit', 'naam verwerkingsactiviteit', 'verwerkingen', 'processing', 'activity', 'name', 'processing activity name'],
  owner: ['eigenaar', 'proceseigenaar', 'verantwoordelijke medewerker', 'owner', 'process owner'],
  controller: ['verantwoordelijke', 'verantwoordelijk bestuursorgaan', 'bestuursorgaan', 'verwerkingsverantwoordelijken', 'controller', 'responsible body'],
  role: ['rol', 'rol organisatie', 'role'],
  on_behalf_of: ['namens', 'verwerker namens', 'in opdracht van', 'on behalf of'],
  purposes: ['doel', 'doelen', 'doeleinden', 'doel verwerking', 'doeleinden van de verwerking', 'doelen van de verwerking', 'verwerkingsdoel', 'verwerkingsdoeleinden', 'purpose', 'purposes', 'purposes of processing'],
  legal_basis: ['grondslag', 'grondslagen', 'rechtsgrond', 'wettelijke grondslag', 'grondslag verwerking', 'grondslag voor de verwerking', 'rechtmatigheidsgrond', 'wettelijke basis', 'juridische grondslag', 'legal basis', 'lawful basis', 'legal ground'],
  data_subjects: ['betrokkenen', 'categorie betrokkenen', 'categorieen van betrokkenen', 'data subjects', 'categories of data subjects'],
  personal_data: ['persoonsgegevens', 'categorie persoonsgegevens', 'categorieen van persoonsgegevens', 'soorten persoonsgegevens', 'personal data', 'categories of personal data'],
  special_data: ['bijzondere persoonsgegevens', 'bijzondere gegevens', 'categorie bijzondere persoonsgegevens', 'bijzondere en strafrechtelijke persoonsgegevens', 'special category data', 'special categories of personal data', 'special categories'],
  recipients: ['ontvangers', 'categorie ontvangers', 'categorieen van ontvangers', 'ontvangers van de gegevens', 'recipients', 'categories of recipients'],
  sources: ['bron', 'bronnen', 'herkomst', 'herkomst gegevens', 'source', 'sources'],
  processors: ['verwerker', 'verwerkers', 'naam verwerkers', 'processor', 'processors'],
  processor_agreements: ['verwerkersovereenkomsten', 'verwerkersovereenkomst afgesloten', 'processing agreement', 'processing agreements', 'data processing agreement'],
  transfers: ['doorgifte', 'doorgiften', 'doorgifte derde landen', 'derde landen', 'transfers', 'third countries', 'international transfers'],
  retention: ['bewaartermijnen', 'bewaren', 'termijn', 'retention', 'retention period', 'retention periods'],
  security: ['beveiliging', 'maatregelen', 'technische en organisatorische maatregelen', 'beveiligingsmaatregelen', 'security', 'security measures'],
  dpia: ['dpia', 'pia', 'dpia uitgevoerd', 'gegevensbeschermingseffectbeoordeling', 'dpia carried out', 'data protection impact assessment'],
  notice_url: ['privacyverklaring', 'privacy statement', 'privacy notice', 'link privacyverklaring'],
  reviewed: ['laatst gecontroleerd', 'datum laatste controle', 'laatst herzien', 'last reviewed', 'reviewed'],
};

/** A header reduced to its letters and digits, lower-case and without accents: "Categorieën  persoons-gegevens" → "categorieenpersoonsgegevens". */
export function headerKey(header: string): string {
  let out = '';
  for (const c of fold(header)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

/** Longest header key compared by edit distance; a longer header is matched exactly or not at all, so matching stays linear. */
const FUZZY_MAX = 60;
/** Shortest key compared by edit distance: short words are too close to each other ("rol", "id") to guess between. */
const FUZZY_MIN = 6;

let table: Map<string, Field> | undefined;

/** Every known header key and its field: the vocabulary's headers in both languages, then the aliases. */
function headerTable(): Map<string, Field> {
  if (!table) {
    table = new Map();
    for (const field of FIELDS) {
      for (const language of LANGUAGES) table.set(headerKey(columnHeader(field, language)), field);
    }
    for (const field of FIELDS) for (const alias of ALIASES[field]) if (!table.has(headerKey(alias))) table.set(headerKey(alias), field);
  }
  return table;
}

/** The header an export writes for a field, in a language. */
export function columnHeader(field: Field, language: Language): string {
  return say(`transfer.column.${field}`, language);
}

/** The field a header names: exactly after normalising, else a near miss of a known header (a typo), else undefined. */
export function matchHeader(header: string): Field | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const known = headerTable();
  const exact = known.get(key);
  if (exact) return exact;
  if (key.length < FUZZY_MIN || key.length > FUZZY_MAX) return undefined;
  const near = [...known.keys()].filter((k) => k.length >= FUZZY_MIN && withinEdits(key, k, MAX_EDITS));
  // Two known headers equally near: a guess between them would be a coin toss.
  const fields = new Set(near.map((k) => known.get(k)));
  return fields.size === 1 ? known.get(near[0]) : undefined;
}

/** Typos tolerated in a header: a letter left out, added, swapped or mistyped, twice. */
const MAX_EDITS = 2;

/** Whether `a` becomes `b` in at most `max` single-letter edits (Levenshtein, only a band of width 2·max+1 computed). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(max + 1);
    current[0] = i;
    let best = current[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length] <= max;
}

/** Whether a text is a field name a mapping file may use. */
export function isField(value: unknown): value is Field {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

/** The columns of the partnership sheet, in the order an export writes them: the partnership's own, then one data flow's. */
export const PARTNERSHIP_COLUMNS = [
  'id',
  'name',
  'owner',
  'purpose',
  'domain',
  'started',
  'ended',
  'participants',
  'agreements',
  'notice_url',
  'dpia',
  'from',
  'to',
  'data',
  'special',
  'exception',
  'basis',
  'necessity',
  'decisions',
] as const;

/** A column of the partnership sheet. */
export type PartnershipColumn = (typeof PARTNERSHIP_COLUMNS)[number];

/** The columns that describe one data flow; the others describe the partnership and repeat on each of its rows. */
export const FLOW_COLUMNS: ReadonlySet<PartnershipColumn> = new Set(['from', 'to', 'data', 'special', 'exception', 'basis', 'necessity', 'decisions']);

/** The header an export writes for a partnership column, in a language. */
export function partnershipHeader(column: PartnershipColumn, language: Language): string {
  return say(`transfer.pcolumn.${column}`, language);
}

let partnershipTable: Map<string, PartnershipColumn> | undefined;

/** The partnership column a header names, as an export writes it in either language (after {@link headerKey}), or undefined. */
export function matchPartnershipHeader(header: string): PartnershipColumn | undefined {
  if (!partnershipTable) {
    partnershipTable = new Map();
    for (const column of PARTNERSHIP_COLUMNS) for (const language of LANGUAGES) partnershipTable.set(headerKey(partnershipHeader(column, language)), column);
  }
  return partnershipTable.get(headerKey(header));
}
