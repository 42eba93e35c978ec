/** A Markdown report: one table per question of the AP leaflet. */

import { markdownTable } from 'markdown-table';
import type { Finding, Language, Question, Summary } from '../types.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { questionTitle, say, severityWord, summaryLine } from './vocabulary.js';
import { ruleDocsUrl } from '../meta.js';
import { describeFinding } from './describe.js';

const ORDER: (Question | 'none')[] = ['Q1', 'Q2', 'Q3', 'none'];

/** Groups findings by the question they serve, in the leaflet's order. */
export function byQuestion(findings: Finding[]): [Question | 'none', Finding[]][] {
  return ORDER.map((q) => [q, findings.filter((f) => (f.question ?? 'none') === q)] as [Question | 'none', Finding[]]).filter(
    ([, list]) => list.length > 0,
  );
}

/** A table of findings; every cell from the register is escaped. */
export function findingsTable(findings: Finding[], language: Language, link?: (f: Finding) => string): string {
  const header = (['table.severity', 'table.location', 'table.entity', 'table.finding', 'table.rule'] as const).map((id) => say(id, language));
  const rows = findings.map((f) => [
    severityWord(f.severity, language),
    link ? link(f) : inlineCode(`${f.file}:${f.line}`),
    inlineCode(f.entity.id),
    escapeMarkdown(describeFinding(f, language).message),
    `[${f.rule}](${ruleDocsUrl(f.rule)})`,
  ]);
  return markdownTable([header, ...rows], { alignDelimiters: false });
}

/** Renders a standalone Markdown report (CLI `--format markdown`). */
export function renderMarkdown(findings: Finding[], summary: Summary, language: Language): string {
  const parts = [`# ${say('report.title', language)}`, '', summaryLine(summary, language), ''];
  for (const [question, list] of byQuestion(findings)) {
    parts.push(`## ${questionTitle(question, language)}`, '', findingsTable(list, language), '');
  }
  return `${parts.join('\n')}`;
}
