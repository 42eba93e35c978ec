/**
 * Readability of a citizen notice, as the Flesch–Douma score over its Markdown source.
 *
 * Design decisions (the rule and its documentation rely on them):
 *
 * - Score: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words), rounded to one
 *   decimal and not clamped; 60–70 is roughly B1 (plain language), 70 and up is easy.
 * - Syllables come from the Dutch TeX hyphenation patterns of the `hyphen` package, not from a
 *   vowel count. `hyphen.js` hard-codes a minimum of two letters before the first and after the
 *   last break (it zeroes the levels next to both word edges), and the Dutch patterns likewise do
 *   not split off a lone vowel after a compound boundary ("hier|over", "mail|adres"). A syllable
 *   of one vowel letter is therefore never counted: "over", "idee", "eten", "Bel|gië", "ra|dio"
 *   all come out one short. Two narrow corrections add exactly those syllables back:
 *   1. a part that starts with a single vowel letter, then a consonant, and still has a vowel
 *      after that ("over" → o·ver, "idee" → i·dee, "agen|da" → a·gen·da);
 *   2. a last part that ends in a hiatus the patterns cannot break: a vowel followed by a vowel
 *      with a diaeresis ("gië" → gi·ë), or i/e followed by a final a/o ("dio" → di·o, "ria").
 *   Nothing else is corrected: plain pattern misses such as "koma" (one part) stay as they are.
 * - Words: runs of letters and digits with internal hyphens or apostrophes ("'s", "auto's",
 *   "zorg-en-veiligheidshuis"); a dotted or comma'd number ("5.1.1", "1.000,50") is one word.
 *   Every word has at least one syllable; a run of digits counts as one syllable ("2015" = 1,
 *   "5.1.1" = 3); a letter group after an apostrophe without a vowel ("auto's", "zo'n") adds
 *   none. Acronyms are hyphenated like words ("AVG" = 1), not spelled out.
 * - Sentences end at . ! ? ; … (when followed by a space, a closing quote or bracket, or the end)
 *   and at the end of every heading, list item, table cell, blank line and thematic break.
 *   Headings and list items without final punctuation are sentences too: a notice reads them as
 *   separate statements, and gluing them to the next paragraph would invent one long sentence.
 *   Soft-wrapped paragraph lines do not end a sentence.
 * - Abbreviations do not end a sentence. Those that can stand at the end of one ("enz.", "e.d.",
 *   "z.s.m.", "jl.", "lid.", dotted initials) do end it when an upper-case letter follows.
 * - Markdown: front matter, fenced code, inline code, HTML comments and tags, images, link
 *   targets, reference definitions, bare URLs and e-mail addresses are dropped; link text stays.
 *   Everything is blanked in place so offsets keep pointing at the original source.
 * - The text is untrusted and may be up to a megabyte: every pattern over it runs in linear time.
 *   Where a regular expression would backtrack over a run of spaces, brackets, backticks or
 *   letters, a scanner in markdown-scan.ts finds the same matches instead.
 *   A letter run longer than MAX_HYPHENATED_LETTERS is no word a reader meets; it is hyphenated
 *   in pieces of that length, because the hyphenator's time grows with the square of a word.
 */

import createHyphenator from 'hyphen/hyphen.js';
import dutchPatterns from 'hyphen/patterns/nl.js';
import {
  ATX_CLOSING,
  THEMATIC_BREAK,
  blank,
  blankEmails,
  blankHtmlComments,
  blankImages,
  blankInlineCode,
  blankLinks,
  blankReferenceDefinitions,
  collapseGaps,
  isTableSeparator,
} from './markdown-scan.js';

/** One sentence as the reader meets it, located so a finding can point at its line. */
export interface SentenceMeasure {
  /** The sentence without Markdown markup, whitespace collapsed. */
  text: string;
  words: number;
  syllables: number;
  /** One-based line in the Markdown source where the sentence starts. */
  line: number;
}

/** A jargon word or phrase where the reader meets it. */
export interface JargonHit {
  /** The phrase as listed in JARGON, lower case. */
  term: string;
  /** One-based line in the Markdown source where the phrase starts. */
  line: number;
}

/** The Flesch–Douma score with the counts behind it, so a finding can explain the number. */
export interface ReadabilityMeasure {
  score: number;
  /** Every word a reader meets, the unavoidable privacy terms included. */
  words: number;
  sentences: number;
  syllables: number;
  /** The words the score counts: all but the unavoidable privacy terms (PRIVACY_TERMS). */
  scoredWords: number;
  /** Rounded to two decimals for messages; the score uses the unrounded value. */
  averageSentenceWords: number;
  /** Rounded to two decimals for messages; the score uses the unrounded value. */
  averageSyllablesPerWord: number;
  longSentences: SentenceMeasure[];
  worstSentence: SentenceMeasure | null;
  /** Every jargon phrase (JARGON), in reading order. */
  jargon: JargonHit[];
}

const DEFAULT_MAX_SENTENCE_WORDS = 25;

// ---------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------

// '|' never occurs inside the letter runs we hyphenate, so splitting on it is unambiguous.
const HYPHEN_CHAR = '|';
// The default (5) leaves four-letter words such as "deze" unhyphenated.
const HYPHEN_OPTIONS = { hyphenChar: HYPHEN_CHAR, minWordLength: 1 };
const CACHE_LIMIT = 20_000;
// Longer than any Dutch compound a notice uses ("arbeidsongeschiktheidsverzekeringsmaatschappij" has 46).
const MAX_HYPHENATED_LETTERS = 100;
const syllableCache = new Map<string, number>();

/**
 * A hyphenator of our own rather than the pack's shared one: the `hyphen` package keeps every word it
 * has hyphenated in its hyphenator, without a limit. A long-running App would grow with every notice;
 * a new hyphenator, made whenever our own bounded cache is emptied, lets those words go.
 */
function dutchHyphenator(): (text: string) => string {
  return createHyphenator(dutchPatterns, HYPHEN_OPTIONS);
}
let hyphenate = dutchHyphenator();

const SEGMENT_SEPARATOR = /(['’ʼ]|[-‐‑.,])/u;
const RUN = /\p{N}+|[\p{L}\p{M}]+/gu;
const HAS_VOWEL = /[aeiouyáàâäéèêëíìîïóòôöúùûüýÿ]/u;
/** The vowel letters the two edge corrections look at; unlike HAS_VOWEL, without `y`. */
const VOWEL = /[aeiouáàâäéèêëíìîïóòôöúùûü]/u;
const NOT_VOWEL_LETTER = /[b-df-hj-np-tv-xzç]/u;
const DIAERESIS = /[äëïöü]/u;
const SOFT_HYPHEN = /\u00AD/g;
const APOSTROPHE = /['’ʼ]/u;
const DIGIT_START = /^\p{N}/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether a hyphenation part hides a leading one-letter syllable the patterns may not split off. */
function hasDetachedLeadingVowel(part: string): boolean {
  if (part.length < 3) return false;
  const first = part[0];
  const second = part[1];
  if (!VOWEL.test(first) || !NOT_VOWEL_LETTER.test(second)) return false;
  if (first === 'i' && second === 'j') return false; // "ij" is one vowel
  return HAS_VOWEL.test(part.slice(2));
}

/** Whether a word-final part ends in a hiatus that the right-edge minimum keeps unbroken. */
function hasTrailingHiatus(part: string): boolean {
  if (part.length < 2) return false;
  const last = part[part.length - 1];
  const previous = part[part.length - 2];
  if (DIAERESIS.test(last) && VOWEL.test(previous)) return true;
  return (previous === 'i' || previous === 'e') && (last === 'a' || last === 'o');
}

/** Syllables of one run of letters: pattern parts plus the two edge corrections. */
function letterRunSyllables(run: string): number {
  if (run.length > MAX_HYPHENATED_LETTERS) {
    // `hyphen` copies the rest of the word for every letter: an 80 KB "word" would take minutes.
    let count = 0;
    for (let i = 0; i < run.length; ) {
      let end = Math.min(run.length, i + MAX_HYPHENATED_LETTERS);
      if (end < run.length && isHighSurrogate(run.charCodeAt(end - 1))) end--; // never split a letter in two
      count += letterRunSyllables(run.slice(i, end));
      i = end;
    }
    return count;
  }
  const parts = hyphenate(run).split(HYPHEN_CHAR);
  let count = parts.length;
  for (const part of parts) if (hasDetachedLeadingVowel(part)) count++;
  if (hasTrailingHiatus(parts[parts.length - 1])) count++;
  return count;
}

/** Counts syllables with Dutch hyphenation patterns, because a vowel count misreads "ui", "ij" and "ieë". */
export function countSyllables(word: string): number {
  const key = word.normalize('NFKC').replace(SOFT_HYPHEN, '').toLowerCase();
  const cached = syllableCache.get(key);
  if (cached !== undefined) return cached;

  let total = 0;
  let hasContent = false;
  let afterApostrophe = false;
  for (const piece of key.split(SEGMENT_SEPARATOR)) {
    if (piece === '') continue;
    if (piece.length === 1 && SEGMENT_SEPARATOR.test(piece)) {
      afterApostrophe = APOSTROPHE.test(piece);
      continue;
    }
    let segment = 0;
    for (const match of piece.matchAll(RUN)) {
      hasContent = true;
      const run = match[0];
      segment += DIGIT_START.test(run) ? 1 : letterRunSyllables(run);
    }
    // "auto's", "zo'n": the letters after the apostrophe are not a syllable of their own.
    if (afterApostrophe && !HAS_VOWEL.test(piece)) segment = 0;
    total += segment;
    afterApostrophe = false;
  }
  const result = hasContent ? Math.max(1, total) : 0;

  if (syllableCache.size >= CACHE_LIMIT) {
    syllableCache.clear();
    hyphenate = dutchHyphenator();
  }
  syllableCache.set(key, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Markdown → plain text of the same length
// ---------------------------------------------------------------------------------------------

// A hard sentence boundary; it is a JavaScript line terminator, so `^`/`$` and `\s` treat it as one.
const BREAK = '\u2029';

const CARRIAGE_RETURN = /\r/g;
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\n[\s\S]*?\n\1[ \t]*(?=\n|$)/;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const BLANK_LINE = /^[ \t]*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]|$))?/;
const PIPE = /\|/g;

const AUTOLINK = /<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gi;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/giu;
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi;
const MARKUP_CHARS = /[*~[\]\\]|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

type LineKind = 'blank' | 'rule' | 'heading' | 'table' | 'item' | 'text';

// Kinds that end the sentence at their own end, and kinds that start a new one.
const CLOSES: ReadonlySet<LineKind> = new Set(['blank', 'rule', 'heading', 'table']);
const OPENS: ReadonlySet<LineKind> = new Set(['blank', 'rule', 'heading', 'table', 'item']);

/** Replaces block markup by spaces and turns block ends into hard sentence boundaries. */
function stripBlocks(text: string): string {
  const lines = text.split('\n');
  const kinds: LineKind[] = [];
  const quoted: boolean[] = [];
  let fence: string | null = null;
  let inTable = false;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (fence !== null) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && BLANK_LINE.test(line.slice(close[0].length))) fence = null;
      lines[i] = blank(line);
      kinds.push('blank');
      quoted.push(false);
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = open[1];
      lines[i] = blank(line);
      kinds.push('blank');
      quoted.push(false);
      inTable = false;
      continue;
    }

    const quote = QUOTE_MARKERS.exec(line);
    if (quote) line = ' '.repeat(quote[0].length) + line.slice(quote[0].length);
    quoted.push(quote !== null);

    let kind: LineKind;
    if (BLANK_LINE.test(line)) {
      kind = 'blank';
    } else if (line.includes('|') && isTableSeparator(line)) {
      kind = 'table';
      line = blank(line);
      if (i > 0 && kinds[i - 1] === 'text' && lines[i - 1].includes('|')) {
        kinds[i - 1] = 'table';
        lines[i - 1] = lines[i - 1].replace(PIPE, BREAK);
      }
      inTable = true;
    } else if (THEMATIC_BREAK.test(line)) {
      kind = 'rule';
      line = blank(line);
    } else if (ATX_HEADING.test(line)) {
      kind = 'heading';
      const marker = ATX_HEADING.exec(line)![0];
      line = ' '.repeat(marker.length) + line.slice(marker.length);
      const closing = ATX_CLOSING.exec(line);
      if (closing) line = line.slice(0, closing.index) + ' '.repeat(closing[0].length);
    } else if (line.includes('|') && (inTable || line.trimStart().startsWith('|'))) {
      kind = 'table';
      line = line.replace(PIPE, BREAK);
    } else {
      const item = LIST_ITEM.exec(line);
      if (item) line = ' '.repeat(item[0].length) + line.slice(item[0].length);
      kind = item ? 'item' : 'text';
    }
    if (kind !== 'table') inTable = false;
    lines[i] = line;
    kinds.push(kind);
  }

  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const hard = CLOSES.has(kinds[i - 1]) || OPENS.has(kinds[i]) || quoted[i - 1] !== quoted[i];
    out += (hard ? BREAK : '\n') + lines[i];
  }
  return out;
}

/** Keeps link text and drops everything else inline that a reader does not read as prose. */
function stripInline(text: string): string {
  const linked = blankLinks(blankReferenceDefinitions(blankImages(blankInlineCode(text))));
  const bare = linked.replace(AUTOLINK, blank).replace(HTML_TAG, blank).replace(BARE_URL, blank);
  return blankEmails(bare).replace(ENTITY, blank).replace(MARKUP_CHARS, blank);
}

/** The prose of a Markdown document, same length as the source, with block ends marked as BREAK. */
function toProse(markdown: string): string {
  let text = markdown.replace(CARRIAGE_RETURN, ' ');
  text = blankHtmlComments(text.replace(FRONT_MATTER, blank));
  return stripInline(stripBlocks(text));
}

// ---------------------------------------------------------------------------------------------
// Tokens and sentences
// ---------------------------------------------------------------------------------------------

// Abbreviations that never end a sentence, and those that may (then only before a capital).
const NEVER_FINAL = [
  'art', 'bijv', 'bv', 'o.a', 'd.w.z', 'm.b.t', 'nr', 't.a.v', 'i.v.m', 'stb', 'stcrt', 'jo', 'ca', 'resp',
  'dhr', 'mevr', 'mr', 'dr', 'blz', 'evt', 'incl', 'excl', 'i.p.v', 't.b.v', 'n.a.v', 'o.b.v', 'm.u.v',
  'vgl', 'zgn', 'tel',
];
const MAY_END = ['enz', 'e.d', 'z.s.m', 'jl', 'lid', 'etc', 'e.a', 'a.s', 'a.u.b'];
const MAY_END_SET: ReadonlySet<string> = new Set(MAY_END);

const ABBREVIATIONS = [...NEVER_FINAL, ...MAY_END]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\./g, '\\.'))
  .join('|');
const W = '[\\p{L}\\p{M}\\p{N}\\u00AD]';
const TOKEN = new RegExp(
  [
    `(?<![\\p{L}\\p{M}\\p{N}.])(?<abbr>(?:${ABBREVIATIONS}))\\.`,
    `(?<![\\p{L}\\p{M}\\p{N}.])(?<initials>(?:\\p{L}\\.)+)(?![\\p{L}\\p{N}])`,
    `(?<num>\\p{N}+(?:[.,]\\p{N}+)+)`,
    `(?<word>(?:['’ʼ](?=\\p{L}))?${W}+(?:['’ʼ\\-\\u2010\\u2011]${W}+)*)`,
    // The run is taken whole; whether it ends a sentence depends on what follows (END_FOLLOWER).
    `(?<end>[.!?;…]+)`,
    `(?<brk>${BREAK})`,
  ].join('|'),
  'giu',
);
const NEXT_VISIBLE = /[ \t\n]*(\S)/y;
const UPPER = /\p{Lu}/u;
// A run of . ! ? ; … ends a sentence only before a blank, a closing quote or bracket, or the end.
const END_FOLLOWER = /[\s"'”’»)\]]/u;


// ---------------------------------------------------------------------------------------------
// Jargon and the unavoidable privacy terms
// ---------------------------------------------------------------------------------------------

/**
 * Officialese a reader meets in a notice and that has an everyday word beside it ("geschiedt" →
 * "gebeurt", "ten behoeve van" → "voor", "betrokkene" → "u"). Only words that mark legal or
 * official prose: common words that are merely formal ("indien", "uitsluitend") stay off the list,
 * because one of them in an otherwise plain notice is no reason to rewrite it. Matched as whole
 * words, case-insensitively, in the text without Markdown.
 */
export const JARGON: readonly string[] = [
  // Verbs and adverbs of the statute book
  'geschiedt', 'geschieden', 'zulks', 'onverminderd', 'derhalve', 'alsmede', 'middels', 'jegens', 'krachtens',
  'ingevolge', 'teneinde', 'hetgeen', 'zijnde', 'thans', 'voornoemd', 'voornoemde', 'onderhavig', 'onderhavige',
  'vigerend', 'vigerende', 'aangaande', 'dientengevolge', 'mitsdien', 'desbetreffende', 'hieromtrent',
  'daaromtrent', 'terzake', 'behoudens', 'ambtshalve', 'juncto', 'doch',
  // The GDPR's own words for the reader and the municipality
  'betrokkene', 'betrokkenen', 'verwerkingsverantwoordelijke', 'verwerkingsverantwoordelijken',
  // Phrases
  'met inachtneming van', 'ten behoeve van', 'in het kader van', 'ten aanzien van', 'ter zake van',
  'met dien verstande', 'onder verwijzing naar', 'in voorkomend geval', 'een en ander', 'casu quo',
  // Abbreviations and citation shorthand
  'o.g.v.', 'ex art.', 'c.q.', 'i.c.', 't.b.v.', 'm.b.t.', 'jo.', 'sub',
];

/**
 * Words a privacy notice cannot avoid: the law obliges it to name the Autoriteit Persoonsgegevens and
 * the functionaris gegevensbescherming, and it is about persoonsgegevens. They are long, and a score
 * that counts them marks every honest notice as hard; the score leaves them out. They still count
 * towards a sentence's length, because the reader reads them.
 */
export const PRIVACY_TERMS: readonly string[] = [
  'persoonsgegevens', 'persoonsgegeven', 'bijzondere persoonsgegevens', 'autoriteit persoonsgegevens',
  'privacyverklaring', 'privacyverklaringen', 'privacy', 'gegevensbescherming', 'functionaris gegevensbescherming',
  'functionaris voor gegevensbescherming', 'algemene verordening gegevensbescherming', 'avg', 'uavg',
  'uitvoeringswet avg', 'burgerservicenummer', 'bsn',
];

/** The normalised key of a token, as phrases and text are compared. */
function tokenKey(token: string): string {
  return token.normalize('NFKC').replace(SOFT_HYPHEN, '').replace(/[’ʼ]/gu, "'").toLowerCase();
}

/** Phrases split into token keys the way TOKEN splits the text, indexed by their last key. */
function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const keys = [...phrase.matchAll(TOKEN)].map((m) => tokenKey(m[0]));
    const last = keys[keys.length - 1];
    index.set(last, [...(index.get(last) ?? []), keys]);
  }
  return index;
}

const JARGON_INDEX = phraseIndex(JARGON);
const PRIVACY_INDEX = phraseIndex(PRIVACY_TERMS);
/** The longest phrase in either list: the window of earlier tokens a match can reach back into. */
const WINDOW = Math.max(...[...JARGON, ...PRIVACY_TERMS].map((p) => [...p.matchAll(TOKEN)].length));

/** A token of the current sentence that a phrase may still end on. */
interface WindowToken {
  key: string;
  offset: number;
  syllables: number;
  excluded: boolean;
}

/** The phrases of `index` that end at the window's last token, as their number of tokens. */
function matchesEnding(index: Map<string, string[][]>, window: WindowToken[]): number[] {
  const found: number[] = [];
  for (const keys of index.get(window[window.length - 1].key) ?? []) {
    if (keys.length > window.length) continue;
    const from = window.length - keys.length;
    if (keys.every((key, i) => window[from + i].key === key)) found.push(keys.length);
  }
  return found;
}

/** Whether a capital follows, which is the only sign that a sentence-final abbreviation ended it. */
function capitalFollows(text: string, from: number): boolean {
  NEXT_VISIBLE.lastIndex = from;
  const next = NEXT_VISIBLE.exec(text);
  return next !== null && UPPER.test(next[1]);
}

/** Sentence text for messages: blanked markup leaves gaps, e.g. between a link label and its full stop. */
function sentenceText(raw: string): string {
  return collapseGaps(raw);
}

/** Measures how hard a notice is to read, so the rule can ask for plain Dutch (B1) where it is not. */
export function measureReadability(markdown: string, options: { maxSentenceWords?: number } = {}): ReadabilityMeasure {
  const maxSentenceWords = options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  const prose = toProse(markdown);

  const sentences: SentenceMeasure[] = [];
  let totalWords = 0;
  let totalSyllables = 0;
  // The score's counts leave out the privacy terms; a sentence of nothing else (a heading
  // "Privacyverklaring") does not count as a sentence for it either.
  let scoredWords = 0;
  let scoredSyllables = 0;
  let scoredSentences = 0;
  let sentenceScoredWords = 0;
  const jargonAt: { term: string; offset: number }[] = [];
  // The last WINDOW tokens of the current sentence: phrases never reach across a sentence end.
  let window: WindowToken[] = [];

  // Line tracking: offsets only grow, so one forward pointer over the newlines is enough.
  const lineAt = forwardLines(markdown);

  let start = -1;
  let end = -1;
  let words = 0;
  let syllables = 0;
  const finish = (): void => {
    if (words > 0) {
      sentences.push({ text: sentenceText(prose.slice(start, end)), words, syllables, line: lineAt(start) });
      totalWords += words;
      totalSyllables += syllables;
      if (sentenceScoredWords > 0) scoredSentences++;
    }
    start = -1;
    words = 0;
    syllables = 0;
    sentenceScoredWords = 0;
    window = [];
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(prose); m !== null; m = TOKEN.exec(prose)) {
    const groups = m.groups!;
    if (groups.brk !== undefined) {
      finish();
      continue;
    }
    if (groups.end !== undefined) {
      const after = prose[m.index + m[0].length];
      // No other token starts inside a run such as "a...b", so skipping the whole run loses nothing.
      if (after !== undefined && !END_FOLLOWER.test(after)) continue;
      end = m.index + m[0].length;
      finish();
      continue;
    }
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    words++;
    const tokenSyllables = countSyllables(m[0]);
    syllables += tokenSyllables;
    scoredWords++;
    scoredSyllables += tokenSyllables;
    sentenceScoredWords++;
    window.push({ key: tokenKey(m[0]), offset: m.index, syllables: tokenSyllables, excluded: false });
    if (window.length > WINDOW) window.shift();
    for (const length of matchesEnding(PRIVACY_INDEX, window)) {
      for (const token of window.slice(window.length - length)) {
        if (token.excluded) continue;
        token.excluded = true;
        scoredWords--;
        scoredSyllables -= token.syllables;
        sentenceScoredWords--;
      }
    }
    for (const length of matchesEnding(JARGON_INDEX, window)) {
      const first = window[window.length - length];
      jargonAt.push({ term: window.slice(window.length - length).map((t) => t.key).join(' '), offset: first.offset });
    }
    const mayEnd =
      groups.initials !== undefined || (groups.abbr !== undefined && MAY_END_SET.has(groups.abbr.toLowerCase()));
    if (mayEnd && capitalFollows(prose, end)) finish();
  }
  finish();

  // A longer phrase may start before a shorter one found earlier; in offset order one forward pass finds every line.
  const lineOf = forwardLines(markdown);
  const jargon = jargonAt.sort((a, b) => a.offset - b.offset).map((hit) => ({ term: hit.term, line: lineOf(hit.offset) }));

  if (scoredWords === 0) {
    return {
      score: 100,
      words: totalWords,
      sentences: sentences.length,
      syllables: totalSyllables,
      scoredWords: 0,
      averageSentenceWords: 0,
      averageSyllablesPerWord: 0,
      longSentences: sentences.filter((s) => s.words > maxSentenceWords),
      worstSentence: worstOf(sentences),
      jargon,
    };
  }

  const averageSentenceWords = scoredWords / scoredSentences;
  const averageSyllablesPerWord = scoredSyllables / scoredWords;
  const score = 206.835 - 0.93 * averageSentenceWords - 77 * averageSyllablesPerWord;

  return {
    score: round(score, 1),
    words: totalWords,
    sentences: sentences.length,
    syllables: totalSyllables,
    scoredWords,
    averageSentenceWords: round(averageSentenceWords, 2),
    averageSyllablesPerWord: round(averageSyllablesPerWord, 2),
    longSentences: sentences.filter((s) => s.words > maxSentenceWords),
    worstSentence: worstOf(sentences),
    jargon,
  };
}

/** The longest sentence, the first on a tie. */
function worstOf(sentences: SentenceMeasure[]): SentenceMeasure | null {
  let worst: SentenceMeasure | null = null;
  for (const sentence of sentences) if (worst === null || sentence.words > worst.words) worst = sentence;
  return worst;
}

/** One-based lines of offsets asked in ascending order, with one pointer over the newlines, so a text full of hits is read once. */
function forwardLines(text: string): (offset: number) => number {
  let line = 1;
  let scan = 0;
  return (offset) => {
    for (;;) {
      const newline = text.indexOf('\n', scan);
      if (newline === -1 || newline >= offset) break;
      line++;
      scan = newline + 1;
    }
    return line;
  };
}

/** Rounds half away from zero; `toPrecision` first so binary noise cannot turn 63.585 into 63.58. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(12)))) / factor;
}
