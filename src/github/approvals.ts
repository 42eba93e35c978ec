/** GitHub transport for approvals: the pull request's reviews, team membership, the check "register-check / goedkeuring", and the summary's ready line. */

import type { Language } from '../types.js';
import { CONFIG_PATH } from '../config.js';
import { approvalsTitle, membershipQuestions, renderApprovals, replaceReadyLine, type ApprovalNeed, type ApprovalOutcome, type Membership, type PullReview } from '../review/approvals.js';
import { isSummaryBody } from '../review/markers.js';
import type { IssueComment } from '../review/summary.js';
import type { GitHubClient, RepoRef } from './client.js';
import { completeCheckRun, startCheckRun } from './check-run.js';

/** The approvals check's name as GitHub shows it. */
export const APPROVALS_CHECK_NAME = 'register-check / goedkeuring';

/** Every review of a pull request, oldest first, all pages. */
export function listReviews(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullReview[]> {
  return client.paginate<PullReview>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: pullNumber, per_page: 100 });
}

/**
 * Looks up, for the needs not met by a login, whether each approver is an active member of each team named
 * (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`, the App's `members: read`). A 404 is "not a member";
 * a pending invitation is not membership; any other refusal leaves the answer unknown, so the need is reported as
 * unverifiable, never guessed. Without `read`, every answer is unknown (the Action: its token cannot read teams).
 */
export async function teamMembership(client: GitHubClient, needs: ApprovalNeed[], approvers: string[], read: boolean): Promise<Membership> {
  const answers = new Map<string, boolean | undefined>();
  const key = (org: string, slug: string, login: string) => `${org}/${slug}/${login}`.toLowerCase();
  if (read) {
    for (const q of membershipQuestions(needs, approvers)) {
      let answer: boolean | undefined;
      try {
        const { data } = await client.request<{ state: string }>('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: q.org, team_slug: q.slug, username: q.login });
        answer = data.state === 'active';
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status !== 404 && status !== 403) throw error;
        answer = status === 404 ? false : undefined;
      }
      answers.set(key(q.org, q.slug, q.login), answer);
    }
  }
  return (team, login) => answers.get(key(team.org, team.slug, login));
}

/** Creates or updates the approvals check run on the head commit: success, failure (what is missing) or neutral (what cannot be verified). */
export async function publishApprovalsCheck(client: GitHubClient, repo: RepoRef, outcome: ApprovalOutcome, language: Language, app: { id?: number; slug?: string } = {}): Promise<void> {
  const run = await startCheckRun(client, repo, outcome.headSha, app, APPROVALS_CHECK_NAME);
  await completeCheckRun(client, repo, run, {
    conclusion: outcome.conclusion,
    title: approvalsTitle(outcome, language),
    summary: renderApprovals(outcome, language, CONFIG_PATH),
    findings: [],
    pathPrefix: '',
    language,
  });
}

/** Replaces the ready line in our summary comment, if there is one and it changed; a review does not redo the rest of the summary. */
export async function updateReadyLine(client: GitHubClient, repo: RepoRef, pullNumber: number, botLogin: string, line: string): Promise<boolean> {
  const comments = await client.paginate<IssueComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: pullNumber, per_page: 100 });
  const ours = comments.find((c) => c.user?.login === botLogin && isSummaryBody(c.body));
  const body = ours?.body === undefined ? undefined : replaceReadyLine(ours.body, line);
  if (!ours || body === undefined || body === ours.body) return false;
  await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: ours.id, body });
  return true;
}
