/** The Probot app: map webhooks to the shared behaviour in src/github, nothing more. */

import type { Probot, Context } from 'probot';
import { localToday } from '../src/check.js';
import type { GitHubClient } from '../src/github/client.js';
import { checkPullRequestRemotely, describeFailure, syncRepositoryRemotely } from '../src/github/remote.js';
import { RecentDeliveries } from './deliveries.js';
import { say } from '../src/report/vocabulary.js';

type RepoPayload = { owner: { login: string }; name: string; default_branch?: string };

/**
 * Runs one job per repository at a time, so two deliveries never race each other's writes. The queue
 * itself never rejects: a job's failure goes to its caller only, and the next job runs regardless.
 */
const queues = new Map<string, Promise<void>>();
function serialised<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(job);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
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

  const deliveries = new RecentDeliveries();

  /**
   * Runs one repository's job in its queue. A failure is logged (the check run, if there is one, already
   * says it) and returned as false: one failing repository never ends the process or stops the others.
   */
  const job = async (context: Context, repo: { owner: string; repo: string }, work: () => Promise<unknown>): Promise<boolean> => {
    const repository = `${repo.owner}/${repo.repo}`;
    try {
      await serialised(repository, work);
      return true;
    } catch (error) {
      const why = describeFailure(error);
      context.log.error({ err: error, repository, event: context.name, delivery: context.id }, `register-check: ${repository}: ${say('app.jobFailed', 'nl')} / ${say('app.jobFailed', 'en')}: ${why.nl} / ${why.en}`);
      return false;
    }
  };

  /** Handles a delivery once: a replayed id is logged and ignored; a failed delivery is forgotten, so GitHub's redelivery retries it. */
  const once = async (context: Context, handle: () => Promise<boolean>): Promise<void> => {
    if (!deliveries.remember(context.id)) {
      context.log.warn({ event: context.name, delivery: context.id }, `register-check: ${say('app.deliveryRepeated', 'nl', { id: context.id })} / ${say('app.deliveryRepeated', 'en', { id: context.id })}`);
      return;
    }
    if (!(await handle())) deliveries.forget(context.id);
  };

  const pullRequest = (context: Context, pull: { number: number; head: { sha: string }; base: { sha: string } }, repository: RepoPayload) => {
    const repo = { owner: repository.owner.login, repo: repository.name };
    return job(context, repo, async () => {
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

  const sync = (context: Context, repository: RepoPayload & { full_name?: string }) => {
    const repo = { owner: repository.owner?.login ?? repository.full_name!.split('/')[0], repo: repository.name };
    const client = context.octokit as unknown as GitHubClient;
    return job(context, repo, async () => {
      const defaultBranch = repository.default_branch ?? (await client.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', repo)).data.default_branch;
      return syncRepositoryRemotely({ client, repo, defaultBranch, botLogin: (await identity()).login, today: localToday() });
    });
  };

  app.on(['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'], (context) =>
    once(context, () => pullRequest(context, context.payload.pull_request, context.payload.repository as RepoPayload)),
  );

  app.on('check_run.rerequested', (context) =>
    once(context, async () => {
      const run = context.payload.check_run;
      if (run.name !== 'register-check') return true;
      let ok = true;
      for (const pull of run.pull_requests) {
        ok = (await pullRequest(context, { number: pull.number, head: { sha: run.head_sha }, base: { sha: pull.base.sha } }, context.payload.repository as RepoPayload)) && ok;
      }
      return ok;
    }),
  );

  app.on('push', (context) =>
    once(context, async () => {
      const repository = context.payload.repository as RepoPayload & { default_branch: string };
      if (context.payload.ref !== `refs/heads/${repository.default_branch}` || context.payload.deleted) return true;
      return sync(context, { ...repository, owner: { login: repository.owner?.login ?? (repository.owner as unknown as { name: string }).name } });
    }),
  );

  app.on(['installation.created', 'installation_repositories.added'], (context) =>
    once(context, async () => {
      const payload = context.payload as { repositories?: { full_name: string; name: string }[]; repositories_added?: { full_name: string; name: string }[] };
      const repositories = payload.repositories_added ?? payload.repositories ?? [];
      let ok = true;
      for (const repository of repositories) {
        ok = (await sync(context, { owner: { login: repository.full_name.split('/')[0] }, name: repository.name, full_name: repository.full_name })) && ok;
      }
      return ok;
    }),
  );
}
