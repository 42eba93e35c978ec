/** Posts a review plan: one review per run (inline comments, file-level findings in its body), then clean-up of our gone comments. */

import type { Language } from '../types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { resolvedBody, reviewBody, type ReviewPlan } from '../review/review.js';

/** What the review step did, for the summary and the logs. */
export interface ReviewOutcome {
  reviewId?: number;
  inline: number;
  fileLevel: number;
  deleted: number;
  resolved: number;
}

/** Applies the plan with the Octokit it is handed. */
export async function postReview(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  headSha: string,
  plan: ReviewPlan,
  language: Language,
  intro: string,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { inline: 0, fileLevel: 0, deleted: 0, resolved: 0 };
  if (plan.inline.length > 0 || plan.fileLevel.length > 0) {
    const response = await client.request<{ id: number }>('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      body: reviewBody(plan, language, intro),
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
    outcome.fileLevel = plan.fileLevel.length;
  }
  for (const comment of plan.toDelete) {
    await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: comment.id });
    outcome.deleted++;
  }
  for (const comment of plan.toResolve) {
    await client.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: comment.id, body: resolvedBody(comment.body, language) });
    outcome.resolved++;
  }
  return outcome;
}
