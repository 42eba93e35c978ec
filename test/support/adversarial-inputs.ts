/**
 * Hostile register text for test/adversarial.test.ts: each crafted file comes with a benign file
 * of the same size in the same place, so the test can bound the crafted time as a ratio.
 * Plain strings only (no imports from src/), so the same inputs can be timed against any build.
 */

/** The loader's limit per file (DEFAULT_LIMITS.maxFileBytes). */
export const FILE_LIMIT = 1024 * 1024;
/** The size of a crafted value: the issue's 80 KB, rounded up. */
export const VALUE_SIZE = 100_000;

/** Where the crafted text goes: the whole notice file, the whole processing file, or one value in it. */
export type Place = 'notice' | 'processing';

/** One adversarial input and its benign twin. */
export interface AdversarialCase {
  name: string;
  place: Place;
  crafted: string;
  benign: string;
}

/** The register around the crafted file: valid, small, with one notice the processing file names. */
export const REGISTER_YML = `organisation:
  name: Gemeente Proefstad
  kind: municipality
  dpo: fg@proefstad.nl
review_interval_months: 12
`;
export const PROCESSING_PATH = 'processing/aanval.yml';
export const NOTICE_PATH = 'notices/aanval.md';

// Real notice prose, so the benign twin costs what a long honest notice costs.
const PROSE = [
  'Heeft u hulp nodig bij zorg, opvoeden, geld of wonen? Dan helpt het buurtteam u.',
  'Op deze pagina leest u wat wij met uw gegevens doen.',
  'Wij gebruiken uw naam, adres en geboortedatum, en soms ook uw burgerservicenummer.',
  'Wij vragen alleen wat nodig is om u te helpen; lees meer op www.proefstad.nl of mail privacy@proefstad.nl.',
  'Een medewerker van de gemeente leest het advies en neemt het besluit (Jeugdwet, art. 7.4.0 lid 1).',
].join(' ');

/** `unit` repeated and cut to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Ordinary prose of exactly `size` characters. */
export function prose(size: number): string {
  return repeatTo(`${PROSE} `, size);
}

/** Notice prose in paragraphs, so its lines look like a real Markdown file. */
function noticeProse(size: number): string {
  return repeatTo(`${PROSE}\n${PROSE}\n\n`, size);
}

/** The values of the processing file that a case may replace. */
export interface ProcessingValues {
  name?: string;
  organisation?: string;
  provision?: string;
  url?: string;
  retention?: string;
}

/** A valid processing file with the given values, each quoted as JSON (which is valid YAML). */
export function processingWith(values: ProcessingValues = {}): string {
  const q = (value: string | undefined, fallback: string) => JSON.stringify(value ?? fallback);
  return `id: aanval
name: ${q(values.name, 'Verwerking aanval')}
owner: proefstad/team-privacy
purposes:
  - Uitvoeren van de aanval
legal_basis:
  - ground: public-task
    provision: ${q(values.provision, 'Gemeentewet, art. 160')}
data_subjects:
  - Inwoners
personal_data:
  - category: NAW-gegevens
recipients:
  - organisation: ${q(values.organisation, 'Belastingdienst')}
retention: ${q(values.retention, '7 jaar')}
notice:
  url: ${q(values.url, 'https://www.proefstad.nl/privacy/aanval')}
  file: ${NOTICE_PATH}
  updated: 2026-01-15
  contact: privacy@proefstad.nl
reviewed: 2026-02-01
`;
}

/** A notice file case: the crafted text against prose of the same size. */
function notice(name: string, crafted: string): AdversarialCase {
  return { name, place: 'notice', crafted, benign: noticeProse(crafted.length) };
}

/** A value case: one field of the processing file crafted, against prose in the same field. */
function value(name: string, field: keyof ProcessingValues, crafted: string): AdversarialCase {
  return {
    name,
    place: 'processing',
    crafted: processingWith({ [field]: crafted }),
    benign: processingWith({ [field]: prose(crafted.length) }),
  };
}

/** A raw processing file case: the crafted text is the whole file, the benign one a valid file padded with prose. */
function rawProcessing(name: string, crafted: string): AdversarialCase {
  const base = processingWith({ name: '' });
  const benign = processingWith({ name: prose(Math.max(0, crafted.length - base.length)) });
  return { name, place: 'processing', crafted, benign };
}

const N = VALUE_SIZE;
// The loader's limit: a pattern quadratic with a small constant shows only at this size.
const BIG = FILE_LIMIT - 1024;
const blanks = (n: number) => ' '.repeat(n);

/** Every adversarial input; the name says what it attacks. */
export const ADVERSARIAL_CASES: AdversarialCase[] = [
  // The loader and the locator: trailing-blank trimming (/\s+$/) over runs of blanks.
  rawProcessing('unclosed quote followed by spaces', `id: aanval\nname: "Kapot${blanks(N)}x\nowner: proefstad/team-privacy\n`),
  rawProcessing('run of blanks in a broken file', `# a${blanks(N)}b\nid: aanval\nname: [kapot\n`),
  rawProcessing(
    'run of blanks on the first line of a list item',
    processingWith().replace('  - ground: public-task\n    provision: "Gemeentewet, art. 160"\n', `  - ground: public-task # a${blanks(N)}b\n    link: https://wetten.overheid.nl\n`),
  ),
  // The loader's nesting limit: one walk over the syntax tree, however deep the brackets or the lists go.
  rawProcessing('brackets nested far past the limit', `id: aanval\npersonal_data: ${'['.repeat(N / 2)}x${']'.repeat(N / 2)}\n`),
  rawProcessing('lists nested far past the limit', `id: aanval\npersonal_data:\n  ${'- '.repeat(N / 2)}x\n`),
  // Rules over values.
  value('recipient: name, blanks, name', 'organisation', `Politie${blanks(N)}x`),
  value('recipient: many words between wide gaps', 'organisation', repeatTo(`politie${blanks(200)}`, N)),
  value('recipient: many spaced conjunctions', 'organisation', repeatTo('politie en ', N)),
  value('provision: article words without numbers', 'provision', repeatTo('art lid onder sub titel ', N)),
  value('provision: a word, blanks, a word', 'provision', `convenant${blanks(N)}x`),
  value('provision: one long word', 'provision', `convenant${'a'.repeat(N)}`),
  value('name: unclosed template slots', 'name', repeatTo('[a ', N)),
  value('name: unclosed angle slots', 'name', repeatTo('<a ', N)),
  value('name: x-run glued to a word', 'name', `${'x'.repeat(N)}a`),
  value('retention: blanks then a non-answer', 'retention', `${blanks(N)}x`),
  value('notice url: a long host', 'url', `http://${'a'.repeat(N)}!`),
  // Notices: every Markdown pattern the readability measure strips, and its sentence logic.
  notice('notice: one long word', 'a'.repeat(N)),
  notice('notice: one long word with dots', `${repeatTo('a.', N)}b`),
  notice('notice: underscores inside a word', `a${'_'.repeat(N)}a`),
  notice('notice: a long number', `${'1'.repeat(N)}.`),
  notice('notice: run of @', repeatTo('@', N)),
  notice('notice: run of a@', repeatTo('a@', N)),
  notice('notice: run of [', repeatTo('[', N)),
  notice('notice: run of ](', repeatTo('](', N)),
  notice('notice: run of ![', repeatTo('![', N)),
  notice('notice: run of [a](', repeatTo('[a](', BIG)),
  notice('notice: run of ![a](', repeatTo('![a](', BIG)),
  notice('notice: backtick runs', `a${'`'.repeat(1000)}${repeatTo(`${'`'.repeat(999)}a`, N)}`),
  notice('notice: run of backticks', `a${'`'.repeat(BIG)}`),
  notice('notice: run of <!--', repeatTo('<!--', BIG)),
  notice('notice: run of " ."', repeatTo(' .', N)),
  notice('notice: run of http://', repeatTo('http://', N)),
  notice('notice: run of dots inside a word', `a${'.'.repeat(N)}a`),
  notice('notice: blanks before a table pipe', `${blanks(N)}|`),
  notice('notice: blanks after a table separator', `|-|-${blanks(N)}x`),
  notice('notice: blanks after a thematic break', `--${blanks(N)}x`),
  notice('notice: blanks inside a heading', `# a${blanks(N)}b`),
  notice('notice: unclosed reference definitions', repeatTo('[\u2028', N)),
  notice('notice: blanks inside a sentence', `a${blanks(N)}b`),
];
