/** The sticky summary comment on GitHub: one per pull request, updated in place as src/review/summary.ts plans it. */

import type { GitHubClient, RepoRef } from './client.js';
import { planSummaryComment, type IssueComment } from '../review/summary.js';

/** Creates or updates the one summary comment. */
export async function upsertSummaryComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  botLogin: string,
  body: string,
): Promise<{ id: number; created: boolean; changed: boolean }> {
  const comments = await client.paginate<IssueComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const plan = planSummaryComment(comments, botLogin, body);
  if (plan.action === 'keep') return { id: plan.id, created: false, changed: false };
  if (plan.action === 'update') {
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: plan.id, body: plan.body });
    return { id: plan.id, created: false, changed: true };
  }
  const created = await client.request<{ id: number }>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issueNumber,
    body: plan.body,
  });
  return { id: created.data.id, created: true, changed: true };
}
