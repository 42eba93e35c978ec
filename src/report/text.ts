/** Compiler-style text: `file:line:column  severity  rule  message`, a fix line, and a total. */

import { type Finding, isNew, type Language, type Summary } from '../types.js';
import { SEVERITY_LABEL, summaryLine } from './labels.js';
import { terminalText as clean } from './escape.js';

/**
 * A file name at the start of a line. The text format also ends up in CI logs, where a line that
 * starts with `::` or `##[` is a workflow command; `./` names the same file and starts no command.
 */
function fileName(value: string): string {
  const name = clean(value);
  return name.startsWith('::') || name.startsWith('##[') ? `./${name}` : name;
}

/** Renders findings as text lines for a terminal or a log; file names and messages cannot move the cursor, recolour or reorder the screen. */
export function renderText(findings: Finding[], summary: Summary, language: Language): string {
  const lines: string[] = [];
  for (const f of findings) {
    const marker = !isNew(f) ? (language === 'nl' ? ' (bestond al)' : ' (existing)') : '';
    lines.push(`${fileName(f.file)}:${f.line}:${f.column}  ${SEVERITY_LABEL[language][f.severity]}  ${f.rule}  ${clean(f.message)}${marker}`);
    lines.push(`    → ${clean(f.fix)}`);
    for (const related of f.related) lines.push(`    ${fileName(related.file)}:${related.line}:${related.column}  ${clean(related.message)}`);
  }
  lines.push(summaryLine(summary, language));
  return `${lines.join('\n')}\n`;
}
