/** The Probot app: map webhooks to the shared behaviour in src/github, nothing more. */

import type { Probot, Context } from 'probot';
import { localToday } from '../src/check.js';
import type { GitHubClient } from '../src/github/client.js';
import { checkPullRequestRemotely, syncRepositoryRemotely } from '../src/github/remote.js';

type RepoPayload = { owner: { login: string }; name: string; default_branch?: string };

/** Runs one job per repository at a time, so two deliveries never race each other's writes. */
const queues = new Map<string, Promise<unknown>>();
function serialised<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(job);
  queues.set(key, next);
  void next.finally(() => queues.get(key) === next && queues.delete(key));
  return next;
}

/** The app's id and its login, `<slug>[bot]`, which marks our own comments and check runs. */
async function appIdentity(app: Probot): Promise<{ login: string; appId?: number }> {
  const octokit = await app.auth();
  const { data } = await octokit.request('GET /app');
  return { login: `${data?.slug ?? 'register-check'}[bot]`, appId: data?.id };
}

/** The application function Probot loads. */
export default function registerCheckApp(app: Probot): void {
  let login: Promise<{ login: string; appId?: number }> | undefined;
  const identity = () => (login ??= appIdentity(app).catch((error) => {
    login = undefined;
    throw error;
  }));

  const pullRequest = async (context: Context, pull: { number: number; head: { sha: string }; base: { sha: string } }, repository: RepoPayload) => {
    const repo = { owner: repository.owner.login, repo: repository.name };
    await serialised(`${repo.owner}/${repo.repo}`, async () => {
      const me = await identity();
      return checkPullRequestRemotely({
        client: context.octokit as unknown as GitHubClient,
        repo,
        defaultBranch: repository.default_branch ?? 'main',
        botLogin: me.login,
        appId: me.appId,
        today: localToday(),
        pull: { number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha },
      });
    });
  };

  const sync = async (context: Context, repository: RepoPayload & { full_name?: string }) => {
    const repo = { owner: repository.owner?.login ?? repository.full_name!.split('/')[0], repo: repository.name };
    let defaultBranch = repository.default_branch;
    const client = context.octokit as unknown as GitHubClient;
    if (!defaultBranch) defaultBranch = (await client.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', repo)).data.default_branch;
    await serialised(`${repo.owner}/${repo.repo}`, async () =>
      syncRepositoryRemotely({ client, repo, defaultBranch: defaultBranch!, botLogin: (await identity()).login, today: localToday() }),
    );
  };

  app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'], async (context) => {
    await pullRequest(context, context.payload.pull_request, context.payload.repository as RepoPayload);
  });

  app.on('check_run.rerequested', async (context) => {
    const run = context.payload.check_run;
    if (run.name !== 'register-check') return;
    for (const pull of run.pull_requests) {
      await pullRequest(context, { number: pull.number, head: { sha: run.head_sha }, base: { sha: pull.base.sha } }, context.payload.repository as RepoPayload);
    }
  });

  app.on('push', async (context) => {
    const repository = context.payload.repository as RepoPayload & { default_branch: string };
    if (context.payload.ref !== `refs/heads/${repository.default_branch}` || context.payload.deleted) return;
    await sync(context, { ...repository, owner: { login: repository.owner?.login ?? (repository.owner as unknown as { name: string }).name } });
  });

  app.on(['installation.created', 'installation_repositories.added'], async (context) => {
    const payload = context.payload as { repositories?: { full_name: string; name: string }[]; repositories_added?: { full_name: string; name: string }[] };
    const repositories = payload.repositories_added ?? payload.repositories ?? [];
    for (const repository of repositories) {
      await sync(context, { owner: { login: repository.full_name.split('/')[0] }, name: repository.name, full_name: repository.full_name });
    }
  });
}
