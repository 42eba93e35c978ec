/** SARIF 2.1.0 for GitHub code scanning: stable rule ids, help text, fingerprints. */

import type { Rule } from '../rule.js';
import type { Finding, Language, Severity } from '../types.js';
import { RULES } from '../rules/index.js';
import { PROJECT_URL, VERSION, ruleDocsUrl } from '../meta.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

function sarifRule(rule: Rule, language: Language) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description[language] },
    fullDescription: { text: `${rule.description[language]} ${rule.basis[language]}` },
    helpUri: ruleDocsUrl(rule.id),
    help: {
      text: `${rule.basis[language]}\n\n${rule.fix[language]}`,
      markdown: `${rule.basis[language]}\n\n${rule.fix[language]}\n\n[${language === 'nl' ? 'Meer over deze regel' : 'More about this rule'}](${ruleDocsUrl(rule.id)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['privacy', 'gdpr', ...(rule.question ? [rule.question] : [])], precision: 'high' },
  };
}

/** Renders findings as a SARIF 2.1.0 log. */
export function renderSarif(findings: Finding[], language: Language, rules: readonly Rule[] = RULES): string {
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
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? -1,
          level: LEVEL[f.severity],
          message: { text: `${f.message} ${f.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column) },
              },
              logicalLocations: [{ name: f.entity.id, kind: f.entity.kind }],
            },
          ],
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%' },
              region: { startLine: r.line, startColumn: r.column },
            },
          })),
          partialFingerprints: { primaryLocationLineHash: `${f.fingerprint}:1` },
          properties: { question: f.question, entity: f.entity, ...(f.new === undefined ? {} : { new: f.new }) },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
