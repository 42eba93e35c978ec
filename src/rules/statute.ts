/**
 * Whether a legal-basis provision names a statute, or only an agreement between the parties.
 *
 * The AP observed that municipalities treat the partnership's own agreements (a covenant) as a
 * legal basis; Art. 6(3) GDPR wants Union or member-state law. A provision that names an act or
 * an article passes, whatever else it mentions ("Wpg, art. 20, uitgewerkt in het convenant").
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
  ].join('|'),
  'u',
);

// Abbreviations of acts a municipal register cites; only whole words, and not as the first part
// of a compound ("Wmo-aanbieders" is not the Wmo).
const ACT_ABBREVIATIONS = new Set([
  'avg', 'uavg', 'gdpr', 'awb', 'bw', 'wmo', 'wpg', 'wjsg', 'pw', 'wgs', 'wsnp', 'wvggz', 'wzd', 'wlz', 'zvw',
  'awr', 'wabo', 'bibob', 'wbp', 'wwb', 'ioaw', 'ioaz', 'wsw', 'wvw', 'wet', 'wetten', 'wetboek', 'besluit',
  'verordening', 'verordeningen', 'grondwet', 'act',
]);

type Token = { word: string; original: string; compoundHead: boolean };

const TOKEN = /[\p{L}\p{N}]+/gu;

function tokens(value: string): Token[] {
  const normal = value.normalize('NFC');
  const out: Token[] = [];
  for (const m of normal.matchAll(TOKEN)) {
    const after = normal.slice(m.index + m[0].length, m.index + m[0].length + 2);
    out.push({ word: fold(m[0]), original: m[0], compoundHead: /^-\p{L}/u.test(after) });
  }
  return out;
}

/** Whether one word names an act: "Wet", an act abbreviation, or a compound such as "Jeugdwet". */
function isActName(token: Token): boolean {
  const w = token.word;
  if (ACT_ABBREVIATIONS.has(w)) return !token.compoundHead || w === 'wet';
  // "Participatiewet", "Gemeentewet", "Leerplichtwet" — but not "Wetenschap" or "wettelijk".
  if (/^\p{L}{3,}wet(?:ten)?$/u.test(w)) return true;
  if (/wetboek$/u.test(w)) return true;
  // "Participatieverordening", "Algemene plaatselijke verordening": municipal by-laws are law too.
  if (/^\p{L}{3,}verordening(?:en)?$/u.test(w)) return true;
  return false;
}

/** Whether the text names a statute or an article of one. */
export function citesStatute(value: string): boolean {
  if (REFERENCE.test(fold(value))) return true;
  return tokens(value).some(isActName);
}

// Agreement words with their Dutch plurals; compounds ending in them count
// ("samenwerkingsafspraken", "verwerkersovereenkomst", "privacyconvenant").
const AGREEMENT_ENDING = /(?:convenant(?:en)?|covenants?|afspraak|afspraken|overeenkomst(?:en)?|protocol(?:len)?|agreements?|reglement(?:en)?)$/u;

/** The first word of the text that names an agreement, as written, or undefined. */
export function agreementWord(value: string): string | undefined {
  return tokens(value).find((t) => AGREEMENT_ENDING.test(t.word))?.original;
}

// A cheap first look: most provisions hold no agreement word at all.
const MAYBE_AGREEMENT = /convenant|covenant|afspra|overeenkomst|protocol|agreement|reglement/i;

/** The agreement word when the text cites an agreement and no statute; otherwise undefined. */
export function citesAgreementOnly(value: string): string | undefined {
  if (!MAYBE_AGREEMENT.test(value)) return undefined;
  const word = agreementWord(value);
  return word !== undefined && !citesStatute(value) ? word : undefined;
}
