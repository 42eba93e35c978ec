/**
 * The two flows both front ends call: a pull request (check head against base, review, sticky summary) and the
 * register issues (per entry: staleness and what the AP's questions find lacking, on the default branch). What differs between the Action and the App (where the
 * register is read from, where the outcome is published) comes in as inputs.
 */

import type { CheckConfig } from '../model.js';
import type { Register } from '../register.js';
import type { Finding, Language, Summary } from '../types.js';
import { checkRegister, failsOn } from '../check.js';
import { ConfigError, resolveConfig, type ResolvedConfig } from '../config.js';
import { ParseCache, loadRegister } from '../load.js';
import { say } from '../report/vocabulary.js';
import type { ChangedFile } from '../review/diff.js';
import { planReview, type ReviewComment, type ReviewSummary } from '../review/review.js';
import { renderSummary } from '../review/summary.js';
import { isPermissionDenied, type GitHubClient, type RepoRef } from './client.js';
import { downloadSnapshot } from './archive.js';
import { readRepoConfig } from './repo-config.js';
import { postReview } from './review.js';
import { upsertSummaryComment } from './summary.js';
import { syncStaleIssues, type StaleResult } from './stale.js';

/** A pull request as the event names it. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

/** Where a front end reads the repository from: a checkout, git, or the API's archives. */
export interface RepositoryReader {
  /** The configuration that judges this run; invalid throws a ConfigError. */
  config(): Promise<CheckConfig>;
  /** The register at a commit or branch; loads that share a cache parse a file the same in both once. */
  register(ref: string, config: CheckConfig, cache?: ParseCache): Promise<Register>;
  /** The commit a branch (or `HEAD`) stands at, for links to a finding's line; undefined when it cannot be known. */
  commit?(ref: string): Promise<string | undefined>;
}

/** A full hexadecimal commit id: the only form that goes into a link. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Reads everything through the API: the configuration at `configRef`, each register from one archive download. */
export function archiveReader(client: GitHubClient, repo: RepoRef, configRef: string): RepositoryReader {
  return {
    config: () => readRepoConfig(client, repo, configRef),
    register: async (ref, config, cache) => loadRegister((await downloadSnapshot(client, repo, ref, '', { config })).source, config, undefined, cache),
    commit: async (ref) => (await client.request<{ sha: string }>('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref })).data.sha,
  };
}

/** This run's settings; the configuration gives them unless a front end overrides them (the Action's inputs). */
export interface RunSettings {
  language: Language;
  maxComments: number;
  failOn: NonNullable<CheckConfig['fail_on']>;
}

/** The settings the configuration alone gives, its defaults filled in from the schema. */
export function configSettings(config: CheckConfig): RunSettings {
  const { language, review, fail_on: failOn } = resolveConfig(config);
  return { language, maxComments: review.max_comments, failOn };
}

/** What a pull-request run found and did. */
export interface PullRequestResult {
  findings: Finding[];
  summary: Summary;
  failed: boolean;
  language: Language;
  failOn: RunSettings['failOn'];
  /** The summary in Markdown, for the job summary or the check run. */
  markdown: string;
  /** Set when GitHub refused our writes (a fork's read-only token): said once, plainly. */
  writeDenied?: string;
}

/** Where a front end publishes a pull request's outcome (the App: a check run; the Action: its step). */
export interface PullRequestTarget {
  /** Before anything is read. */
  start?(): Promise<void>;
  /** The configuration is invalid; without this the ConfigError is thrown. */
  configInvalid?(error: ConfigError): Promise<void>;
  publish?(result: PullRequestResult): Promise<void>;
  /** The run broke; the error is thrown on after this. */
  fail?(error: unknown): Promise<void>;
}

/** Everything a pull-request run needs. */
export interface PullRequestCheck {
  client: GitHubClient;
  repo: RepoRef;
  pull: PullRequestRef;
  reader: RepositoryReader;
  /** The login our comments carry (e.g. `github-actions[bot]`, `register-check[bot]`), asked once the registers are read. */
  botLogin: () => Promise<string>;
  today: string;
  /** The register's folder in the repository, with a trailing slash, or ''. */
  pathPrefix?: string;
  /** Skip every write (a dry run). */
  readOnly?: boolean;
  /** The front end's overrides of the configuration's settings. */
  settings?: (config: CheckConfig) => Promise<Partial<RunSettings>> | Partial<RunSettings>;
  target?: PullRequestTarget;
}

/** Checks a pull request: head against base, one review, the sticky summary comment, then the target publishes. */
export async function checkPullRequest(check: PullRequestCheck): Promise<PullRequestResult | ConfigError> {
  const target = check.target ?? {};
  await target.start?.();
  try {
    let config: CheckConfig;
    try {
      config = await check.reader.config();
    } catch (error) {
      if (!(error instanceof ConfigError) || !target.configInvalid) throw error;
      await target.configInvalid(error);
      return error;
    }
    const settings = { ...configSettings(config), ...(await check.settings?.(config)) };
    // Most files are the same at base and head: each is parsed once.
    const cache = new ParseCache();
    const [head, base] = await Promise.all([check.reader.register(check.pull.headSha, config, cache), check.reader.register(check.pull.baseSha, config, cache)]);
    const result = await reviewPullRequest(check, { ...config, fail_on: settings.failOn }, settings, head, base);
    await target.publish?.(result);
    return result;
  } catch (error) {
    await target.fail?.(error);
    throw error;
  }
}

async function reviewPullRequest(check: PullRequestCheck, config: CheckConfig, settings: RunSettings, head: Register, base: Register): Promise<PullRequestResult> {
  const { client, repo, pull } = check;
  const { language } = settings;
  const pathPrefix = check.pathPrefix ?? '';
  const botLogin = await check.botLogin();
  const { findings, summary } = checkRegister(head, { config, today: check.today, base });
  const failed = findings.some((f) => failsOn(f, settings.failOn));
  const list = <T>(route: string) => client.paginate<T>(route, { ...repo, pull_number: pull.number, per_page: 100 });
  const changedFiles = await list<ChangedFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files');
  const existing = await list<ReviewComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments');
  const reviews = await list<ReviewSummary>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews');
  const plan = planReview({ findings, changedFiles, existing, reviews, botLogin, maxComments: settings.maxComments, language, pathPrefix });

  const changedPaths = new Set(changedFiles.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const changedPartnerships = head.partnerships.filter((p) => changedPaths.has(`${pathPrefix}${p.file.path}`)).map((p) => p.id);
  const context = { language, failed, notCommented: plan.summaryOnly.length, overflow: plan.overflow.length, changedPartnerships, register: head };
  const result: PullRequestResult = { findings, summary, failed, language, failOn: settings.failOn, markdown: renderSummary(findings, summary, context) };
  if (check.readOnly) return result;
  try {
    await postReview(client, repo, pull.number, pull.headSha, plan, language, say('review.intro', language, { n: plan.inline.length }));
    await upsertSummaryComment(client, repo, pull.number, botLogin, result.markdown);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    result.writeDenied = say('review.forkNote', language);
    result.markdown = renderSummary(findings, summary, { ...context, note: result.writeDenied });
  }
  return result;
}

/** What a register-issues run found and did. */
export interface RegisterIssuesResult {
  findings: Finding[];
  summary: Summary;
  /** The configuration the run used, its defaults filled in and the front end's fail-on applied. */
  config: ResolvedConfig;
  language: Language;
  sync: StaleResult;
}

/** Everything a register-issues run needs. */
export interface RegisterIssuesSync {
  client: GitHubClient;
  repo: RepoRef;
  /** The branch (or commit) whose register the issues follow: the default branch. */
  ref: string;
  reader: RepositoryReader;
  botLogin: () => Promise<string>;
  today: string;
  dryRun: boolean;
  /** A cap on writes beyond the configuration's `max_per_run` (the sweep's total budget). */
  maxWrites?: number;
  pathPrefix?: string;
  /** The forge's web address for links to a finding's line (the Action: GITHUB_SERVER_URL); github.com when left out. */
  serverUrl?: string;
  /** Skip, rather than fail, a repository without register.yml or with an invalid configuration (the App walks repositories that may hold none). */
  skipUnready?: boolean;
  settings?: (config: CheckConfig) => Promise<Partial<RunSettings>> | Partial<RunSettings>;
}

/** Keeps the register issues in step with the register on the default branch; undefined when skipped. */
export async function syncRegisterIssues(sync: RegisterIssuesSync): Promise<RegisterIssuesResult | undefined> {
  const { client, repo } = sync;
  if (sync.skipUnready) {
    // One cheap look before downloading anything: a repository without register.yml holds no register.
    try {
      await client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'register.yml', ref: sync.ref });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }
  let config: CheckConfig;
  try {
    config = await sync.reader.config();
  } catch (error) {
    if (sync.skipUnready && error instanceof ConfigError) return undefined;
    throw error;
  }
  const settings = { ...configSettings(config), ...(await sync.settings?.(config)) };
  const resolved = resolveConfig({ ...config, fail_on: settings.failOn });
  const register = await sync.reader.register(sync.ref, resolved);
  if (sync.skipUnready && !register.registerFile) return undefined;
  const { findings, summary } = checkRegister(register, { config: resolved, today: sync.today });
  // Each finding's line is linked to the commit it was found on, so the link still shows that line after later changes.
  const sha = await sync.reader.commit?.(sync.ref);
  const permalink = sha && COMMIT_ID.test(sha) ? { serverUrl: sync.serverUrl ?? 'https://github.com', owner: repo.owner, repo: repo.repo, sha } : undefined;
  const result = await syncStaleIssues({
    client,
    repo,
    register,
    findings,
    botLogin: await sync.botLogin(),
    label: resolved.stale_issues.label,
    maxWrites: Math.min(sync.maxWrites ?? Infinity, resolved.stale_issues.max_per_run),
    dryRun: sync.dryRun,
    language: settings.language,
    pathPrefix: sync.pathPrefix,
    issueRules: resolved.issues.rules,
    labelPerQuestion: resolved.issues.label_per_question,
    permalink,
  });
  return { findings, summary, config: resolved, language: settings.language, sync: result };
}
