/**
 * The import's report: what was written, and a table of what the privacy officer still has to look at, per
 * spreadsheet row and column. Rendered for the terminal and as Markdown (IMPORT-REPORT.md); cell text is
 * untrusted and escaped for each.
 */

import { markdownTable } from 'markdown-table';
import type { Language } from '../types.js';
import { say } from '../report/vocabulary.js';
import { escapeMarkdown, inlineCode, terminalText } from '../report/escape.js';
import type { ImportItem, ImportPlan, ImportResult } from './import.js';
import { REPORT_FILE } from './import.js';

/** Everything a report is made of. */
export interface ReportInput {
  plan: ImportPlan;
  result: ImportResult;
  input: string;
  dir: string;
  language: Language;
}

/** The items of a report: the plan's, and one per existing file that was kept (the report file itself aside). */
export function reportItems(input: ReportInput): ImportItem[] {
  const kept = input.result.kept.filter((file) => file !== REPORT_FILE).map((file): ImportItem => ({ id: 'exists', file, data: { file } }));
  return [...input.plan.items, ...kept];
}

/** The column an item names, with its worksheet when that is not the processing activities' sheet. */
function columnOf(item: ImportItem): string | undefined {
  return item.column === undefined || item.sheet === undefined ? item.column : `${item.sheet}: ${item.column}`;
}

/** One item's words. */
function itemText(item: ImportItem, language: Language): string {
  return say(`transfer.item.${item.id}`, language, item.data);
}

/** The lines above the table: what was read, what was written, the `reviewed` note and the next step. */
function summary(input: ReportInput, items: ImportItem[]): string[] {
  const { plan, result, language } = input;
  const processing = result.written.filter((f) => f.startsWith('processing/')).length;
  const partnerships = result.written.filter((f) => f.startsWith('partnerships/')).length;
  const lines = [
    say('transfer.report.read', language, { file: input.input, row: plan.source.headerRow, sheet: plan.source.sheet ?? '–' }),
    say('transfer.report.written', language, { activities: processing, rows: plan.activities, partnerships, dir: input.dir }),
  ];
  if (plan.partnershipSheet) lines.push(say('transfer.report.partnershipSheet', language, { sheet: plan.partnershipSheet.sheet, row: plan.partnershipSheet.headerRow, n: plan.partnershipSheet.partnerships }));
  if (plan.registerNew && result.written.includes('register.yml')) lines.push(say('transfer.report.registerNew', language));
  lines.push(say('transfer.report.reviewed', language));
  lines.push(items.length === 0 ? say('transfer.report.nothing', language) : say('transfer.report.items', language, { n: items.length }));
  return lines;
}

/** The report for a terminal: the summary, then one aligned line per item (row, column, what to do). */
export function renderText(input: ReportInput): string {
  const items = reportItems(input);
  const language = input.language;
  const out = summary(input, items).map(terminalText);
  if (items.length > 0) {
    const rows = items.map((item) => [
      item.row === undefined ? '–' : String(item.row),
      terminalText(columnOf(item) ?? item.file ?? '–'),
      terminalText(itemText(item, language)),
    ]);
    const head = [say('transfer.report.row', language), say('transfer.report.column', language), say('transfer.report.what', language)];
    const width0 = Math.max(head[0].length, ...rows.map((r) => r[0].length));
    const width1 = Math.min(32, Math.max(head[1].length, ...rows.map((r) => r[1].length)));
    const line = (r: string[]) => `  ${r[0].padEnd(width0)}  ${r[1].length > width1 ? `${r[1].slice(0, width1 - 1)}…` : r[1].padEnd(width1)}  ${r[2]}`;
    out.push('', line(head), ...rows.map(line));
  }
  out.push('', terminalText(say('transfer.report.next', language, { dir: input.dir })));
  return `${out.join('\n')}\n`;
}

/** The report as Markdown, for IMPORT-REPORT.md: a heading, the summary and a table. */
export function renderMarkdown(input: ReportInput): string {
  const items = reportItems(input);
  const language = input.language;
  const out = [`# ${say('transfer.report.title', language)}`, '', ...summary(input, items).map((l) => `${escapeMarkdown(l)}\n`)];
  if (items.length > 0) {
    const head = [say('transfer.report.row', language), say('transfer.report.file', language), say('transfer.report.column', language), say('transfer.report.what', language)];
    const rows = items.map((item) => [
      item.row === undefined ? '–' : String(item.row),
      item.file === undefined ? '–' : inlineCode(item.file),
      item.column === undefined ? '–' : escapeMarkdown(columnOf(item)!),
      escapeMarkdown(itemText(item, language)),
    ]);
    out.push(markdownTable([head, ...rows]), '');
  }
  out.push(escapeMarkdown(say('transfer.report.next', language, { dir: input.dir })), '');
  return out.join('\n');
}
