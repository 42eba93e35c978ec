/** Findings as annotations, within GitHub's limits. */

import { type Finding, isNew, type Language, partitionByNew, type Severity } from '../types.js';
import { describeFinding } from '../report/describe.js';
import { say } from '../report/vocabulary.js';

/** The most annotations of one level that a workflow step shows. */
export const STEP_ANNOTATIONS_PER_LEVEL = 10;
/** The most annotations one check-run request may carry. */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;

/** Picks, per severity, the first `perLevel` findings, new ones first; returns them and how many were left out. */
export function selectStepAnnotations(findings: Finding[], perLevel = STEP_ANNOTATIONS_PER_LEVEL): { shown: Finding[]; omitted: number } {
  const { fresh, existing } = partitionByNew(findings);
  const ordered = [...fresh, ...existing];
  const shown: Finding[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of ordered) {
    if (count[f.severity] < perLevel) {
      shown.push(f);
      count[f.severity]++;
    }
  }
  return { shown, omitted: findings.length - shown.length };
}

/** A check-run annotation as the API takes it. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

/** Every finding as a check-run annotation in a language (plain text: GitHub does not render Markdown there). */
export function checkRunAnnotations(findings: Finding[], pathPrefix: string, language: Language): CheckRunAnnotation[] {
  return findings.map((f) => {
    const words = describeFinding(f, language);
    return {
    path: `${pathPrefix}${f.file}`,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine),
    ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
    annotation_level: LEVEL[f.severity],
    // The title stays English in every language: it is how a rule is named, and the App finds its annotations again by it.
    title: `${f.rule}${isNew(f) ? '' : ` ${say('report.existing', 'en')}`}`,
    message: words.message.slice(0, 64 * 1024),
    raw_details: words.fix.slice(0, 64 * 1024),
    };
  });
}
