/** The Probot app: map webhooks to the shared flows in src/github, nothing more. */

import type { Probot, Context } from 'probot';
import { localToday } from '../src/check.js';
import type { GitHubClient } from '../src/github/client.js';
import { checkRunTarget } from '../src/github/check-run.js';
import { APPROVALS_CHECK_NAME } from '../src/github/approvals.js';
import { archiveReader, checkApprovals, checkPullRequest, syncRegisterIssues, type Checker } from '../src/github/flows.js';
import { appIdentity, every, jobRunner } from './jobs.js';

type RepoPayload = { owner?: { login: string; name?: string }; name: string; full_name?: string; default_branch?: string };
type PullPayload = { number: number; head: { sha: string }; base: { sha: string }; user?: { login: string } | null };

/** How the App is made. */
export interface AppOptions {
  /** Loads and checks the registers: the server hands in its worker threads; by default this thread. */
  checker?: Checker;
}

/** The application function Probot's adapters load (serverless hosts): checks on the event loop's own thread; the server (main.ts) hands in worker threads. */
export default function registerCheckApp(app: Probot): void {
  createApp()(app);
}

/** The application function, its checks run by `options.checker`. */
export function createApp(options: AppOptions = {}): (app: Probot) => void {
  return (app) => handleDeliveries(app, options);
}

function handleDeliveries(app: Probot, options: AppOptions): void {
  const identity = appIdentity(app);
  const { job, once } = jobRunner();
  const repoOf = (r: RepoPayload) => ({ owner: r.owner?.login ?? r.owner?.name ?? r.full_name!.split('/')[0], repo: r.name });

  // What both pull-request jobs are handed. The rules that judge a pull request come from the default branch, never from the pull request itself.
  const pullRequestRun = async (context: Context, pull: PullPayload, repository: RepoPayload) => {
    const [repo, client, me] = [repoOf(repository), context.octokit as unknown as GitHubClient, await identity()];
    const app = { id: me.appId, slug: me.slug };
    return {
      client, repo, pull: { number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha, author: pull.user?.login }, today: localToday(), botLogin: async () => me.login,
      reader: archiveReader(client, repo, repository.default_branch ?? 'main'),
      approvals: { readTeams: true, app },
      checker: options.checker,
    };
  };
  const pullRequest = (context: Context, pull: PullPayload, repository: RepoPayload) =>
    job(context, repoOf(repository), async () => {
      const run = await pullRequestRun(context, pull, repository);
      return checkPullRequest({ ...run, target: checkRunTarget(run.client, run.repo, pull.head.sha, run.approvals.app) });
    });
  // A review changes only who approved: the approvals check and the summary's ready line, not the review of the findings.
  const approvals = (context: Context, pull: PullPayload, repository: RepoPayload) =>
    job(context, repoOf(repository), async () => checkApprovals(await pullRequestRun(context, pull, repository)));

  const sync = (context: Context, repository: RepoPayload) =>
    job(context, repoOf(repository), async () => {
      const [repo, client] = [repoOf(repository), context.octokit as unknown as GitHubClient];
      const ref = repository.default_branch ?? (await client.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', repo)).data.default_branch;
      const { login } = await identity();
      return syncRegisterIssues({ client, repo, ref, reader: archiveReader(client, repo, ref), botLogin: async () => login, today: localToday(), dryRun: false, skipUnready: true, checker: options.checker });
    });

  app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'], (context) =>
    once(context, () => pullRequest(context, context.payload.pull_request, context.payload.repository as RepoPayload)),
  );
  app.on(['pull_request_review.submitted', 'pull_request_review.dismissed', 'pull_request_review.edited'], (context) =>
    once(context, () => approvals(context, context.payload.pull_request, context.payload.repository as RepoPayload)),
  );
  app.on('check_run.rerequested', (context) => {
    const run = context.payload.check_run;
    return once(context, async () => (run.name !== 'register-check' && run.name !== APPROVALS_CHECK_NAME) || every(run.pull_requests, (p) => pullRequest(context, { ...p, head: { sha: run.head_sha } }, context.payload.repository as RepoPayload)));
  });
  app.on('push', (context) => {
    const repository = context.payload.repository as RepoPayload & { default_branch: string };
    return once(context, async () => context.payload.ref !== `refs/heads/${repository.default_branch}` || !!context.payload.deleted || sync(context, repository));
  });
  app.on(['installation.created', 'installation_repositories.added'], (context) => {
    const payload = context.payload as { repositories?: RepoPayload[]; repositories_added?: RepoPayload[] };
    return once(context, () => every(payload.repositories_added ?? payload.repositories ?? [], (r) => sync(context, { ...r, owner: undefined })));
  });
}
