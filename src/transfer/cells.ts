/**
 * How register values are written into spreadsheet cells and read back: one item per line, parts of an item
 * separated by " — ". Export and import use the same functions, so an exported register reads back the same.
 * Every reader here is linear in the length of the cell (no regular expression that can backtrack).
 */

import { fold } from '../rules/helpers.js';
import { LANGUAGES, type Language } from '../types.js';
import { say } from '../report/vocabulary.js';
import type { LegalGround, SpecialCategory } from '../model.js';
import { classifyProvision } from '../rules/statute.js';

/** The separator between the parts of one item in a cell ("Participatiewet, art. 7 — https://…"). */
export const PART = ' — ';

/** The six grounds of GDPR Art. 6(1), by the letter the article gives them. */
export const GROUND_BY_LETTER: Record<string, LegalGround> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interest',
  e: 'public-task',
  f: 'legitimate-interest',
};

/** The Art. 9(1) categories, in the schema's order. */
export const SPECIAL_CATEGORIES: readonly SpecialCategory[] = [
  'health',
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'genetic',
  'biometric',
  'sex-life-orientation',
];

/** The lines of a cell, trimmed, without empty ones and without a leading bullet ("• ", "- ", "* "). */
export function cellLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line.length > 2 && (line[0] === '•' || line[0] === '-' || line[0] === '*') && line[1] === ' ') line = line.slice(2).trim();
    if (line !== '') out.push(line);
  }
  return out;
}

/** The parts of one line split at " — " (an en dash or a double hyphen with spaces counts too), trimmed. */
export function parts(line: string): string[] {
  return line
    .split(/ [—–] | -- /)
    .map((p) => p.trim())
    .filter((p, i) => p !== '' || i === 0);
}

/** Whether a part is a date written as YYYY-MM-DD. */
export function isDatePart(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** A folded text with every run of non-letters and non-digits made one space: what phrases are compared on. */
export function plainWords(value: string): string {
  let out = '';
  let space = false;
  for (const c of fold(value)) {
    const word = /[\p{L}\p{N}]/u.test(c);
    if (word) {
      if (space && out !== '') out += ' ';
      out += c;
      space = false;
    } else space = true;
  }
  return out;
}

/** Texts that say "none" in a column of special data or processors. */
const NONE = new Set(['nee', 'geen', 'nvt', 'n v t', 'no', 'none', 'n a', 'na', 'niet van toepassing', 'not applicable']);

/** Whether a cell or line says there is nothing ("nee", "geen", "n.v.t.", "-"). */
export function saysNone(value: string): boolean {
  const words = plainWords(value);
  return words === '' || NONE.has(words);
}

/** Whether a cell or line says yes without saying more ("ja", "yes", "x"). */
export function saysYes(value: string): boolean {
  const words = plainWords(value);
  return words === 'ja' || words === 'yes' || words === 'x' || words === 'uitgevoerd' || words === 'done';
}

// ---------------------------------------------------------------------------------------------------------------
// Legal basis: "AVG art. 6 lid 1 onder e (…) — Participatiewet, art. 7 lid 1 — https://…"

/**
 * Phrases that name one Art. 6(1) ground and nothing else, compared on {@link plainWords}. Only texts a privacy
 * officer would read the same way: "wettelijke taak" (c or e?) and a bare "overeenkomst" or "contract" (a covenant, or
 * a contract between organisations? Point (b) needs a contract with the data subject) are not here.
 */
const GROUND_PHRASES: [string, LegalGround][] = [
  ['wettelijke verplichting', 'legal-obligation'],
  ['wettelijke plicht', 'legal-obligation'],
  ['legal obligation', 'legal-obligation'],
  ['taak van algemeen belang of openbaar gezag', 'public-task'],
  ['taak van algemeen belang', 'public-task'],
  ['publiekrechtelijke taak', 'public-task'],
  ['publieke taak', 'public-task'],
  ['algemeen belang', 'public-task'],
  ['openbaar gezag', 'public-task'],
  ['public task', 'public-task'],
  ['public interest', 'public-task'],
  ['official authority', 'public-task'],
  ['toestemming van de betrokkene', 'consent'],
  ['toestemming betrokkene', 'consent'],
  ['toestemming', 'consent'],
  ['consent', 'consent'],
  ['uitvoering van een overeenkomst', 'contract'],
  ['uitvoering overeenkomst', 'contract'],
  ['overeenkomst met de betrokkene', 'contract'],
  ['performance of a contract', 'contract'],
  ['contract with the data subject', 'contract'],
  ['vitale belangen', 'vital-interest'],
  ['vitaal belang', 'vital-interest'],
  ['vital interests', 'vital-interest'],
  ['vital interest', 'vital-interest'],
  ['gerechtvaardigde belangen', 'legitimate-interest'],
  ['gerechtvaardigd belang', 'legitimate-interest'],
  ['legitimate interests', 'legitimate-interest'],
  ['legitimate interest', 'legitimate-interest'],
];

/** The cell label of a ground, as an export writes it ("AVG art. 6 lid 1 onder e (taak van algemeen belang)"). */
export function groundLabel(ground: LegalGround, language: Language): string {
  return say(`transfer.ground.${ground}`, language);
}

/** Words that say a citation is of the GDPR itself. */
const GDPR_WORDS = new Set(['avg', 'gdpr', 'agv']);

/**
 * The Art. 6(1) letters a text cites ("art. 6 lid 1 sub c", "artikel 6, eerste lid, onder e", "6(1)(e)", "6.1.c"),
 * read token by token on {@link plainWords}. Only a citation the text marks as the GDPR's (AVG/GDPR next to it, or
 * the text opening with it) counts: "Gemeentewet art. 6 lid 1 onder a" is another act's article.
 */
export function citedGroundLetters(text: string): { letters: string[]; start: number; end: number } {
  const words = plainWords(text).split(' ');
  const letters: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== '6') continue;
    let j = i + 1;
    // lid 1 | 1 (from "6(1)" or "6.1") | eerste lid | first paragraph
    if (words[j] === 'lid' && words[j + 1] === '1') j += 2;
    else if (words[j] === 'eerste' && words[j + 1] === 'lid') j += 2;
    else if (words[j] === '1') j += 1;
    else continue;
    // "aanhef en onder e": the Dutch way of citing a point of a paragraph.
    if (words.slice(j, j + 2).join(' ') === 'aanhef en') j += 2;
    if (words[j] === 'sub' || words[j] === 'onder' || words[j] === 'under' || words[j] === 'point' || words[j] === 'letter') j += 1;
    const letter = words[j];
    if (letter === undefined || letter.length !== 1 || !(letter in GROUND_BY_LETTER)) continue;
    const before = words[i - 1] === 'art' || words[i - 1] === 'artikel' || words[i - 1] === 'article' ? i - 1 : i;
    const opens = before === 0 || (before === 1 && GDPR_WORDS.has(words[0]));
    const marked = words.some((w) => GDPR_WORDS.has(w)) || words.join(' ').includes('algemene verordening gegevensbescherming');
    if (!opens && !marked) continue;
    letters.push(letter);
    if (start < 0) start = before === 1 && GDPR_WORDS.has(words[0]) ? 0 : before;
    end = j + 1;
  }
  return { letters: [...new Set(letters)], start, end };
}

/** What one line of a legal-basis cell says. */
export type BasisReading =
  | { kind: 'basis'; ground: LegalGround; provision?: string; link?: string }
  /** No ground of Art. 6(1) can be read from the line. */
  | { kind: 'unknown' }
  /** The line names more than one ground, or a phrase and a citation that disagree. */
  | { kind: 'ambiguous' };

/** The ground a line opens with by one of {@link GROUND_PHRASES}, and where the rest begins (in plain words). */
function openingPhrase(words: string): { ground: LegalGround; length: number } | undefined {
  for (const [phrase, ground] of GROUND_PHRASES) {
    if (words === phrase || words.startsWith(`${phrase} `)) return { ground, length: phrase.length };
  }
  return undefined;
}

/** The text after the first `n` words of `text` (words as {@link plainWords} counts them), as written, without leading separators. */
function afterWords(text: string, n: number): string {
  let seen = 0;
  let inWord = false;
  let i = 0;
  for (; i < text.length; i++) {
    const word = /[\p{L}\p{N}]/u.test(text[i]);
    if (word && !inWord) {
      if (seen === n) break;
      seen++;
    }
    inWord = word;
  }
  return trimSeparators(i >= text.length ? '' : text.slice(i));
}

/** A text without separators and brackets at either end. */
function trimSeparators(value: string): string {
  let a = 0;
  let b = value.length;
  const sep = (c: string) => c === ' ' || c === ':' || c === ';' || c === ',' || c === '—' || c === '–' || c === '-' || c === '\t';
  while (a < b && sep(value[a])) a++;
  while (b > a && sep(value[b - 1])) b--;
  return value.slice(a, b);
}

/** Reads one line of a legal-basis cell: its ground (only where unambiguous), the provision and a link. */
export function readBasisLine(line: string): BasisReading {
  const segments = parts(line);
  let link: string | undefined;
  if (segments.length > 1 && /^https?:\/\/\S+$/.test(segments[segments.length - 1])) link = segments.pop();
  // With " — " the first part is the ground and the rest the provision; without it, both share the line.
  const groundPart = segments.length > 1 ? segments[0] : line;
  const rest = segments.length > 1 ? segments.slice(1).join(PART) : undefined;
  const cited = citedGroundLetters(groundPart);
  const words = plainWords(groundPart);
  const phrase = openingPhrase(words);
  if (cited.letters.length > 1) return { kind: 'ambiguous' };
  if (cited.letters.length === 1) {
    const ground = GROUND_BY_LETTER[cited.letters[0]];
    // A label in brackets after the citation, as an export writes it, must agree; a phrase elsewhere is ignored.
    const labelled = groundPart.indexOf('(') >= 0 ? openingPhrase(plainWords(groundPart.slice(groundPart.lastIndexOf('(') + 1))) : undefined;
    if (labelled && labelled.ground !== ground) return { kind: 'ambiguous' };
    if (phrase && phrase.ground !== ground) return { kind: 'ambiguous' };
    let provision = rest;
    if (provision === undefined) {
      // The citation opens the line ("art. 6 lid 1 sub e AVG; Wmo 2015, art. 2.3.2"): the provision is what follows it.
      const tail = afterWords(groundPart, cited.end);
      const tailWords = plainWords(tail).split(' ');
      provision = GDPR_WORDS.has(tailWords[0] ?? '') ? afterWords(tail, 1) : tail;
      if (provision.startsWith('(') && provision.includes(')')) provision = trimSeparators(provision.slice(provision.indexOf(')') + 1));
    }
    return basis(ground, provision, link);
  }
  if (phrase) {
    const provision = rest ?? afterWords(groundPart, countWords(words.slice(0, phrase.length)));
    // A GDPR citation of another ground further on ("Wettelijke verplichting — zie AVG art. 6 lid 1 onder e") contradicts the phrase.
    const citedLater = provision === undefined ? [] : citedGroundLetters(provision).letters;
    if (citedLater.some((letter) => GROUND_BY_LETTER[letter] !== phrase.ground)) return { kind: 'ambiguous' };
    return basis(phrase.ground, provision, link);
  }
  return { kind: 'unknown' };
}

function countWords(words: string): number {
  return words.split(' ').filter((w) => w !== '').length;
}

function basis(ground: LegalGround, provision: string | undefined, link: string | undefined): BasisReading {
  const out: BasisReading = { kind: 'basis', ground };
  if (provision !== undefined && provision.trim() !== '') out.provision = provision.trim();
  if (link !== undefined) out.link = link;
  return out;
}

/** What reading a legal-basis cell may leave for the privacy officer, with the line or provision it concerns. */
export type BasisNote = 'groundUnknown' | 'groundAmbiguous' | 'noProvision' | 'noArticle';

/** The legal bases of a cell, one per line; a line without a clear ground is left out and noted, as is a missing article. */
export function readBasisCell(text: string, note: (id: BasisNote, value: string) => void): Record<string, string>[] {
  const bases: Record<string, string>[] = [];
  for (const line of cellLines(text)) {
    const reading = readBasisLine(line);
    if (reading.kind === 'unknown') note('groundUnknown', line);
    else if (reading.kind === 'ambiguous') note('groundAmbiguous', line);
    else {
      const item: Record<string, string> = { ground: reading.ground };
      if (reading.provision) item.provision = reading.provision;
      if (reading.link) item.link = reading.link;
      bases.push(item);
      // Only a legal obligation or public task must be laid down in law (GDPR Art. 6(3)); with another ground the provision is an explanation.
      const needsProvision = reading.ground === 'legal-obligation' || reading.ground === 'public-task';
      if (!reading.provision && needsProvision) note('noProvision', line);
      else if (reading.provision && needsProvision) {
        const verdict = classifyProvision(reading.provision);
        if (!(verdict.kind === 'statute' && verdict.article)) note('noArticle', reading.provision);
      }
    }
  }
  return bases;
}

/** One legal basis as a line of a cell. */
export function writeBasisLine(basisItem: { ground?: unknown; provision?: unknown; link?: unknown }, language: Language): string {
  const ground = typeof basisItem.ground === 'string' && Object.values(GROUND_BY_LETTER).includes(basisItem.ground as LegalGround) ? groundLabel(basisItem.ground as LegalGround, language) : String(basisItem.ground ?? '');
  const out = [ground];
  if (typeof basisItem.provision === 'string') out.push(basisItem.provision);
  if (typeof basisItem.link === 'string') out.push(basisItem.link);
  return out.join(PART);
}

// ---------------------------------------------------------------------------------------------------------------
// Special categories and marks: "Medische beperkingen — gezondheid — uitzondering: UAVG art. 30 lid 1 onder b"

/** The label of an Art. 9(1) category in a language ("gezondheid", "health"). */
export function specialLabel(category: SpecialCategory, language: Language): string {
  return say(`transfer.special.${category}`, language);
}

/** What a marks part says: categories, criminal, sensitive; undefined when a word in it is none of these. */
export function readMarks(part: string): { special: SpecialCategory[]; criminal: boolean; sensitive: boolean } | undefined {
  const out = { special: [] as SpecialCategory[], criminal: false, sensitive: false };
  for (const raw of part.split(',')) {
    const words = plainWords(raw);
    if (words === '') continue;
    const category = SPECIAL_CATEGORIES.find((c) => LANGUAGES.some((l) => plainWords(specialLabel(c, l)) === words));
    if (category) out.special.push(category);
    else if (LANGUAGES.some((l) => plainWords(say('transfer.mark.criminal', l)) === words)) out.criminal = true;
    else if (LANGUAGES.some((l) => plainWords(say('transfer.mark.sensitive', l)) === words)) out.sensitive = true;
    else return undefined;
  }
  return out.special.length + Number(out.criminal) + Number(out.sensitive) > 0 ? out : undefined;
}

/** The exception a part names after "uitzondering:" / "exception:", or undefined. */
export function readExceptionPart(part: string): string | undefined {
  for (const language of LANGUAGES) {
    const prefix = `${say('transfer.mark.exception', language)}:`;
    if (part.toLowerCase().startsWith(prefix.toLowerCase())) return part.slice(prefix.length).trim();
  }
  return undefined;
}

/**
 * Keywords by which a line in the special-data column of a spreadsheet that is not an export names its Art. 9 or
 * Art. 10 kind ("Gezondheidsgegevens", "strafrechtelijke gegevens"); a line with none or with several is reported.
 */
const SPECIAL_KEYWORDS: [string, SpecialCategory | 'criminal'][] = [
  ['gezondheid', 'health'],
  ['medisch', 'health'],
  ['health', 'health'],
  ['etnisch', 'racial-ethnic-origin'],
  ['ethnic', 'racial-ethnic-origin'],
  ['politiek', 'political-opinions'],
  ['political', 'political-opinions'],
  ['religi', 'religious-beliefs'],
  ['levensbeschouw', 'religious-beliefs'],
  ['vakbond', 'trade-union'],
  ['trade union', 'trade-union'],
  ['genetisch', 'genetic'],
  ['genetic', 'genetic'],
  ['biometrisch', 'biometric'],
  ['biometric', 'biometric'],
  ['seksu', 'sex-life-orientation'],
  ['sexual', 'sex-life-orientation'],
  ['strafrechtelijk', 'criminal'],
  ['justitieel', 'criminal'],
  ['justitiele', 'criminal'],
  ['criminal', 'criminal'],
];

/** The one Art. 9 category or Art. 10 kind a free text names by keyword, or undefined when none or several. */
export function specialKeyword(text: string): SpecialCategory | 'criminal' | undefined {
  const words = plainWords(text);
  const found = new Set(SPECIAL_KEYWORDS.filter(([keyword]) => words.includes(keyword)).map(([, kind]) => kind));
  return found.size === 1 ? [...found][0] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers

/** A kebab-case id made from a name: accents dropped, lower case, words joined by hyphens, at most 60 characters. */
export function kebabId(name: string, max = 60): string {
  const words = plainWords(name).split(' ').filter((w) => w !== '');
  let out = '';
  for (const word of words) {
    const ascii = [...word].filter((c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')).join('');
    if (ascii === '') continue;
    const next = out === '' ? ascii : `${out}-${ascii}`;
    if (next.length > max) {
      if (out === '') out = ascii.slice(0, max);
      break;
    }
    out = next;
  }
  return out;
}

/** Whether a text is a kebab-case id as the schemas require. */
export function isKebabId(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** The id in a trailing "(id)" of a line ("Zorg- en Veiligheidshuis (zorg-en-veiligheidshuis)"), and the text before it. */
export function trailingId(line: string): { text: string; id?: string } {
  const trimmed = line.trim();
  if (!trimmed.endsWith(')')) return { text: trimmed };
  const open = trimmed.lastIndexOf('(');
  const inner = trimmed.slice(open + 1, -1).trim();
  return open > 0 && isKebabId(inner) ? { text: trimmed.slice(0, open).trim(), id: inner } : { text: trimmed };
}

/** The text after a "prefix:" in either language (case-insensitive), or undefined. */
export function afterPrefix(line: string, phrase: 'transfer.prefix.partnership' | 'transfer.prefix.organisation'): string | undefined {
  for (const language of LANGUAGES) {
    const prefix = `${say(phrase, language)}:`;
    if (line.toLowerCase().startsWith(prefix.toLowerCase())) return line.slice(prefix.length).trim();
  }
  return undefined;
}

/** A DPIA cell: "reference — YYYY-MM-DD", or "Niet nodig — reason"; undefined when it says neither. */
export function readDpiaCell(text: string): Record<string, unknown> | undefined {
  const [first, ...rest] = parts(text.trim());
  const notRequired = LANGUAGES.some((l) => plainWords(say('transfer.dpiaNotRequired', l)) === plainWords(first));
  if (notRequired) return rest.length > 0 ? { required: false, reason: rest.join(' — ') } : undefined;
  if (rest.length === 1 && isDatePart(rest[0]) && !saysYes(first) && !saysNone(first)) return { reference: first, date: rest[0] };
  return undefined;
}
