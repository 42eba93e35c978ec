import { beforeAll, describe, expect, it } from 'vitest';
import { checkRegister, type CheckResult } from '../src/check.js';
import { loadRegister } from '../src/load.js';
import { MemorySource, type MemoryFile } from '../src/source.js';
import { countSyllables, measureReadability } from '../src/readability.js';
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
} from '../src/markdown-scan.js';
import { catchAll, openList } from '../src/rules/vague-recipient.js';
import { vagueCategory } from '../src/rules/data-category-vague.js';
import { retentionIsSpecific } from '../src/rules/retention-vague.js';
import { partnershipForm } from '../src/rules/recipient-is-partnership.js';
import { citesAgreementOnly, citesStatute, classifyProvision, readException } from '../src/rules/statute.js';
import { placeholderIn } from '../src/rules/placeholder-value.js';
import {
  ADVERSARIAL_CASES,
  NOTICE_PATH,
  PROCESSING_PATH,
  REGISTER_YML,
  VALUE_SIZE,
  processingWith,
  prose,
  repeatTo,
  type AdversarialCase,
} from './support/adversarial-inputs.js';

// A crafted input passes when it takes at most RATIO times its benign twin plus FLOOR_MS. Linear
// code stays within 1–3 times; the patterns this replaced took 20 to 10,000 times (seconds to
// hours). The floor keeps a fast benign time from making the ratio flaky on a loaded machine.
const RATIO = 20;
const FLOOR_MS = 250;
const TODAY = '2026-06-01';

/** The fastest of up to `tries` runs; stops early once a run is within `enough`, and after one run far past it. */
async function fastest(run: () => unknown, tries: number, enough = 0): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
    // A run within the bound settles it; a run ten times past it will not come back within it.
    if (best <= enough || (enough > 0 && best > 10 * enough)) break;
  }
  return best;
}

/** The register around one hostile file, as the CLI, the Action and the App would read it. */
function sourceWith(place: AdversarialCase['place'], text: string): MemorySource {
  const encoder = new TextEncoder();
  const files: Record<string, string> = {
    'register.yml': REGISTER_YML,
    [PROCESSING_PATH]: place === 'processing' ? text : processingWith(),
    [NOTICE_PATH]: place === 'notice' ? text : 'Wij gebruiken uw gegevens alleen voor de aanvraag.\n',
  };
  return new MemorySource(new Map(Object.entries(files).map(([p, t]): [string, MemoryFile] => [p, { type: 'file', bytes: encoder.encode(t) }])));
}

/** Loads and checks with every rule: the real path of register text. */
async function check(place: AdversarialCase['place'], text: string): Promise<CheckResult> {
  const register = await loadRegister(sourceWith(place, text));
  return checkRegister(register, { today: TODAY });
}

// Benign twins of one place and (nearly) one size cost the same; measure one of them once.
const benignTimes = new Map<string, Promise<number>>();
const sizeKey = (text: string) => Math.round(text.length / 10_000);
function benignTime(key: string, run: () => unknown): Promise<number> {
  let time = benignTimes.get(key);
  if (!time) {
    time = fastest(run, 2);
    benignTimes.set(key, time);
  }
  return time;
}

/** Asserts that `crafted` stays within the bound set by `benign`, naming both times when it does not. */
async function expectWithinBound(name: string, benignKey: string, benign: () => unknown, crafted: () => unknown): Promise<void> {
  const benignMs = await benignTime(benignKey, benign);
  const bound = RATIO * benignMs + FLOOR_MS;
  const craftedMs = await fastest(crafted, 3, bound);
  expect(craftedMs, `${name}: ${craftedMs.toFixed(0)} ms, benign ${benignMs.toFixed(0)} ms, bound ${bound.toFixed(0)} ms`).toBeLessThanOrEqual(bound);
}

beforeAll(async () => {
  // The first check compiles the schemas; no case should pay for that.
  await check('processing', processingWith());
});

describe('hostile register text through loadRegister and checkRegister', () => {
  it.each(ADVERSARIAL_CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    await expectWithinBound(name, `${c.place}:${sizeKey(c.benign)}`, () => check(c.place, c.benign), () => check(c.place, c.crafted));
  });

  it('reaches the code it attacks', async () => {
    // The loader cases must fail to parse and be located, or they test nothing.
    const byName = new Map(ADVERSARIAL_CASES.map((c) => [c.name, c]));
    const rulesOf = async (name: string) =>
      (await check('processing', byName.get(name)!.crafted)).findings.map((f) => `${f.rule} ${f.line}-${f.endLine}`);
    expect(await rulesOf('unclosed quote followed by spaces')).toContain('yaml-syntax 2-2');
    expect(await rulesOf('run of blanks in a broken file')).toContain('yaml-syntax 3-3');
    expect(await rulesOf('brackets nested far past the limit')).toEqual(['yaml-syntax 2-2']);
    expect(await rulesOf('lists nested far past the limit')).toEqual(['yaml-syntax 3-3']);
    // A list item spanning two lines is marked on its first line only, up to its last non-blank.
    expect(await rulesOf('run of blanks on the first line of a list item')).toContain('legal-basis-provision-missing 7-7');
  });
});

// Values a rule helper reads directly, each against prose of the same length.
const VALUES: [string, string][] = [
  ['a word, blanks, a word', `politie${' '.repeat(VALUE_SIZE)}x`],
  ['many words between wide gaps', repeatTo(`politie${' '.repeat(200)}`, VALUE_SIZE)],
  ['many spaced words', repeatTo('politie en andere ', VALUE_SIZE)],
  ['blanks then a conjunction', `${' '.repeat(VALUE_SIZE)}en/of derden`],
  ['article words without numbers', repeatTo('art lid onder sub titel ', VALUE_SIZE)],
  ['article word then blanks', `artikel${' '.repeat(VALUE_SIZE)}x`],
  ['one long word', `convenant${'a'.repeat(VALUE_SIZE)}`],
  ['unclosed slots', repeatTo('[a <b ', VALUE_SIZE)],
  ['x-run glued to a word', `${'x'.repeat(VALUE_SIZE)}a`],
  ['roman numerals glued to a word', `art ${'i'.repeat(VALUE_SIZE)}a`],
  ['phrase starts that never finish', repeatTo('wet op de wet werk en algemene verordening ', VALUE_SIZE)],
  ['article numbers with paragraphs', repeatTo('art. 9 lid 2 art 33 (2) ', VALUE_SIZE)],
  ['instrument names with acts and breaks', repeatTo('Convenant Wmo, beleidsregel Jw; ', VALUE_SIZE)],
  ['digits then a colon', `${'1'.repeat(VALUE_SIZE)}:a`],
  ['punctuation between words', repeatTo('a,;:()/', VALUE_SIZE)],
  ['half a non-ground, repeated', repeatTo('conflict van conflict ', VALUE_SIZE)],
  ['digits with separators, no unit', repeatTo('1.2,3 ', VALUE_SIZE)],
  ['number words without a unit', repeatTo('een twee zes ', VALUE_SIZE)],
  ['event words without an event', repeatTo('na de na het after the ', VALUE_SIZE)],
  ['open-list starts that never finish', repeatTo('onder o.a zoals bedoeld e.d ', VALUE_SIZE)],
  ['partnership words glued', repeatTo('wijkteamnetwerkriec', VALUE_SIZE)],
  ['half partnership phrases', repeatTo('zorg en veilig sociaal ', VALUE_SIZE)],
  ['letters before netwerk that never end', `${'n'.repeat(VALUE_SIZE)}etwer`],
  ['placeholder brackets left open', repeatTo('(PM (n.t.b. : nog ', VALUE_SIZE)],
];

const HELPERS: [string, (value: string) => unknown][] = [
  ['catchAll', catchAll],
  ['citesStatute', citesStatute],
  ['citesAgreementOnly', citesAgreementOnly],
  ['classifyProvision', classifyProvision],
  ['readException', readException],
  ['placeholderIn', placeholderIn],
  ['openList', openList],
  ['vagueCategory', vagueCategory],
  ['retentionIsSpecific', retentionIsSpecific],
  ['partnershipForm', partnershipForm],
  ['countSyllables', countSyllables],
  ['measureReadability', (value) => measureReadability(value)],
];

describe('rule helpers on hostile values', () => {
  it.each(HELPERS)('%s', async (helper, run) => {
    for (const [name, value] of VALUES) {
      const benign = prose(value.length);
      await expectWithinBound(`${helper} on ${name}`, `${helper}:${sizeKey(benign)}`, () => run(benign), () => run(value));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The scanners find exactly what the expressions they replace found
// ---------------------------------------------------------------------------------------------

// The expressions as they were; quadratic on long input, exact on the short strings used here.
const ORIGINAL = {
  htmlComment: /<!--[\s\S]*?-->/g,
  inlineCode: /(`+)[\s\S]*?\1/g,
  image: /!\[[^\]\n\u2029]*\](?:\([^)\n\u2029]*\)|\[[^\]\n\u2029]*\])?/g,
  referenceDefinition: /^[ \t]{0,3}\[[^\]\n\u2029]+\]:.*$/gm,
  link: /\[([^\]\n\u2029]*)\](\([^)\n\u2029]*\)|\[[^\]\n\u2029]*\])/g,
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  tableSeparator: /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$/,
  thematicBreak: /^ {0,3}(?:=+|(?:-[ \t]*){2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$/,
  atxClosing: /[ \t]+#+[ \t]*$/,
  spaceBeforePunctuation: /\s+(?=[.,;:!?…)])/g,
};

/** Deterministic random strings over `alphabet`, so a failure names an input that reproduces. */
function* randomTexts(alphabet: string[], count: number, maxParts: number): Generator<string> {
  let seed = 20_260_601;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + Math.floor(next() * maxParts);
    for (let j = 0; j < parts; j++) text += alphabet[Math.floor(next() * alphabet.length)];
    yield text;
  }
}

/** Every input on which `actual` and `expected` disagree, with both answers. */
function disagreements<T>(texts: Iterable<string>, actual: (text: string) => T, expected: (text: string) => T): [string, T, T][] {
  const out: [string, T, T][] = [];
  for (const text of texts) {
    const a = actual(text);
    const e = expected(text);
    if (JSON.stringify(a) !== JSON.stringify(e)) out.push([text, a, e]);
  }
  return out;
}

const COUNT = 4000;
const LINE_BREAKS = ['\n', '\u2029', '\u2028', '\r'];

describe('the linear scanners match the expressions they replace', () => {
  it('HTML comments', () => {
    const texts = randomTexts(['<!--', '-->', '<!-->', '-', '>', 'a', '\n', '\u2029'], COUNT, 12);
    expect(disagreements(texts, blankHtmlComments, (t) => t.replace(ORIGINAL.htmlComment, blank))).toEqual([]);
  });

  it('inline code', () => {
    const texts = randomTexts(['`', '``', '```', 'a', ' ', '\n', '\u2029'], COUNT, 16);
    expect(disagreements(texts, blankInlineCode, (t) => t.replace(ORIGINAL.inlineCode, blank))).toEqual([]);
  });

  it('images', () => {
    const texts = randomTexts(['![', '[', ']', '(', ')', '!', 'a', ' ', ...LINE_BREAKS], COUNT, 14);
    expect(disagreements(texts, blankImages, (t) => t.replace(ORIGINAL.image, blank))).toEqual([]);
  });

  it('reference definitions', () => {
    const texts = randomTexts(['[', ']', ':', ']:', 'a', ' ', '\t', '  ', ...LINE_BREAKS], COUNT, 14);
    expect(disagreements(texts, blankReferenceDefinitions, (t) => t.replace(ORIGINAL.referenceDefinition, blank))).toEqual([]);
  });

  it('links', () => {
    const texts = randomTexts(['[', ']', '(', ')', '](', '][', 'a', ' ', ...LINE_BREAKS], COUNT, 14);
    const original = (t: string) =>
      t.replace(ORIGINAL.link, (whole: string, label: string) => ' ' + label + blank(whole.slice(label.length + 1)));
    expect(disagreements(texts, blankLinks, original)).toEqual([]);
  });

  it('e-mail addresses', () => {
    const texts = randomTexts(['a', 'é', '𝐀', '1', '.', '@', '-', '_', '%', '+', ' ', '\u0301', '\n'], COUNT, 14);
    expect(disagreements(texts, blankEmails, (t) => t.replace(ORIGINAL.email, blank))).toEqual([]);
  });

  it('table separators', () => {
    const texts = randomTexts(['|', '-', '--', ':', ' ', '\t', 'a'], COUNT, 10);
    expect(disagreements(texts, isTableSeparator, (t) => ORIGINAL.tableSeparator.test(t))).toEqual([]);
  });

  it('thematic breaks', () => {
    const texts = randomTexts(['-', '*', '_', '=', ' ', '\t', 'a'], COUNT, 10);
    expect(disagreements(texts, (t) => THEMATIC_BREAK.test(t), (t) => ORIGINAL.thematicBreak.test(t))).toEqual([]);
  });

  it('closing hashes of a heading', () => {
    const texts = randomTexts(['#', ' ', '\t', 'a'], COUNT, 10);
    const where = (pattern: RegExp) => (t: string) => {
      const m = pattern.exec(t);
      return m ? [m.index, m[0].length] : null;
    };
    expect(disagreements(texts, where(ATX_CLOSING), where(ORIGINAL.atxClosing))).toEqual([]);
  });

  it('gaps in a sentence', () => {
    const texts = randomTexts([' ', '  ', '\n', '\u2029', '\u00a0', 'a', '.', ',', '…', ')', '!'], COUNT, 12);
    const original = (t: string) => t.replace(ORIGINAL.spaceBeforePunctuation, '').replace(/\s+/g, ' ').trim();
    expect(disagreements(texts, collapseGaps, original)).toEqual([]);
  });
});
