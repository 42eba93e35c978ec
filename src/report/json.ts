/** The JSON report: a stable shape that scripts and the front ends read. */

import type { Finding, Summary } from '../types.js';

/** Renders findings and counts as JSON, with exactly the documented keys. */
export function renderJson(findings: Finding[], summary: Summary): string {
  const out = {
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      entity: { kind: f.entity.kind, id: f.entity.id },
      question: f.question,
      message: f.message,
      fix: f.fix,
      fingerprint: f.fingerprint,
      ...(f.new === undefined ? {} : { new: f.new }),
    })),
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
