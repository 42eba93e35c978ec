/** Compiler-style text: `file:line:column  severity  rule  message`, a fix line, and a total. */

import { type Finding, isNew, type Language, type Summary } from '../types.js';
import { say, severityWord, summaryLine } from './vocabulary.js';
import { terminalText as clean } from './escape.js';
import { describeFinding } from './describe.js';

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
    const words = describeFinding(f, language);
    const marker = isNew(f) ? '' : ` ${say('report.existing', language)}`;
    lines.push(`${fileName(f.file)}:${f.line}:${f.column}  ${severityWord(f.severity, language)}  ${f.rule}  ${clean(words.message)}${marker}`);
    lines.push(`    → ${clean(words.fix)}`);
    for (const related of words.related) lines.push(`    ${fileName(related.file)}:${related.line}:${related.column}  ${clean(related.message)}`);
  }
  lines.push(summaryLine(summary, language));
  return `${lines.join('\n')}\n`;
}
