/** Where review comments go: inline inside the diff, file-level for the rest of a changed file, the summary for the rest. Pure: no API calls. */

import { type Finding, isNew, type Language } from '../types.js';
import { commentableLines, type ChangedFile } from './diff.js';
import { findingMarker, isResolvedBody, readFindingMarker, readFindingMarkers, RESOLVED_MARKER } from './markers.js';
import { codeFence, escapeMarkdown, hasHiddenCharacters, inlineCode } from '../report/escape.js';
import { say, severityWord } from '../report/vocabulary.js';
import { ruleDocsUrl } from '../meta.js';
import { describeFinding } from '../report/describe.js';

/** A review comment already on the pull request (the fields the planner reads). */
export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  user: { login: string } | null;
  in_reply_to_id?: number;
}

/** A review already on the pull request (the fields the planner reads). */
export interface ReviewSummary {
  id: number;
  body: string | null;
  user: { login: string } | null;
}

/** A comment the review will carry. */
export interface PlannedComment {
  finding: Finding;
  path: string;
  body: string;
  line?: number;
  startLine?: number;
}

/** What a run will do with review comments. */
export interface ReviewPlan {
  inline: PlannedComment[];
  fileLevel: PlannedComment[];
  /** New findings that get no comment of their own because they lie outside the changed files. */
  summaryOnly: Finding[];
  overflow: Finding[];
  /** Our comments whose finding is gone and that nobody answered. */
  toDelete: ReviewComment[];
  /** Our comments whose finding is gone but that someone answered: kept, marked resolved. */
  toResolve: ReviewComment[];
}

/** The body of an inline or file-level comment; register text is escaped. */
export function commentBody(finding: Finding, language: Language, suggestion?: string): string {
  const words = describeFinding(finding, language);
  const parts = [
    `**${severityWord(finding.severity, language)}** · [\`${finding.rule}\`](${ruleDocsUrl(finding.rule)})${finding.question ? ` · ${say('question.short', language, { n: finding.question.slice(1) })}` : ''}`,
    '',
    escapeMarkdown(words.message),
    '',
    `${say('review.whatToDo', language)} ${escapeMarkdown(words.fix)}`,
  ];
  if (suggestion !== undefined) {
    // The replacement comes from the file's own line plus a value the rule chose; a fence longer than any backtick run keeps it a code block.
    const fence = codeFence(suggestion);
    parts.push('', `${fence}suggestion`, suggestion, fence);
  }
  parts.push('', findingMarker(finding.fingerprint));
  return parts.join('\n');
}

/** A finding in a changed file but outside its hunks, as a line of the review body (GitHub takes one review per run). */
function fileLevelEntry(finding: Finding, language: Language): string {
  const where = say('review.line', language, { line: finding.line });
  return `- **${severityWord(finding.severity, language)}** (${where}, [\`${finding.rule}\`](${ruleDocsUrl(finding.rule)})): ${escapeMarkdown(describeFinding(finding, language).message)} ${findingMarker(finding.fingerprint)}`;
}

/** The review's body: an introduction, then the file-level findings grouped by file. */
export function reviewBody(plan: ReviewPlan, language: Language, intro: string): string {
  if (plan.fileLevel.length === 0) return intro;
  const byFile = new Map<string, PlannedComment[]>();
  for (const c of plan.fileLevel) byFile.set(c.path, [...(byFile.get(c.path) ?? []), c]);
  const parts = [intro, '', say('review.outsideChangedLines', language)];
  for (const [file, comments] of byFile) parts.push('', inlineCode(file), '', ...comments.map((c) => c.body));
  return parts.join('\n');
}

/** Decides where each new finding goes, and which of our old comments go away. */
export function planReview(options: {
  findings: Finding[];
  changedFiles: ChangedFile[];
  existing: ReviewComment[];
  /** Earlier reviews on the pull request; ours list file-level findings in their body. */
  reviews?: ReviewSummary[];
  botLogin: string;
  maxComments: number;
  language: Language;
  /** Prefix that turns a register-relative path into a repository path ('' or 'register/'). */
  pathPrefix: string;
}): ReviewPlan {
  const { findings, changedFiles, existing, botLogin, maxComments, language, pathPrefix } = options;
  const ourReviews = (options.reviews ?? []).filter((r) => r.user?.login === botLogin);
  const changed = new Map(changedFiles.filter((f) => f.status !== 'removed').map((f) => [f.filename, commentableLines(f.patch)]));
  const ours = existing.filter((c) => c.user?.login === botLogin && readFindingMarker(c.body));
  const posted = new Set([...ours.map((c) => readFindingMarker(c.body)), ...ourReviews.flatMap((r) => readFindingMarkers(r.body))]);
  const plan: ReviewPlan = { inline: [], fileLevel: [], summaryOnly: [], overflow: [], toDelete: [], toResolve: [] };

  const fresh = findings.filter(isNew);
  for (const finding of fresh) {
    const path = `${pathPrefix}${finding.file}`;
    const lines = changed.get(path);
    if (!lines) {
      plan.summaryOnly.push(finding);
      continue;
    }
    // Commented on in an earlier run: the comment stands, nothing is added.
    if (posted.has(finding.fingerprint)) continue;
    if (plan.inline.length + plan.fileLevel.length >= maxComments) {
      plan.overflow.push(finding);
      continue;
    }
    // A suggestion is committed as it stands: one carrying control or bidi characters (from a hostile file name) is not offered.
    const s = finding.suggestion && !hasHiddenCharacters(finding.suggestion.replacement) ? finding.suggestion : undefined;
    if (s && lines.has(s.startLine) && lines.has(s.endLine) && [...range(s.startLine, s.endLine)].every((l) => lines.has(l))) {
      plan.inline.push({
        finding,
        path,
        line: s.endLine,
        ...(s.startLine !== s.endLine ? { startLine: s.startLine } : {}),
        body: commentBody(finding, language, s.replacement),
      });
    } else if (lines.has(finding.line)) {
      plan.inline.push({ finding, path, line: finding.line, body: commentBody(finding, language) });
    } else {
      plan.fileLevel.push({ finding, path, body: fileLevelEntry(finding, language) });
    }
  }

  const current = new Set(fresh.map((f) => f.fingerprint));
  const repliedTo = new Set(existing.filter((c) => c.in_reply_to_id).map((c) => c.in_reply_to_id));
  for (const comment of ours) {
    if (current.has(readFindingMarker(comment.body)!)) continue;
    if (repliedTo.has(comment.id)) {
      if (!isResolvedBody(comment.body)) plan.toResolve.push(comment);
    } else {
      plan.toDelete.push(comment);
    }
  }
  return plan;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

/** The body a comment of ours gets once its finding is gone and someone answered it: the original quoted, the resolved marker last. */
export function resolvedBody(original: string, language: Language): string {
  return `${say('review.resolved', language)}\n\n<details><summary>${say('review.original', language)}</summary>\n\n${original}\n\n</details>\n${RESOLVED_MARKER}`;
}
