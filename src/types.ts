/** Shared vocabulary of the core: findings, severities, questions, paths. */

/** Languages every user-facing text is written in; Dutch is the default. */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** Whether a value (an option, an input) names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The same words in every supported language: a message, a label, a path as people read it. */
export type Bilingual = Record<Language, string>;

/** How serious a finding is (configuration may also say `off`). */
export type Severity = 'error' | 'warning' | 'notice';

/** The three questions of the Dutch data protection authority's leaflet. */
export type Question = 'Q1' | 'Q2' | 'Q3';

/** What kind of file or entity a finding belongs to. */
export type EntityKind = 'register' | 'processing' | 'partnership' | 'notice' | 'config' | 'file';

/** A reference to the entity a finding is about. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
}

/** A path into a YAML document: keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** A one-based line and column range in a file. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A second place a finding points at ("also defined here"); its words are the rule's `relatedMessages[messageId]`. */
export interface RelatedLocation extends Position {
  file: string;
  messageId: string;
}

/** A mechanical fix: replace the lines of a range with new text. */
export interface Suggestion {
  /** First and last line (one-based, inclusive) that the replacement takes the place of. */
  startLine: number;
  endLine: number;
  replacement: string;
}

/** One positioned message about a register file, as data: words are chosen at the edge (src/report/describe.ts). */
export interface Finding extends Position {
  rule: string;
  /** Which of the rule's messages this is. */
  messageId: string;
  /** The values the message's placeholders are filled with (register text, unescaped). */
  data: Record<string, string | number | Bilingual>;
  severity: Severity;
  file: string;
  entity: EntityRef;
  question: Question | null;
  fingerprint: string;
  /** Path in the document that the finding is about (basis of the fingerprint). */
  path: DocPath;
  related: RelatedLocation[];
  suggestion?: Suggestion;
  /** Set when compared against a base version: false when the finding existed there already. */
  new?: boolean;
}

/** Counts over a check. */
export interface Summary {
  files: number;
  entities: number;
  errors: number;
  warnings: number;
  notices: number;
}

/** Whether a finding is new: no base to compare with, or not found in the base. */
export function isNew(finding: Finding): boolean {
  return finding.new !== false;
}

/** Findings split into new ones and ones the base had already, each in their order. */
export function partitionByNew<F extends Finding>(findings: readonly F[]): { fresh: F[]; existing: F[] } {
  const fresh: F[] = [];
  const existing: F[] = [];
  for (const finding of findings) (isNew(finding) ? fresh : existing).push(finding);
  return { fresh, existing };
}
