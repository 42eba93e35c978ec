/** The pull-request behaviour both front ends share: check head against base, review, summary comment. */

import type { CheckConfig } from '../model.js';
import type { Register } from '../register.js';
import type { Finding, Language, Summary } from '../types.js';
import { checkRegister, failsOn } from '../check.js';
import { resolveConfig } from '../config.js';
import type { GitHubClient, RepoRef } from './client.js';
import { isPermissionDenied } from './client.js';
import type { ChangedFile } from './diff.js';
import { planReview, postReview, type ReviewComment, type ReviewSummary } from './review.js';
import { renderSummary, upsertSummaryComment } from './summary.js';
import { say } from '../report/vocabulary.js';

/** Everything a pull-request run needs. */
export interface PullRequestRun {
  client: GitHubClient;
  repo: RepoRef;
  pull: { number: number; headSha: string };
  head: Register;
  base?: Register;
  config: CheckConfig;
  today: string;
  language: Language;
  /** The login our comments carry (e.g. `github-actions[bot]`, `register-check[bot]`). */
  botLogin: string;
  maxComments: number;
  /** The register's folder in the repository, with a trailing slash, or ''. */
  pathPrefix: string;
  /** Skip every write (a dry run, or a token known to be read-only). */
  readOnly?: boolean;
}

/** What a pull-request run found and did. */
export interface PullRequestResult {
  findings: Finding[];
  summary: Summary;
  failed: boolean;
  /** The summary in Markdown, for the job summary or the check run. */
  markdown: string;
  /** Set when GitHub refused our writes (a fork's read-only token): said once, plainly. */
  writeDenied?: string;
}

/** The sentence said once when a pull request from a fork cannot be commented on. */
export function forkNote(language: Language): string {
  return say('review.forkNote', language);
}

/** Checks a pull request and posts the review and the sticky summary comment. */
export async function runPullRequest(run: PullRequestRun): Promise<PullRequestResult> {
  const { client, repo, pull, config, language } = run;
  const { findings, summary } = checkRegister(run.head, { config, today: run.today, base: run.base });
  const failOn = resolveConfig(config).fail_on;
  const failed = findings.some((f) => failsOn(f, failOn));

  const changedFiles = await client.paginate<ChangedFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const existing = await client.paginate<ReviewComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const reviews = await client.paginate<ReviewSummary>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const plan = planReview({ findings, changedFiles, existing, reviews, botLogin: run.botLogin, maxComments: run.maxComments, language, pathPrefix: run.pathPrefix });

  const changedPaths = new Set(changedFiles.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const changedPartnerships = run.head.partnerships.filter((p) => changedPaths.has(`${run.pathPrefix}${p.file.path}`)).map((p) => p.id);
  const summaryContext = {
    language,
    failed,
    notCommented: plan.summaryOnly.length,
    overflow: plan.overflow.length,
    changedPartnerships,
    register: run.head,
  };
  let markdown = renderSummary(findings, summary, summaryContext);
  const result: PullRequestResult = { findings, summary, failed, markdown };
  if (run.readOnly) return result;

  try {
    const reviewIntro = say('review.intro', language, { n: plan.inline.length });
    await postReview(client, repo, pull.number, pull.headSha, plan, language, reviewIntro);
    await upsertSummaryComment(client, repo, pull.number, run.botLogin, markdown);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    result.writeDenied = forkNote(language);
    markdown = renderSummary(findings, summary, { ...summaryContext, note: result.writeDenied });
    result.markdown = markdown;
  }
  return result;
}
