/** SARIF 2.1.0 for GitHub code scanning: stable rule ids, help text, fingerprints. */

import type { Rule } from '../rule.js';
import type { Finding, Language, Severity } from '../types.js';
import { RULES } from '../rules/index.js';
import { PROJECT_URL, VERSION, ruleDocsUrl } from '../meta.js';
import { describeFinding } from './describe.js';
import { say } from './vocabulary.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** Names for ids of one word, whose PascalCase would differ from the id only in case. */
const NAME_OVERRIDES: Record<string, string> = { schema: 'SchemaMismatch' };

/**
 * A rule's SARIF `name`: PascalCase of its id (`legal-basis-missing` → `LegalBasisMissing`).
 * SARIF1001 compares name and id ignoring case, so a one-word id needs a name of its own.
 */
export function sarifRuleName(ruleId: string): string {
  return NAME_OVERRIDES[ruleId] ?? ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** A repository-relative path as a SARIF URI reference: each segment percent-encoded, slashes kept. */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Options of the SARIF renderer. */
export interface SarifOptions {
  /**
   * The register folder relative to the repository root (`register/`), put before every file name:
   * code scanning resolves `%SRCROOT%` to the repository root, not to the register folder.
   */
  pathPrefix?: string;
  rules?: readonly Rule[];
}

function sarifRule(rule: Rule, language: Language) {
  return {
    id: rule.id,
    name: sarifRuleName(rule.id),
    shortDescription: { text: rule.description[language] },
    fullDescription: { text: `${rule.description[language]} ${rule.basis[language]}` },
    helpUri: ruleDocsUrl(rule.id),
    help: {
      text: `${rule.basis[language]}\n\n${rule.fix[language]}`,
      markdown: `${rule.basis[language]}\n\n${rule.fix[language]}\n\n[${say('sarif.moreAboutRule', language)}](${ruleDocsUrl(rule.id)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['privacy', 'gdpr', ...(rule.question ? [rule.question] : [])], precision: 'high' },
  };
}

/** Renders findings as a SARIF 2.1.0 log. */
export function renderSarif(findings: Finding[], language: Language, options: SarifOptions = {}): string {
  const rules = options.rules ?? RULES;
  const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/?$/, '/') : '';
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'register-check',
            semanticVersion: VERSION,
            informationUri: PROJECT_URL,
            language,
            rules: rules.map((rule) => sarifRule(rule, language)),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => {
          const words = describeFinding(f, language);
          return {
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? -1,
          level: LEVEL[f.severity],
          message: { text: `${words.message} ${words.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(`${prefix}${f.file}`), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column) },
              },
              logicalLocations: [{ name: f.entity.id, kind: f.entity.kind }],
            },
          ],
          relatedLocations: words.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: { uri: toUri(`${prefix}${r.file}`), uriBaseId: '%SRCROOT%' },
              region: { startLine: r.line, startColumn: r.column },
            },
          })),
          partialFingerprints: { primaryLocationLineHash: `${f.fingerprint}:1` },
          properties: { question: f.question, entity: f.entity, messageId: f.messageId, data: f.data, ...(f.new === undefined ? {} : { new: f.new }) },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
