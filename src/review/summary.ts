/** The sticky summary: its Markdown, and whether the one comment carrying it is to be created, updated or left. Pure: no API calls. */

import { type Finding, type Language, partitionByNew, type Summary } from '../types.js';
import { label, type PartnershipEntity } from '../register.js';
import { isSummaryBody, SUMMARY_MARKER } from './markers.js';
import { findingsTable } from '../report/markdown.js';
import { questionTitle, say, sayCount } from '../report/vocabulary.js';
import { escapeHtml } from '../report/escape.js';
import { partnershipDiagram } from './mermaid.js';
import { readyLine, type ApprovalOutcome } from './approvals.js';

const MAX_ROWS_NEW = 100;
const MAX_ROWS_EXISTING = 50;
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 60_000;

/** What the summary says beyond the findings. */
export interface SummaryContext {
  language: Language;
  failed: boolean;
  /** New findings that have no comment of their own, and why. */
  notCommented: number;
  overflow: number;
  /** Partnerships changed by the pull request, for the diagrams. */
  changedPartnerships: string[];
  /** The head's partnerships, for the diagrams (only their ids and data are read). */
  register?: { partnerships: readonly Pick<PartnershipEntity, 'id' | 'data'>[] };
  /** Said once when writes are refused (a fork's pull request). */
  note?: string;
  /** On a pull request: the new findings that fail the check, and the approvals (when configured), for the "ready to merge" line. */
  ready?: { failing: number; approvals?: ApprovalOutcome };
}

function count(findings: Finding[], language: Language): string {
  const bySeverity = (['error', 'warning', 'notice'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => sayCount(s, n, language));
  return bySeverity.length ? bySeverity.join(', ') : say('summary.none', language);
}

function table(findings: Finding[], language: Language, max: number): string {
  const shown = findings.slice(0, max);
  const more = findings.length - shown.length;
  const rest = more > 0 ? `\n\n${say('summary.more', language, { n: more })}` : '';
  return `${findingsTable(shown, language)}${rest}`;
}

/** Renders the summary (Markdown) shared by the comment, the job summary and the check run. */
export function renderSummary(findings: Finding[], summary: Summary, context: SummaryContext): string {
  const { language } = context;
  const { fresh, existing } = partitionByNew(findings);
  const parts = [
    SUMMARY_MARKER,
    `## ${context.failed ? '❌' : '✅'} register-check`,
    '',
    say('summary.counts', language, { fresh: count(fresh, language), existing: count(existing, language), files: summary.files, entries: summary.entities }),
    '',
  ];
  if (context.ready) parts.push(readyLine(context.ready.failing, context.ready.approvals, language), '');
  if (context.note) parts.push(`> ${context.note}`, '');
  if (context.notCommented > 0 || context.overflow > 0) {
    parts.push(
      say('summary.onlyHere', language, { n: context.notCommented + context.overflow }),
      '',
    );
  }
  for (const question of ['Q1', 'Q2', 'Q3', 'none'] as const) {
    const newOnes = fresh.filter((f) => (f.question ?? 'none') === question);
    const old = existing.filter((f) => (f.question ?? 'none') === question);
    if (newOnes.length === 0 && old.length === 0) continue;
    parts.push(`### ${questionTitle(question, language)}`, '');
    if (newOnes.length > 0) parts.push(table(newOnes, language, MAX_ROWS_NEW), '');
    else parts.push(say('summary.noNew', language), '');
    if (old.length > 0) {
      parts.push(
        `<details><summary>${say('summary.alreadyThere', language, { n: old.length })}</summary>`,
        '',
        table(old, language, MAX_ROWS_EXISTING),
        '',
        '</details>',
        '',
      );
    }
  }
  if (fresh.length === 0 && existing.length === 0) parts.push(say('summary.noFindings', language), '');
  if (context.register) {
    for (const id of context.changedPartnerships) {
      const partnership = context.register.partnerships.find((p) => p.id === id);
      if (!partnership) continue;
      // The <summary> line is an HTML block: Markdown (backticks, backslashes) does nothing there, so HTML escaping it is.
      parts.push(
        `<details open><summary>${say('summary.flowsIn', language)} ${escapeHtml(label(partnership))} (<code>${escapeHtml(id)}</code>)</summary>`,
        '',
        partnershipDiagram(partnership, fresh, language),
        '',
        '</details>',
        '',
      );
    }
  }
  const body = parts.join('\n');
  if (body.length <= MAX_BODY) return body;
  return `${shorten(body, MAX_BODY)}\n\n${say('summary.shortened', language)}`;
}

/**
 * Cuts a body at a line boundary and closes what the cut left open. A cut inside a line could leave
 * a code span without its closing backticks, and the register text in it would then be live Markdown.
 */
function shorten(body: string, max: number): string {
  const cut = body.lastIndexOf('\n', max);
  const lines = body.slice(0, Math.max(0, cut)).split('\n');
  let inFence = false;
  let openDetails = 0;
  for (const line of lines) {
    if (inFence) inFence = line !== '```';
    else if (line.startsWith('```')) inFence = true;
    else if (line.startsWith('<details')) openDetails++;
    else if (line === '</details>') openDetails--;
  }
  if (inFence) lines.push('```');
  for (; openDetails > 0; openDetails--) lines.push('', '</details>');
  return lines.join('\n');
}

/** A comment already on the pull request (the fields the planner reads). */
export interface IssueComment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

/** What to do with the one summary comment: create it, update ours in place, or leave it as it is. */
export type SummaryCommentPlan = { action: 'create'; body: string } | { action: 'update'; id: number; body: string } | { action: 'keep'; id: number };

/** Finds our summary comment among the pull request's comments; a marker in someone else's comment is not ours. */
export function planSummaryComment(comments: IssueComment[], botLogin: string, body: string): SummaryCommentPlan {
  const ours = comments.find((c) => c.user?.login === botLogin && isSummaryBody(c.body));
  if (!ours) return { action: 'create', body };
  return ours.body === body ? { action: 'keep', id: ours.id } : { action: 'update', id: ours.id, body };
}
