/** The shape of a rule (ESLint's meta + create, markdownlint's plain module). */

import type { DocPath, Question, Severity, Bilingual } from './types.js';
import type { MessageData } from './template.js';
import type { Register, Entity, FileEntity } from './register.js';
import type { RegisterSettings } from './model.js';

/** What a rule hands to `report`; message ids are checked against the rule's messages (and related ones against `relatedMessages`). */
export interface Report<M extends string, R extends string = string> {
  messageId: M;
  /** The entity (or file) the finding is about. */
  entity: Entity | FileEntity;
  /** Path of the offending key in the entity's document; empty means the entity itself. */
  path?: DocPath;
  data?: MessageData;
  /** Extra text that makes the fingerprint unique when one path carries several findings. */
  discriminator?: string;
  /** A second place to look, as a path into another entity; its words are filled from this report's `data`. */
  related?: { entity: Entity | FileEntity; path?: DocPath; messageId: R; position?: Report<M>['position'] }[];
  /** A mechanical fix, as the new value of the key at `path` (a scalar) or a key to add. */
  suggestion?: SuggestionRequest;
  /** Where the position comes from when it is not a document path (e.g. a line of a Markdown file). */
  position?: { line: number; column: number; endLine: number; endColumn: number };
}

/** A fix the review can offer as a GitHub suggestion block. */
export type SuggestionRequest =
  | { kind: 'replace-value'; value: string }
  | { kind: 'add-key'; key: string; value: string };

/** Everything a rule may look at; "today" is an input so staleness is deterministic. */
export interface RuleContext<M extends string, R extends string = string> {
  register: Register;
  /** The register at the base of a pull request, when there is one. */
  base?: Register;
  settings: RegisterSettings;
  /** ISO date `YYYY-MM-DD`. */
  today: string;
  options: RuleOptions;
  report(report: Report<M, R>): void;
}

/** Tunables from the configuration that individual rules read. */
export interface RuleOptions {
  readabilityMinScore: number;
  maxSentenceWords: number;
}

/** A rule: metadata plus a check over the whole register. */
export interface Rule<M extends string = string, R extends string = string> {
  id: string;
  question: Question | null;
  severity: Severity;
  /** `controller` for a controller's duty: not checked for a processor's record or a partnership where the organisation is processor. */
  duty?: 'controller';
  /** One line in each language for the rule table. */
  description: Bilingual;
  /** The article or AP observation behind the rule. */
  basis: Bilingual;
  messages: Record<M, Bilingual>;
  fix: Bilingual;
  /** A fix of its own for a message whose remedy differs from the rule's usual one. */
  fixes?: Partial<Record<M, Bilingual>>;
  /** What a related location says ("also defined here"), by id; filled from the finding's data. */
  relatedMessages?: Record<R, Bilingual>;
  check(context: RuleContext<M, R>): void;
}

/** Declares a rule with typed message ids; a rule without `relatedMessages` can name no related message. */
export function defineRule<M extends string, R extends string = never>(rule: Rule<M, R>): Rule<M, R> {
  return rule;
}
