/** Compiler-style text: `file:line:column  severity  rule  message`, a fix line, and a total. */

import type { Finding, Language, Summary } from '../types.js';
import { SEVERITY_LABEL, summaryLine } from './labels.js';

/** Keeps control characters from a register file out of the terminal. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '�').replace(/\n/g, ' ');
}

/** Renders findings as text lines for a terminal or a log. */
export function renderText(findings: Finding[], summary: Summary, language: Language): string {
  const lines: string[] = [];
  for (const f of findings) {
    const marker = f.new === false ? (language === 'nl' ? ' (bestond al)' : ' (existing)') : '';
    lines.push(`${f.file}:${f.line}:${f.column}  ${SEVERITY_LABEL[language][f.severity]}  ${f.rule}  ${clean(f.message)}${marker}`);
    lines.push(`    → ${clean(f.fix)}`);
    for (const related of f.related) lines.push(`    ${related.file}:${related.line}:${related.column}  ${clean(related.message)}`);
  }
  lines.push(summaryLine(summary, language));
  return `${lines.join('\n')}\n`;
}
