/** The App's flows: everything read through the API (archives, contents), nothing from a checkout. */

import { loadRegister } from '../load.js';
import { checkRegister } from '../check.js';
import { ConfigError, resolveConfig } from '../config.js';
import type { CheckConfig } from '../model.js';
import { partitionByNew, type Bilingual } from '../types.js';
import { escapeMarkdown, inlineCode } from '../report/escape.js';
import { say, sayBoth } from '../report/vocabulary.js';
import type { GitHubClient, RepoRef } from './client.js';
import { ArchiveLimitError, downloadSnapshot } from './archive.js';
import { describeRequestError } from './request-error.js';
import { readRepoConfig } from './repo-config.js';
import { completeCheckRun, failCheckRun, startCheckRun, type CheckRunRef } from './check-run.js';
import { runPullRequest, type PullRequestResult } from './pull-request.js';
import { syncStaleIssues, type StaleResult } from './stale.js';

/** A pull request as the webhook payload describes it. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

/** Common inputs of the App's flows. */
export interface RemoteOptions {
  client: GitHubClient;
  repo: RepoRef;
  defaultBranch: string;
  botLogin: string;
  today: string;
}

// The configuration's text (a key, a value quoted in the message) is repository content: escaped like register text.
function configErrorSummary(error: ConfigError): string {
  return `${escapeMarkdown(error.describe('nl'))}\n\n${escapeMarkdown(error.describe('en'))}`;
}

/**
 * Why a job failed, in both languages: the GitHub request and its status, the archive limit, or (for
 * anything else) a pointer to the log. `markdown` escapes for a check run's summary.
 */
export function describeFailure(error: unknown, markdown = false): Bilingual {
  const request = describeRequestError(error, markdown ? { code: inlineCode, quote: escapeMarkdown } : {});
  if (request) return request;
  if (error instanceof ArchiveLimitError) return error.text;
  return sayBoth('failure.unexpected');
}

/** Checks a pull request from the API: config from the default branch, head and base from one archive each, a check run, the review. */
export async function checkPullRequestRemotely(options: RemoteOptions & { pull: PullRequestRef; appId?: number }): Promise<PullRequestResult | ConfigError> {
  const { client, repo, pull } = options;
  // Only our own check run is reused: another app's run of the same name (the Action's job) is not ours to update.
  const checkRun = await startCheckRun(client, repo, pull.headSha, { id: options.appId, slug: options.botLogin.replace(/\[bot\]$/, '') });
  try {
    return await checkWithRun(options, checkRun);
  } catch (error) {
    // A run left in progress reads as "still checking" for ever; completed as a failure it says what broke and how to retry.
    await failCheckRun(client, repo, checkRun, describeFailure(error, true)).catch(() => undefined);
    throw error;
  }
}

async function checkWithRun(options: RemoteOptions & { pull: PullRequestRef }, checkRun: CheckRunRef): Promise<PullRequestResult | ConfigError> {
  const { client, repo, pull } = options;
  let config: CheckConfig;
  try {
    // The rules that judge a pull request come from the default branch, never from the pull request itself.
    config = await readRepoConfig(client, repo, options.defaultBranch);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await completeCheckRun(client, repo, checkRun, {
      conclusion: 'action_required',
      title: `${say('checkRun.configInvalid', 'nl')} / ${say('checkRun.configInvalid', 'en')}`,
      summary: configErrorSummary(error),
      findings: [],
      pathPrefix: '',
      language: 'nl',
    });
    return error;
  }
  const { language, review } = resolveConfig(config);
  const [head, base] = await Promise.all([
    downloadSnapshot(client, repo, pull.headSha, '', { config }).then((s) => loadRegister(s.source, config)),
    downloadSnapshot(client, repo, pull.baseSha, '', { config }).then((s) => loadRegister(s.source, config)),
  ]);
  const result = await runPullRequest({
    client,
    repo,
    pull: { number: pull.number, headSha: pull.headSha },
    head,
    base,
    config,
    today: options.today,
    language,
    botLogin: options.botLogin,
    maxComments: review.max_comments,
    pathPrefix: '',
  });
  const { fresh } = partitionByNew(result.findings);
  await completeCheckRun(client, repo, checkRun, {
    conclusion: result.failed ? 'failure' : 'success',
    title: say('checkRun.title', language, { fresh: fresh.length, existing: result.findings.length - fresh.length }),
    summary: result.markdown,
    findings: result.findings,
    pathPrefix: '',
    language,
  });
  return result;
}

/** Runs the stale-entry sync for one repository from its default branch, if it holds a register. */
export async function syncRepositoryRemotely(options: RemoteOptions & { maxWrites?: number; dryRun?: boolean }): Promise<StaleResult | undefined> {
  const { client, repo } = options;
  // One cheap look before downloading anything: a repository without register.yml holds no register.
  try {
    await client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'register.yml', ref: options.defaultBranch });
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  let config: CheckConfig;
  try {
    config = await readRepoConfig(client, repo, options.defaultBranch);
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
  const snapshot = await downloadSnapshot(client, repo, options.defaultBranch, '', { config });
  const register = await loadRegister(snapshot.source, config);
  if (!register.registerFile) return undefined;
  const { language, stale_issues: staleIssues } = resolveConfig(config);
  const { findings } = checkRegister(register, { config, today: options.today });
  return syncStaleIssues({
    client,
    repo,
    register,
    findings,
    botLogin: options.botLogin,
    label: staleIssues.label,
    maxWrites: Math.min(options.maxWrites ?? Infinity, staleIssues.max_per_run),
    dryRun: options.dryRun ?? false,
    language,
  });
}
