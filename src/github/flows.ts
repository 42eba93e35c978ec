/**
 * The two flows both front ends call: a pull request (check head against base, review, sticky summary) and the
 * register issues (per entry: staleness and what the AP's questions find lacking, on the default branch). What differs between the Action and the App (where the
 * register is read from, where the outcome is published) comes in as inputs.
 */

import type { CheckConfig } from '../model.js';
import type { Entity, EntryOutline, PartnershipEntity, Register } from '../register.js';
import type { Finding, Language, Summary } from '../types.js';
import { checkRegister, failsOn } from '../check.js';
import { ConfigError, resolveConfig, type ResolvedConfig } from '../config.js';
import { ParseCache, loadRegister } from '../load.js';
import { say } from '../report/vocabulary.js';
import type { RegisterSource } from '../source.js';
import type { ChangedFile } from '../review/diff.js';
import { planReview, type ReviewComment, type ReviewSummary } from '../review/review.js';
import { renderSummary } from '../review/summary.js';
import { isPermissionDenied, type GitHubClient, type RepoRef } from './client.js';
import { downloadSnapshot } from './archive.js';
import { readRepoConfig } from './repo-config.js';
import { postReview } from './review.js';
import { upsertSummaryComment } from './summary.js';
import { syncStaleIssues, type StaleResult } from './stale.js';
import { approvalRules, approvingLogins, entryChanges, judgeApprovals, neededApprovals, readyLine, type ApprovalOutcome, type ApprovalRules, type EntryChange, type PullReview } from '../review/approvals.js';
import { listReviews, publishApprovalsCheck, teamMembership, updateReadyLine } from './approvals.js';

/** A pull request as the event names it. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
  /** The login of the pull request's author, when the event names it (else it is asked when an approval needs it). */
  author?: string;
}

/** Where a front end reads the repository from: a checkout, git, or the API's archives. */
export interface RepositoryReader {
  /** The configuration that judges this run; invalid throws a ConfigError. */
  config(): Promise<CheckConfig>;
  /** The register at a commit or branch; loads that share a cache parse a file the same in both once. */
  register(ref: string, config: CheckConfig, cache?: ParseCache): Promise<Register>;
  /** The commit a branch (or `HEAD`) stands at, for links to a finding's line; undefined when it cannot be known. */
  commit?(ref: string): Promise<string | undefined>;
  /** The register's files at a commit or branch, not yet loaded: for a checker that loads them elsewhere (the App's worker threads). */
  source?(ref: string, config: CheckConfig): Promise<RegisterSource>;
}

/** A full hexadecimal commit id: the only form that goes into a link. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Reads everything through the API: the configuration at `configRef`, each register from one archive download. */
export function archiveReader(client: GitHubClient, repo: RepoRef, configRef: string): RepositoryReader & Required<Pick<RepositoryReader, 'source'>> {
  const source = async (ref: string, config: CheckConfig) => (await downloadSnapshot(client, repo, ref, '', { config })).source;
  return {
    config: () => readRepoConfig(client, repo, configRef),
    register: async (ref, config, cache) => loadRegister(await source(ref, config), config, undefined, cache),
    source,
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
  /** The approvals the change needs and has, when the configuration has `approvals`. */
  approvals?: ApprovalOutcome;
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

/** A partnership as the summary draws it: its id and data, and the file it is in. */
export type PartnershipOutline = Pick<PartnershipEntity, 'id' | 'data'> & { path: string };

/** A pull request's registers checked, head against base, as plain data (it may come from another thread). */
export interface PullRequestFindings {
  findings: Finding[];
  summary: Summary;
  /** The head's partnerships: the summary draws those the pull request changed. */
  partnerships: PartnershipOutline[];
  /** The entries the pull request adds, changes or removes, field by field (paths relative to the register): what approvals judge. */
  changes: EntryChange[];
}

/** What a checker is asked: the commits and how to judge them. */
export interface PullRequestRun {
  headSha: string;
  baseSha: string;
  config: CheckConfig;
  today: string;
}

/** A register checked on its own, as plain data (it may come from another thread): what a register-issues run needs of it. */
export interface RegisterFindings {
  findings: Finding[];
  summary: Summary;
  /** Whether the register has its register.yml. */
  hasRegisterFile: boolean;
  /** Its entries, as the issues name them. */
  entries: { processing: EntryOutline[]; partnerships: EntryOutline[] };
}

/** What a checker is asked for the register issues: the branch or commit, and how to judge it. */
export interface RegisterRun {
  ref: string;
  config: CheckConfig;
  today: string;
}

/** Reads registers with a reader and checks them: on this thread ({@link IN_PROCESS}), or elsewhere (the App's worker threads). */
export interface Checker {
  pullRequest(reader: RepositoryReader, run: PullRequestRun): Promise<PullRequestFindings>;
  register(reader: RepositoryReader, run: RegisterRun): Promise<RegisterFindings>;
}

/** Checks head against base and keeps what a pull-request run needs of them: the one check every checker runs. */
export function checkHeadAgainstBase(head: Register, base: Register, config: CheckConfig, today: string): PullRequestFindings {
  const { findings, summary } = checkRegister(head, { config, today, base });
  return { findings, summary, partnerships: head.partnerships.map((p) => ({ id: p.id, data: p.data, path: p.file.path })), changes: entryChanges(base, head) };
}

/** Checks a register and keeps what a register-issues run needs of it: the one check every checker runs. */
export function checkAlone(register: Register, config: CheckConfig, today: string): RegisterFindings {
  const { findings, summary } = checkRegister(register, { config, today });
  const outline = (e: Entity): EntryOutline => ({ kind: e.kind, id: e.id, data: { name: e.data.name, owner: e.data.owner }, file: { path: e.file.path } });
  return { findings, summary, hasRegisterFile: register.registerFile !== undefined, entries: { processing: register.processing.map(outline), partnerships: register.partnerships.map(outline) } };
}

/** Loads and checks on this thread: the Action's way, and the App's on a serverless host. */
export const IN_PROCESS: Checker = {
  async pullRequest(reader, run) {
    // Most files are the same at base and head: each is parsed once.
    const cache = new ParseCache();
    const [head, base] = await Promise.all([reader.register(run.headSha, run.config, cache), reader.register(run.baseSha, run.config, cache)]);
    return checkHeadAgainstBase(head, base, run.config, run.today);
  },
  async register(reader, run) {
    return checkAlone(await reader.register(run.ref, run.config), run.config, run.today);
  },
};

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
  /** Reads and checks the registers; {@link IN_PROCESS} when left out (the App's server hands in its worker threads). */
  checker?: Checker;
  /** How approvals are judged and published when the configuration has `approvals`; without it teams are not read. */
  approvals?: ApprovalsOptions;
}

/** What differs between front ends in the approvals check. */
export interface ApprovalsOptions {
  /** Whether team membership can be read (the App, with `members: read`); the Action's token cannot. */
  readTeams: boolean;
  /** The app whose check run is ours to update (the App); the Action's own when left out. */
  app?: { id?: number; slug?: string };
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
    const run = { headSha: check.pull.headSha, baseSha: check.pull.baseSha, config: { ...config, fail_on: settings.failOn }, today: check.today };
    const checked = await (check.checker ?? IN_PROCESS).pullRequest(check.reader, run);
    const result = await reviewPullRequest(check, run.config, settings, checked);
    await target.publish?.(result);
    return result;
  } catch (error) {
    await target.fail?.(error);
    throw error;
  }
}

async function reviewPullRequest(check: PullRequestCheck, config: CheckConfig, settings: RunSettings, checked: PullRequestFindings): Promise<PullRequestResult> {
  const { client, repo, pull } = check;
  const { language } = settings;
  const pathPrefix = check.pathPrefix ?? '';
  const botLogin = await check.botLogin();
  const { findings, summary, partnerships, changes } = checked;
  const failed = findings.some((f) => failsOn(f, settings.failOn));
  const list = <T>(route: string) => client.paginate<T>(route, { ...repo, pull_number: pull.number, per_page: 100 });
  const changedFiles = await list<ChangedFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files');
  const existing = await list<ReviewComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments');
  const reviews = await list<ReviewSummary & PullReview>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews');
  const plan = planReview({ findings, changedFiles, existing, reviews, botLogin, maxComments: settings.maxComments, language, pathPrefix });
  const rules = approvalRules(config);
  const approvals = rules && (await judgePullRequest(check, rules, changes, reviews));

  const changedPaths = new Set(changedFiles.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const changedPartnerships = partnerships.filter((p) => changedPaths.has(`${pathPrefix}${p.path}`)).map((p) => p.id);
  const ready = { failing: findings.filter((f) => failsOn(f, settings.failOn)).length, approvals };
  const context = { language, failed, notCommented: plan.summaryOnly.length, overflow: plan.overflow.length, changedPartnerships, register: { partnerships }, ready };
  const result: PullRequestResult = { findings, summary, failed, language, failOn: settings.failOn, markdown: renderSummary(findings, summary, context), ...(approvals ? { approvals } : {}) };
  if (check.readOnly) return result;
  try {
    await postReview(client, repo, pull.number, pull.headSha, plan, language, say('review.intro', language, { n: plan.inline.length }));
    await upsertSummaryComment(client, repo, pull.number, botLogin, result.markdown);
    if (approvals) await publishApprovalsCheck(client, repo, approvals, language, check.approvals?.app);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    result.writeDenied = say('review.forkNote', language);
    result.markdown = renderSummary(findings, summary, { ...context, note: result.writeDenied });
  }
  return result;
}

/** Judges a pull request's approvals: the changes between base and head, the approvals they need, the reviews on the head commit. */
async function judgePullRequest(check: Pick<PullRequestCheck, 'client' | 'repo' | 'pull' | 'pathPrefix' | 'approvals'>, rules: ApprovalRules, changes: EntryChange[], reviews: PullReview[]): Promise<ApprovalOutcome> {
  const { client, repo, pull } = check;
  const pathPrefix = check.pathPrefix ?? '';
  const needs = neededApprovals(changes.map((change) => ({ ...change, file: `${pathPrefix}${change.file}` })), rules);
  const approvers = approvingLogins(reviews, pull.headSha);
  let author = pull.author;
  if (author === undefined && needs.length > 0) {
    author = (await client.request<{ user: { login: string } | null }>('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: pull.number })).data.user?.login;
  }
  const membership = await teamMembership(client, needs, approvers, check.approvals?.readTeams ?? false);
  return judgeApprovals(needs, { approvers, author, membership, headSha: pull.headSha });
}

/** What an approvals run found. */
export interface ApprovalsResult {
  approvals: ApprovalOutcome;
  language: Language;
  /** The summary's ready line as it now stands. */
  readyLine: string;
}

/** Everything an approvals run needs: a pull request whose reviews changed. */
export type ApprovalsCheck = Omit<PullRequestCheck, 'target' | 'readOnly'> & { readOnly?: boolean };

/**
 * Re-judges a pull request's approvals after a review was submitted, edited or dismissed: the check
 * "register-check / goedkeuring" and the ready line of the summary comment. Undefined when the configuration has no
 * `approvals`. The registers are read again (the archives, not file by file), the findings only counted.
 */
export async function checkApprovals(check: ApprovalsCheck): Promise<ApprovalsResult | undefined> {
  const { client, repo, pull } = check;
  const config = await check.reader.config();
  const rules = approvalRules(config);
  if (!rules) return undefined;
  const settings = { ...configSettings(config), ...(await check.settings?.(config)) };
  const run = { headSha: pull.headSha, baseSha: pull.baseSha, config: { ...config, fail_on: settings.failOn }, today: check.today };
  const { findings, changes } = await (check.checker ?? IN_PROCESS).pullRequest(check.reader, run);
  const approvals = await judgePullRequest(check, rules, changes, await listReviews(client, repo, pull.number));
  const line = readyLine(findings.filter((f) => failsOn(f, settings.failOn)).length, approvals, settings.language);
  if (!check.readOnly) {
    await publishApprovalsCheck(client, repo, approvals, settings.language, check.approvals?.app);
    await updateReadyLine(client, repo, pull.number, await check.botLogin(), line);
  }
  return { approvals, language: settings.language, readyLine: line };
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
  /** Reads and checks the register; {@link IN_PROCESS} when left out (the App's server hands in its worker threads). */
  checker?: Checker;
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
  const { findings, summary, hasRegisterFile, entries } = await (sync.checker ?? IN_PROCESS).register(sync.reader, { ref: sync.ref, config: resolved, today: sync.today });
  if (sync.skipUnready && !hasRegisterFile) return undefined;
  // Each finding's line is linked to the commit it was found on, so the link still shows that line after later changes.
  const sha = await sync.reader.commit?.(sync.ref);
  const permalink = sha && COMMIT_ID.test(sha) ? { serverUrl: sync.serverUrl ?? 'https://github.com', owner: repo.owner, repo: repo.repo, sha } : undefined;
  const result = await syncStaleIssues({
    client,
    repo,
    register: entries,
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
