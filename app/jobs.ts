/** How the App runs its work: one job per repository at a time, each delivery once, failures logged and never fatal. */

import type { Probot, Context } from 'probot';
import type { RepoRef } from '../src/github/client.js';
import { describeFailure } from '../src/github/request-error.js';
import { say } from '../src/report/vocabulary.js';
import { RecentDeliveries } from './deliveries.js';

/**
 * Runs one job per repository at a time, so two deliveries never race each other's writes. The queue
 * itself never rejects: a job's failure goes to its caller only, and the next job runs regardless.
 */
export class RepositoryQueue {
  private readonly queues = new Map<string, Promise<void>>();

  /** Runs `job` after every earlier job of the same repository. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(job);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

/** The app's id and its login, `<slug>[bot]`, which marks our own comments and check runs; asked once, again after a failure. */
export function appIdentity(app: Probot): () => Promise<{ login: string; slug: string; appId?: number }> {
  let identity: Promise<{ login: string; slug: string; appId?: number }> | undefined;
  const ask = async () => {
    const octokit = await app.auth();
    const { data } = await octokit.request('GET /app');
    const slug: string = data?.slug ?? 'register-check';
    return { login: `${slug}[bot]`, slug, appId: data?.id as number | undefined };
  };
  return () =>
    (identity ??= ask().catch((error) => {
      identity = undefined;
      throw error;
    }));
}

/** Runs deliveries' jobs: `job` queues per repository and logs a failure (the check run, if any, already says it); `once` drops a replayed delivery. */
export function jobRunner(): {
  job(context: Context, repo: RepoRef, work: () => Promise<unknown>): Promise<boolean>;
  once(context: Context, handle: () => Promise<boolean>): Promise<void>;
} {
  const queue = new RepositoryQueue();
  const deliveries = new RecentDeliveries();
  return {
    async job(context, repo, work) {
      const repository = `${repo.owner}/${repo.repo}`;
      try {
        await queue.run(repository, work);
        return true;
      } catch (error) {
        const why = describeFailure(error);
        context.log.error({ err: error, repository, event: context.name, delivery: context.id }, `register-check: ${repository}: ${say('app.jobFailed', 'nl')} / ${say('app.jobFailed', 'en')}: ${why.nl} / ${why.en}`);
        return false;
      }
    },
    // A failed delivery is forgotten, so GitHub's redelivery retries it.
    async once(context, handle) {
      if (!deliveries.remember(context.id)) {
        context.log.warn({ event: context.name, delivery: context.id }, `register-check: ${say('app.deliveryRepeated', 'nl', { id: context.id })} / ${say('app.deliveryRepeated', 'en', { id: context.id })}`);
        return;
      }
      if (!(await handle())) deliveries.forget(context.id);
    },
  };
}

/** Handles the items one after another, each to its end even when one fails; true when all succeeded. */
export async function every<T>(items: T[], handle: (item: T) => Promise<boolean>): Promise<boolean> {
  let ok = true;
  for (const item of items) ok = (await handle(item)) && ok;
  return ok;
}
