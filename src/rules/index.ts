/** Every rule, listed by hand and sorted by id; nothing is discovered at run time. */

import type { Rule } from '../rule.js';
import agreementAfterStart from './agreement-after-start.js';
import agreementMissing from './agreement-missing.js';
import bsnWithoutBasis from './bsn-without-basis.js';
import consentDoubtful from './consent-doubtful.js';
import controllerUnknown from './controller-unknown.js';
import dataCategoryVague from './data-category-vague.js';
import dateImplausible from './date-implausible.js';
import dpiaAfterStart from './dpia-after-start.js';
import dpiaMissing from './dpia-missing.js';
import dpiaUnassessed from './dpia-unassessed.js';
import dpiaWaived from './dpia-waived.js';
import dpoMissing from './dpo-missing.js';
import duplicateId from './duplicate-id.js';
import exceptionNotAGround from './exception-not-a-ground.js';
import fileUnreadable from './file-unreadable.js';
import flowPartyUnknown from './flow-party-unknown.js';
import groundNotAvailable from './ground-not-available.js';
import idMismatch from './id-mismatch.js';
import jointArrangementUnpublished from './joint-arrangement-unpublished.js';
import legalBasisAgreementOnly from './legal-basis-agreement-only.js';
import legalBasisMissing from './legal-basis-missing.js';
import legalBasisProvisionMissing from './legal-basis-provision-missing.js';
import necessityMissing from './necessity-missing.js';
import noticeContactMissing from './notice-contact-missing.js';
import noticeDecisionsUnexplained from './notice-decisions-unexplained.js';
import noticeMissing from './notice-missing.js';
import noticeNotPlainLanguage from './notice-not-plain-language.js';
import noticeNotUpdated from './notice-not-updated.js';
import noticeOutdated from './notice-outdated.js';
import partnershipEnded from './partnership-ended.js';
import partnershipNotRegistered from './partnership-not-registered.js';
import placeholderValue from './placeholder-value.js';
import processorAgreementMissing from './processor-agreement-missing.js';
import processorRecordIncomplete from './processor-record-incomplete.js';
import provisionArticleMissing from './provision-article-missing.js';
import provisionNotLaw from './provision-not-law.js';
import processorSharesOnwards from './processor-shares-onwards.js';
import recipientIsPartnership from './recipient-is-partnership.js';
import retentionVague from './retention-vague.js';
import reviewOverdue from './review-overdue.js';
import roleMissing from './role-missing.js';
import schema from './schema.js';
import selfMissing from './self-missing.js';
import selfNotInFlows from './self-not-in-flows.js';
import specialDataUndeclared from './special-data-undeclared.js';
import specialDataWithoutException from './special-data-without-exception.js';
import transferSafeguardMissing from './transfer-safeguard-missing.js';
import unknownPartnership from './unknown-partnership.js';
import vagueRecipient from './vague-recipient.js';
import yamlSyntax from './yaml-syntax.js';

/** All rules, sorted by id. */
export const RULES: readonly Rule[] = [
  agreementAfterStart,
  agreementMissing,
  bsnWithoutBasis,
  consentDoubtful,
  controllerUnknown,
  dataCategoryVague,
  dateImplausible,
  dpiaAfterStart,
  dpiaMissing,
  dpiaUnassessed,
  dpiaWaived,
  dpoMissing,
  duplicateId,
  exceptionNotAGround,
  fileUnreadable,
  flowPartyUnknown,
  groundNotAvailable,
  idMismatch,
  jointArrangementUnpublished,
  legalBasisAgreementOnly,
  legalBasisMissing,
  legalBasisProvisionMissing,
  necessityMissing,
  noticeContactMissing,
  noticeDecisionsUnexplained,
  noticeMissing,
  noticeNotPlainLanguage,
  noticeNotUpdated,
  noticeOutdated,
  partnershipEnded,
  partnershipNotRegistered,
  placeholderValue,
  processorAgreementMissing,
  processorRecordIncomplete,
  processorSharesOnwards,
  provisionArticleMissing,
  provisionNotLaw,
  recipientIsPartnership,
  retentionVague,
  reviewOverdue,
  roleMissing,
  schema,
  selfMissing,
  selfNotInFlows,
  specialDataUndeclared,
  specialDataWithoutException,
  transferSafeguardMissing,
  unknownPartnership,
  vagueRecipient,
  yamlSyntax,
] as Rule[];

/** Rules by id. */
export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
