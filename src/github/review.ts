/** One review per run: inline comments inside the diff, file-level comments for the rest of a changed file. */

import type { Finding, Language } from '../types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { commentableLines, type ChangedFile } from './diff.js';
import { findingMarker, readFindingMarker } from './markers.js';
import { escapeMarkdown } from '../report/escape.js';
import { SEVERITY_LABEL } from '../report/labels.js';
import { ruleDocsUrl } from '../meta.js';

/** A review comment as the API lists it (the fields we read). */
export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  user: { login: string } | null;
  in_reply_to_id?: number;
}

/** A comment the review will carry. */
export interface PlannedComment {
  finding: Finding;
  path: string;
  body: string;
  line?: number;
  startLine?: number;
  fileLevel: boolean;
}

/** What a run will do with review comments. */
export interface ReviewPlan {
  inline: PlannedComment[];
  fileLevel: PlannedComment[];
  /** New findings that get no comment of their own (outside changed files, over the limit, or already commented). */
  summaryOnly: Finding[];
  overflow: Finding[];
  alreadyPosted: Finding[];
  /** Our comments whose finding is gone and that nobody answered. */
  toDelete: ReviewComment[];
  /** Our comments whose finding is gone but that someone answered: kept, marked resolved. */
  toResolve: ReviewComment[];
}

const RESOLVED_MARK = '<!-- register-check:resolved -->';

/** The body of an inline or file-level comment; register text is escaped. */
export function commentBody(finding: Finding, language: Language, suggestion?: string): string {
  const nl = language === 'nl';
  const parts = [
    `**${SEVERITY_LABEL[language][finding.severity]}** · [\`${finding.rule}\`](${ruleDocsUrl(finding.rule)})${finding.question ? ` · ${finding.question}` : ''}`,
    '',
    escapeMarkdown(finding.message),
    '',
    `${nl ? '**Wat te doen:**' : '**What to do:**'} ${escapeMarkdown(finding.fix)}`,
  ];
  if (suggestion !== undefined) {
    // The replacement comes from the file's own line plus a value the rule chose; a fence longer than any backtick run keeps it a code block.
    const fence = '`'.repeat(Math.max(3, ...(suggestion.match(/`+/g) ?? []).map((r) => r.length + 1)));
    parts.push('', `${fence}suggestion`, suggestion, fence);
  }
  parts.push('', findingMarker(finding.fingerprint));
  return parts.join('\n');
}

/** Decides where each new finding goes, and which of our old comments go away. */
export function planReview(options: {
  findings: Finding[];
  changedFiles: ChangedFile[];
  existing: ReviewComment[];
  botLogin: string;
  maxComments: number;
  language: Language;
  /** Prefix that turns a register-relative path into a repository path ('' or 'register/'). */
  pathPrefix: string;
}): ReviewPlan {
  const { findings, changedFiles, existing, botLogin, maxComments, language, pathPrefix } = options;
  const changed = new Map(changedFiles.filter((f) => f.status !== 'removed').map((f) => [f.filename, commentableLines(f.patch)]));
  const ours = existing.filter((c) => c.user?.login === botLogin && readFindingMarker(c.body));
  const posted = new Set(ours.map((c) => readFindingMarker(c.body)));
  const plan: ReviewPlan = { inline: [], fileLevel: [], summaryOnly: [], overflow: [], alreadyPosted: [], toDelete: [], toResolve: [] };

  const fresh = findings.filter((f) => f.new !== false);
  for (const finding of fresh) {
    const path = `${pathPrefix}${finding.file}`;
    const lines = changed.get(path);
    if (!lines) {
      plan.summaryOnly.push(finding);
      continue;
    }
    if (posted.has(finding.fingerprint)) {
      plan.alreadyPosted.push(finding);
      continue;
    }
    if (plan.inline.length + plan.fileLevel.length >= maxComments) {
      plan.overflow.push(finding);
      continue;
    }
    const s = finding.suggestion;
    if (s && lines.has(s.startLine) && lines.has(s.endLine) && [...range(s.startLine, s.endLine)].every((l) => lines.has(l))) {
      plan.inline.push({
        finding,
        path,
        line: s.endLine,
        ...(s.startLine !== s.endLine ? { startLine: s.startLine } : {}),
        body: commentBody(finding, language, s.replacement),
        fileLevel: false,
      });
    } else if (lines.has(finding.line)) {
      plan.inline.push({ finding, path, line: finding.line, body: commentBody(finding, language), fileLevel: false });
    } else {
      const where = language === 'nl' ? `Regel ${finding.line}, buiten de wijziging:` : `Line ${finding.line}, outside the change:`;
      plan.fileLevel.push({ finding, path, body: `${where}\n\n${commentBody(finding, language)}`, fileLevel: true });
    }
  }

  const current = new Set(fresh.map((f) => f.fingerprint));
  const repliedTo = new Set(existing.filter((c) => c.in_reply_to_id).map((c) => c.in_reply_to_id));
  for (const comment of ours) {
    if (current.has(readFindingMarker(comment.body)!)) continue;
    if (repliedTo.has(comment.id)) {
      if (!comment.body.includes(RESOLVED_MARK)) plan.toResolve.push(comment);
    } else {
      plan.toDelete.push(comment);
    }
  }
  return plan;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

/** What the review step did, for the summary and the logs. */
export interface ReviewOutcome {
  reviewId?: number;
  inline: number;
  fileLevel: number;
  deleted: number;
  resolved: number;
}

/** Posts the plan: one review with the inline comments, file-level comments, clean-up of our gone comments. */
export async function postReview(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  headSha: string,
  plan: ReviewPlan,
  language: Language,
  summaryBody: string,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { inline: 0, fileLevel: 0, deleted: 0, resolved: 0 };
  if (plan.inline.length > 0) {
    const response = await client.request<{ id: number }>('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      body: summaryBody,
      comments: plan.inline.map((c) => ({
        path: c.path,
        body: c.body,
        line: c.line,
        side: 'RIGHT',
        ...(c.startLine ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
      })),
    });
    outcome.reviewId = response.data.id;
    outcome.inline = plan.inline.length;
  }
  for (const comment of plan.fileLevel) {
    await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      path: comment.path,
      body: comment.body,
      subject_type: 'file',
    });
    outcome.fileLevel++;
  }
  for (const comment of plan.toDelete) {
    await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: comment.id });
    outcome.deleted++;
  }
  const resolvedNote =
    language === 'nl'
      ? '✅ **Opgelost** — deze bevinding komt in de nieuwste versie niet meer voor.'
      : '✅ **Resolved** — this finding no longer occurs in the latest version.';
  for (const comment of plan.toResolve) {
    await client.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      ...repo,
      comment_id: comment.id,
      body: `${resolvedNote}\n\n<details><summary>${language === 'nl' ? 'Oorspronkelijke melding' : 'Original message'}</summary>\n\n${comment.body}\n\n</details>\n${RESOLVED_MARK}`,
    });
    outcome.resolved++;
  }
  return outcome;
}
