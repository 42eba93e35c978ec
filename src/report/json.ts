/** The JSON report: a stable shape that scripts and the front ends read. */

import type { Finding, Language, Summary } from '../types.js';
import { describeFinding } from './describe.js';

/** Renders findings and counts as JSON, with exactly the documented keys; `message` and `fix` in the language given. */
export function renderJson(findings: Finding[], summary: Summary, language: Language): string {
  const out = {
    findings: findings.map((f) => {
      const words = describeFinding(f, language);
      return {
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      entity: { kind: f.entity.kind, id: f.entity.id },
      question: f.question,
      messageId: f.messageId,
      data: f.data,
      message: words.message,
      fix: words.fix,
      fingerprint: f.fingerprint,
      ...(f.new === undefined ? {} : { new: f.new }),
      };
    }),
    summary: {
      files: summary.files,
      entities: summary.entities,
      errors: summary.errors,
      warnings: summary.warnings,
      notices: summary.notices,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
