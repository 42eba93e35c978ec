/** Every rule, listed by hand and sorted by id; nothing is discovered at run time. */

import type { Rule } from '../rule.js';
import duplicateId from './duplicate-id.js';
import fileUnreadable from './file-unreadable.js';
import idMismatch from './id-mismatch.js';
import partnershipEnded from './partnership-ended.js';
import partnershipNotRegistered from './partnership-not-registered.js';
import placeholderValue from './placeholder-value.js';
import reviewOverdue from './review-overdue.js';
import schema from './schema.js';
import unknownPartnership from './unknown-partnership.js';
import vagueRecipient from './vague-recipient.js';
import yamlSyntax from './yaml-syntax.js';

/** All rules, sorted by id. */
export const RULES: readonly Rule[] = [
  duplicateId,
  fileUnreadable,
  idMismatch,
  partnershipEnded,
  partnershipNotRegistered,
  placeholderValue,
  reviewOverdue,
  schema,
  unknownPartnership,
  vagueRecipient,
  yamlSyntax,
] as Rule[];

/** Rules by id. */
export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
