/**
 * What a legal-basis provision or an Art. 9/10 exception cites: an act, order or by-law in force,
 * the GDPR itself, a policy instrument, a repealed act, a vague phrase or an agreement.
 *
 * Art. 6(3) GDPR wants Union or member-state law; the AP observed that municipalities take the
 * partnership's own agreements (a covenant) for it. The text is untrusted: everything here works on
 * a list of words, each looked at a bounded number of times, so the time is linear in the input.
 */

import { fold } from './helpers.js';

// Letters, digits and the folded text's word edges; JavaScript's \b knows only ASCII.
const L = '\\p{L}\\p{N}';
const START = `(?<![${L}])`;
const END = `(?![${L}])`;
const ROMAN = '[ivxlc]+';
const ORDINAL = '(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)';

// Article, paragraph and sub-paragraph references. Each needs its number or letter, because
// "lid", "onder" and "sub" are ordinary words too ("lid van het team", "onder regie van", "onder 18").
const REFERENCE = new RegExp(
  [
    `${START}(?:art|artt|artikel|artikelen|article|articles|section|sections)${END}\\.?\\s*(?:\\d|${ROMAN}${END})`,
    `${START}(?:lid|leden)\\s+\\d`,
    `${START}${ORDINAL}\\s+lid${END}`,
    `${START}sub\\s+(?:[a-z]|\\d+)${END}`,
    `${START}onder\\s+(?:[a-z]${END}|\\d+\\s*°)`,
    `${START}(?:titel|hoofdstuk|paragraaf)\\s+(?:\\d|${ROMAN}${END})`,
    '§\\s*\\d',
    // "BW 7:230a", "2:4 Awb": the book-and-article form of the codes.
    `${START}\\d+:\\d`,
  ].join('|'),
  'u',
);

// An article numbered only in Roman numerals ("art. II"): the form of a covenant's own articles
// (an amending act's "Artikel I" is never a basis for processing).
const ROMAN_ARTICLE = new RegExp(`${START}(?:art|artikel)${END}\\.?\\s*${ROMAN}${END}`, 'u');
const ARABIC_ARTICLE = new RegExp(`${START}(?:art|artt|artikel|artikelen|article|section)${END}\\.?\\s*\\d`, 'u');

/** An act that no longer applies under this name: when it ended and what replaced it. */
export interface RepealedAct {
  /** The act's name as the message names it. */
  name: string;
  /** The date it ended, ISO. */
  ended: string;
  /** The date in words, per language. */
  endedText: { nl: string; en: string };
  /** The act or acts that took its place. */
  successor: string;
  /** True when the act lives on under a new name (the Wwb became the Participatiewet), not repealed. */
  renamed: boolean;
}

const JAN_2015 = { nl: '1 januari 2015', en: '1 January 2015' };

const JEUGDZORG: RepealedAct = { name: 'Wet op de jeugdzorg', ended: '2015-01-01', endedText: JAN_2015, successor: 'Jeugdwet', renamed: false };
const WWB: RepealedAct = { name: 'Wet werk en bijstand', ended: '2015-01-01', endedText: JAN_2015, successor: 'Participatiewet', renamed: true };
const WBP: RepealedAct = {
  name: 'Wet bescherming persoonsgegevens',
  ended: '2018-05-25',
  endedText: { nl: '25 mei 2018', en: '25 May 2018' },
  successor: 'AVG en UAVG',
  renamed: false,
};
const BOPZ: RepealedAct = {
  name: 'Wet Bopz',
  ended: '2020-01-01',
  endedText: { nl: '1 januari 2020', en: '1 January 2020' },
  successor: 'Wvggz en Wzd',
  renamed: false,
};
const AWBZ: RepealedAct = {
  name: 'AWBZ',
  ended: '2015-01-01',
  endedText: JAN_2015,
  successor: 'Wlz, Wmo 2015, Zvw en Jeugdwet',
  renamed: false,
};

type Mark =
  | { kind: 'repealed'; act: RepealedAct }
  | { kind: 'gdpr' }
  | { kind: 'policy' }
  | { kind: 'vague' }
  | { kind: 'act' };

// Names of several words, matched on whole folded words before single words are judged, so that
// "Algemene verordening gegevensbescherming" is the GDPR and not a by-law, and "Wet werk en
// bijstand" is the repealed act and not some "Wet". Longer names first where one starts another.
const PHRASES: [string[], Mark][] = (
  [
    ['uitvoeringswet algemene verordening gegevensbescherming', { kind: 'gdpr' }],
    ['uitvoeringswet avg', { kind: 'gdpr' }],
    ['algemene verordening gegevensbescherming', { kind: 'gdpr' }],
    ['general data protection regulation', { kind: 'gdpr' }],
    ['verordening eu 2016 679', { kind: 'gdpr' }],
    ['regulation eu 2016 679', { kind: 'gdpr' }],
    ['wet op de jeugdzorg', { kind: 'repealed', act: JEUGDZORG }],
    ['wet werk en bijstand', { kind: 'repealed', act: WWB }],
    ['wet bescherming persoonsgegevens', { kind: 'repealed', act: WBP }],
    ['wet bijzondere opnemingen in psychiatrische ziekenhuizen', { kind: 'repealed', act: BOPZ }],
    ['wet bopz', { kind: 'repealed', act: BOPZ }],
    ['algemene wet bijzondere ziektekosten', { kind: 'repealed', act: AWBZ }],
    ['wet en regelgeving', { kind: 'vague' }],
    ['besluit van het college', { kind: 'policy' }],
    ['besluit van burgemeester en wethouders', { kind: 'policy' }],
  ] as [string, Mark][]
).map(([phrase, mark]) => [phrase.split(' '), mark]);

const WORDS = new Map<string, Mark>([
  ['avg', { kind: 'gdpr' }],
  ['uavg', { kind: 'gdpr' }],
  ['gdpr', { kind: 'gdpr' }],
  ['wjz', { kind: 'repealed', act: JEUGDZORG }],
  ['wwb', { kind: 'repealed', act: WWB }],
  ['wbp', { kind: 'repealed', act: WBP }],
  ['bopz', { kind: 'repealed', act: BOPZ }],
  ['awbz', { kind: 'repealed', act: AWBZ }],
  ['regelgeving', { kind: 'vague' }],
  ['wetgeving', { kind: 'vague' }],
  ['wetten', { kind: 'vague' }],
]);

// Abbreviations of acts in force that a municipal register cites; whole words only, and not as the
// head of a compound ("Wmo-aanbieders" is not the Wmo).
const ACT_ABBREVIATIONS = new Set([
  'awb', 'bw', 'sr', 'sv', 'wmo', 'jw', 'pw', 'wpg', 'wjsg', 'wabb', 'wbrp', 'wgs', 'bgs', 'wsnp', 'wvggz', 'wzd',
  'wlz', 'zvw', 'awr', 'wabo', 'bibob', 'ioaw', 'ioaz', 'wsw', 'wvw', 'wkkgz', 'wabvpz', 'wgbo', 'apv', 'grondwet',
  'act', 'wetboek',
]);

// Words after "Wet" that show it is no name ("de wet en ...", "wet- en regelgeving").
const NOT_A_NAME_AFTER_WET = new Set(['en', 'of', 'regelgeving', 'wetgeving', 'is', 'zegt', 'schrijft', 'verplicht', 'staat']);
// Words after "Besluit" that show it is a decision, not an order in council.
const NOT_AN_ORDER_AFTER_BESLUIT = new Set(['van', 'en', 'het', 'de', 'college', 'raad', 'burgemeester']);

// Policy instruments are no law: Art. 6(3) wants a rule binding on everyone, adopted by a legislator.
const POLICY_ENDINGS = [
  'beleidsregel', 'beleidsregels', 'handreiking', 'handreikingen', 'kader', 'meldcode', 'meldcodes', 'richtlijn',
  'richtlijnen', 'collegebesluit', 'collegebesluiten', 'raadsbesluit', 'beleid', 'beleidsnota', 'werkinstructie',
  'werkwijze', 'leidraad',
];

// Agreement words with their Dutch plurals; compounds ending in them count
// ("samenwerkingsafspraken", "verwerkersovereenkomst", "privacyconvenant").
const AGREEMENT_ENDINGS = [
  'convenant', 'convenanten', 'covenant', 'covenants', 'afspraak', 'afspraken', 'overeenkomst', 'overeenkomsten',
  'protocol', 'protocollen', 'agreement', 'agreements', 'reglement', 'reglementen',
];

// Vague references to "the law" that name none: "de wet", "wettelijke taak", "wettelijk verplicht".
const VAGUE_WORDS = new Set(['wettelijk', 'wettelijke']);

type Token = { word: string; original: string; compoundHead: boolean; afterBreak: boolean };

const TOKEN = /[\p{L}\p{N}]+/gu;
const BREAK = /[,;:()/]/u;

// Words that link an instrument to the law it rests on: after them an act is named for itself
// ("Convenant Veiligheidshuis op grond van de Wpg"), not as part of the instrument's name.
const LINK_WORDS = new Set(['op', 'krachtens', 'volgens', 'ingevolge', 'conform', 'uitwerking', 'jo', 'en', 'gebaseerd', 'onder', 'bij', 'in', 'van', 'de', 'het']);

function tokens(value: string): Token[] {
  const normal = value.normalize('NFC');
  const out: Token[] = [];
  let end = 0;
  for (const m of normal.matchAll(TOKEN)) {
    const next = normal.charAt(m.index + m[0].length);
    const nextButOne = normal.charAt(m.index + m[0].length + 1);
    // Punctuation between two words ends a name: "Convenant Jeugd, Jeugdwet" names two things.
    const afterBreak = BREAK.test(normal.slice(end, m.index));
    out.push({ word: fold(m[0]), original: m[0], compoundHead: next === '-' && /\p{L}/u.test(nextButOne), afterBreak });
    end = m.index + m[0].length;
  }
  return out;
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  return endings.some((e) => word.endsWith(e));
}

/** Whether one word names an act, order or by-law in force, given the word after it. */
function isActInForce(token: Token, next: Token | undefined): boolean {
  const w = token.word;
  // The head of a compound is never the act itself: "Jeugdwet-aanbieders", "Wmo-consulent".
  if (token.compoundHead) return false;
  if (w === 'wet') return next !== undefined && !NOT_A_NAME_AFTER_WET.has(next.word);
  if (w === 'besluit') return next !== undefined && !NOT_AN_ORDER_AFTER_BESLUIT.has(next.word);
  if (w === 'verordening' || w === 'verordeningen') return true;
  if (ACT_ABBREVIATIONS.has(w)) return true;
  // "Participatiewet", "Gemeentewet", "Leerplichtwet" — but not "Wetenschap" or "wettelijk".
  if (w.length > 5 && w.endsWith('wet')) return true;
  if (w.length > 7 && w.endsWith('wetboek')) return true;
  // "Participatieverordening", "Algemene plaatselijke verordening": municipal by-laws are law too.
  if (w.length > 13 && (w.endsWith('verordening') || w.endsWith('verordeningen'))) return true;
  // "Besluit gegevensverwerking ..." is caught above; "Bijstandsbesluit", "Uitvoeringsbesluit" are orders.
  if (w.length > 9 && w.endsWith('besluit') && !w.endsWith('collegebesluit') && !w.endsWith('raadsbesluit')) return true;
  return false;
}

/** What a provision cites, the strongest thing first. */
export type ProvisionVerdict =
  /** An act, order in council or by-law in force; `article` when an article, paragraph or chapter is named. */
  | { kind: 'statute'; article: boolean }
  /** An act that ended or was renamed, and nothing in force. */
  | { kind: 'repealed'; act: RepealedAct }
  /** An agreement (or a covenant's own article) and no law in force besides the GDPR; `word` as written. */
  | { kind: 'agreement'; word: string }
  /** Only the GDPR or UAVG, which is never its own Art. 6(3) basis. */
  | { kind: 'gdpr-only' }
  /** A policy instrument (beleidsregel, meldcode, collegebesluit …) and no law; `word` as written. */
  | { kind: 'policy'; word: string }
  /** "wet- en regelgeving", "de wet", "wettelijke taak": law named by none of its names. */
  | { kind: 'vague' }
  /** An article with no act named ("art. 5.1.1"). */
  | { kind: 'article-only' }
  /** Nothing recognisable. */
  | { kind: 'unknown' };

/** What the words of a text cite, found in one pass. */
interface Found {
  inForce: boolean;
  gdpr: boolean;
  repealed?: RepealedAct;
  agreement?: string;
  policy?: string;
  vague: boolean;
}

function scan(list: Token[]): Found {
  const found: Found = { inForce: false, gdpr: false, vague: false };
  const take = (mark: Mark, original: string) => {
    if (mark.kind === 'gdpr') found.gdpr = true;
    else if (mark.kind === 'repealed') found.repealed ??= mark.act;
    else if (mark.kind === 'vague') found.vague = true;
    else if (mark.kind === 'policy') found.policy ??= original;
    else found.inForce = true;
  };
  // True while the words read are the name of an agreement or policy instrument
  // ("Beleidsregels maatwerkvoorzieningen Wmo"): an act named there is part of that name.
  let inInstrumentName = false;
  let i = 0;
  outer: while (i < list.length) {
    if (list[i].afterBreak || LINK_WORDS.has(list[i].word)) inInstrumentName = false;
    for (const [phrase, mark] of PHRASES) {
      if (i + phrase.length <= list.length && phrase.every((w, k) => list[i + k].word === w)) {
        take(mark, phrase.map((_, k) => list[i + k].original).join(' '));
        i += phrase.length;
        continue outer;
      }
    }
    const token = list[i];
    const next = list[i + 1];
    const w = token.word;
    const mark = WORDS.get(w);
    if (mark) take(mark, token.original);
    else if (isActInForce(token, next)) found.inForce ||= !inInstrumentName;
    else if (w === 'wet' || VAGUE_WORDS.has(w)) found.vague = true;
    else if (endsWithAny(w, AGREEMENT_ENDINGS)) {
      found.agreement ??= token.original;
      inInstrumentName = true;
    }
    // "in het kader van" is a phrase, not a framework document.
    else if (endsWithAny(w, POLICY_ENDINGS) && !(w === 'kader' && list[i - 1]?.word === 'het')) {
      found.policy ??= token.original;
      inInstrumentName = true;
    }
    i++;
  }
  return found;
}

/** Judges a legal-basis provision: what it cites and whether that can be an Art. 6(3) basis. */
export function classifyProvision(value: string): ProvisionVerdict {
  const found = scan(tokens(value));
  const folded = fold(value);
  if (found.inForce) return { kind: 'statute', article: REFERENCE.test(folded) };
  if (found.repealed) return { kind: 'repealed', act: found.repealed };
  if (found.agreement !== undefined) return { kind: 'agreement', word: found.agreement };
  if (found.gdpr) return { kind: 'gdpr-only' };
  // An article in Roman numerals with no act named is a covenant's own article ("art. II").
  if (ROMAN_ARTICLE.test(folded) && !ARABIC_ARTICLE.test(folded)) {
    return { kind: 'agreement', word: value.trim().slice(0, 40) };
  }
  if (found.policy !== undefined) return { kind: 'policy', word: found.policy };
  if (found.vague) return { kind: 'vague' };
  if (REFERENCE.test(folded)) return { kind: 'article-only' };
  return { kind: 'unknown' };
}

/** Whether the text names a statute (in force, repealed or the GDPR) or an article of one. */
export function citesStatute(value: string): boolean {
  const verdict = classifyProvision(value);
  return verdict.kind === 'statute' || verdict.kind === 'repealed' || verdict.kind === 'gdpr-only' || verdict.kind === 'article-only';
}

/** The first word of the text that names an agreement, as written, or undefined. */
export function agreementWord(value: string): string | undefined {
  return tokens(value).find((t) => endsWithAny(t.word, AGREEMENT_ENDINGS))?.original;
}

/** The agreement word when the text cites an agreement and no law in force; otherwise undefined. */
export function citesAgreementOnly(value: string): string | undefined {
  const verdict = classifyProvision(value);
  return verdict.kind === 'agreement' ? verdict.word : undefined;
}

/** What an Art. 9/10 exception names: the grounds found and what else it cites. */
export interface ExceptionReading {
  /** An Art. 9(2) letter or UAVG art. 22–30 (or explicit consent in words). */
  special: boolean;
  /** Art. 10 or UAVG art. 31–33 lid 1 or art. 32. */
  criminal: boolean;
  /** UAVG art. 33 lid 2 and no other criminal ground: a controller's own use, no ground to disclose. */
  ownUseOnly: boolean;
  /** An agreement word, as written, when the text names one. */
  agreement?: string;
  /** A justification from outside the GDPR that the text names ("conflict van plichten"), as written. */
  notAGround?: string;
}

// Justifications from other law that are no Art. 9(2)/10 ground: a conflict of duties may let a
// doctor break professional secrecy, but it lifts no GDPR prohibition.
const NOT_GROUNDS = ['conflict van plichten', 'conflict of duties'].map((p) => p.split(' '));

const NUMBER = /^\d+$/;
const ART_WORDS = new Set(['art', 'artt', 'artikel', 'artikelen', 'article', 'articles']);

/** Reads an exception: which Art. 9(2) / 10 or UAVG articles it names. */
export function readException(value: string): ExceptionReading {
  const list = tokens(value);
  const names = new Set(list.map((t) => t.word));
  const uavg = names.has('uavg') || (names.has('uitvoeringswet') && names.has('gegevensbescherming'));
  const otherLaw = scan(list).inForce;
  const reading: ExceptionReading = { special: false, criminal: false, ownUseOnly: false };
  let ownUse = false;
  let criminalOther = false;
  for (let i = 0; i < list.length; i++) {
    if (!ART_WORDS.has(list[i].word)) continue;
    const number = list[i + 1]?.word;
    if (number === undefined || !NUMBER.test(number)) continue;
    const n = Number(number);
    // The paragraph: "lid 2", "tweede lid", or "(2)" which tokenizes to a bare number.
    const a = list[i + 2]?.word;
    const b = list[i + 3]?.word;
    const paragraph = a === 'lid' ? b : b === 'lid' && a === 'tweede' ? '2' : b === 'lid' && a === 'eerste' ? '1' : a !== undefined && NUMBER.test(a) ? a : undefined;
    if (n === 9 && paragraph === '2' && !uavg) reading.special = true;
    else if (n === 9 && paragraph === '2' && names.has('avg')) reading.special = true;
    else if (n === 10 && (!uavg || names.has('avg') || names.has('gdpr'))) {
      reading.criminal = true;
      criminalOther = true;
    } else if ((uavg || !otherLaw) && n >= 22 && n <= 30) reading.special = true;
    else if ((uavg || !otherLaw) && n >= 31 && n <= 33) {
      reading.criminal = true;
      if (n === 33 && paragraph === '2') ownUse = true;
      else criminalOther = true;
    }
  }
  // Art. 9(2)(a) written out in words.
  if (names.has('uitdrukkelijke') && names.has('toestemming')) reading.special = true;
  if (names.has('explicit') && names.has('consent')) reading.special = true;
  reading.ownUseOnly = ownUse && !criminalOther;
  for (let i = 0; i < list.length && reading.notAGround === undefined; i++) {
    for (const phrase of NOT_GROUNDS) {
      if (i + phrase.length <= list.length && phrase.every((w, k) => list[i + k].word === w)) {
        reading.notAGround = list.slice(i, i + phrase.length).map((t) => t.original).join(' ');
      }
    }
  }
  const agreement = agreementWord(value);
  if (agreement !== undefined) reading.agreement = agreement;
  return reading;
}
