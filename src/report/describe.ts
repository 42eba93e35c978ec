/** Words for findings: the one place where a finding's message id and data become text in a language. */

import { RULE_BY_ID } from '../rules/index.js';
import { render } from '../template.js';
import type { Finding, Language, RelatedLocation } from '../types.js';

/** A related location with its words. */
export interface DescribedRelated extends RelatedLocation {
  message: string;
}

/** A finding's words in one language: what is wrong, what to do, and what each related place shows. */
export interface FindingWords {
  message: string;
  fix: string;
  related: DescribedRelated[];
}

/**
 * Renders a finding in a language from its rule's templates. The data is register text and is filled in
 * as it stands: each renderer escapes the words for where they go (src/report/escape.ts).
 */
export function describeFinding(finding: Finding, language: Language): FindingWords {
  const rule = RULE_BY_ID.get(finding.rule);
  const template = rule && Object.hasOwn(rule.messages, finding.messageId) ? rule.messages[finding.messageId] : undefined;
  if (!rule || !template) throw new Error(`No message ${finding.rule}/${finding.messageId}`);
  return {
    message: render(template, language, finding.data),
    fix: render(rule.fixes?.[finding.messageId] ?? rule.fix, language, finding.data),
    related: finding.related.map((related) => {
      const text = rule.relatedMessages && Object.hasOwn(rule.relatedMessages, related.messageId) ? rule.relatedMessages[related.messageId] : undefined;
      if (!text) throw new Error(`No related message ${finding.rule}/${related.messageId}`);
      return { ...related, message: render(text, language, finding.data) };
    }),
  };
}
