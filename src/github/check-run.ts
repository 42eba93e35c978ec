/** The App's check run: one per head commit, found again by name, completed with annotations in batches. */

import { type Finding, type Language, partitionByNew, type Bilingual } from '../types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { CHECK_RUN_ANNOTATIONS_PER_REQUEST, checkRunAnnotations } from './annotations.js';
import { say } from '../report/vocabulary.js';
import { escapeMarkdown } from '../report/escape.js';
import type { ConfigError } from '../config.js';
import { describeFailure } from './request-error.js';
import type { PullRequestResult, PullRequestTarget } from './flows.js';

/** The check run's name as GitHub shows it. */
export const CHECK_NAME = 'register-check';
/** GitHub's limit on a check run's summary. */
const MAX_SUMMARY = 65_000;

/** A check run being worked on; `annotated` holds the annotations it already carries when it was reused. */
export interface CheckRunRef {
  id: number;
  annotated: Set<string>;
}

/** What makes two annotations the same to a reader: GitHub appends annotations on every update and never replaces them. */
function annotationKey(a: { path: string; start_line: number; end_line: number; annotation_level: string; title?: string | null; message: string }): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.title ?? '', a.message]);
}

/** Starts (or restarts) the check run for a commit; a second delivery reuses the run instead of adding one. */
export async function startCheckRun(client: GitHubClient, repo: RepoRef, headSha: string, app: { id?: number; slug?: string } = {}, name: string = CHECK_NAME): Promise<CheckRunRef> {
  // A check run can only be updated by the app that created it, so look for ours only.
  const { data } = await client.request<{ check_runs: { id: number; name: string; app?: { id: number; slug?: string } | null }[] }>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: headSha,
    check_name: name,
    ...(app.id !== undefined ? { app_id: app.id } : {}),
    per_page: app.id !== undefined ? 1 : 100,
  });
  const ours = (r: { app?: { id: number; slug?: string } | null }) =>
    (app.id === undefined || r.app?.id === app.id) && (app.slug === undefined || r.app?.slug === app.slug);
  const existing = data.check_runs.find((r) => r.name === name && ours(r));
  if (existing) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: existing.id, status: 'in_progress' });
    // Annotations accumulate over updates: remember what the run already shows, so a re-run does not repeat it.
    const annotations = await client.paginate<Parameters<typeof annotationKey>[0]>('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
      ...repo,
      check_run_id: existing.id,
      per_page: 100,
    });
    return { id: existing.id, annotated: new Set(annotations.map(annotationKey)) };
  }
  const created = await client.request<{ id: number }>('POST /repos/{owner}/{repo}/check-runs', {
    ...repo,
    name,
    head_sha: headSha,
    status: 'in_progress',
  });
  return { id: created.data.id, annotated: new Set() };
}

/** Completes the check run; annotations go 50 per request, as GitHub allows. */
export async function completeCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  run: CheckRunRef,
  result: { conclusion: 'success' | 'failure' | 'action_required' | 'neutral'; title: string; summary: string; findings: Finding[]; pathPrefix: string; language: Language },
): Promise<number> {
  // Every new finding is annotated; existing ones only fill up the last batch, so the number of
  // requests follows the change, not the size of the register.
  const { fresh, existing } = partitionByNew(result.findings);
  const per = CHECK_RUN_ANNOTATIONS_PER_REQUEST;
  const room = fresh.length === 0 ? per : (per - (fresh.length % per)) % per;
  const annotations = checkRunAnnotations([...fresh, ...existing.slice(0, room)], result.pathPrefix, result.language).filter((a) => !run.annotated.has(annotationKey(a)));
  const summary = result.summary.length > MAX_SUMMARY ? `${result.summary.slice(0, MAX_SUMMARY)}\n…` : result.summary;
  const output = (batch: unknown[]) => ({ title: result.title.slice(0, 255), summary, annotations: batch });
  let requests = 0;
  // Annotations accumulate over updates; the last request also sets the conclusion.
  const batches: unknown[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  for (const batch of batches.slice(0, -1)) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: run.id, output: output(batch) });
    requests++;
  }
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...repo,
    check_run_id: run.id,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches[batches.length - 1] ?? []),
  });
  return requests + 1;
}

/**
 * Completes the check run of a job that could not be finished: conclusion `failure` (never a pass),
 * why in both languages (`cause`, Markdown), and that re-running the check tries again.
 */
export async function failCheckRun(client: GitHubClient, repo: RepoRef, run: CheckRunRef, cause: Bilingual): Promise<void> {
  const summary = [say('checkRun.unfinished', 'nl', { cause }), say('checkRun.unfinished', 'en', { cause })].join('\n\n');
  await completeCheckRun(client, repo, run, {
    conclusion: 'failure',
    title: `${say('checkRun.unfinishedTitle', 'nl')} / ${say('checkRun.unfinishedTitle', 'en')}`,
    summary,
    findings: [],
    pathPrefix: '',
    language: 'nl',
  });
}

/**
 * A pull request's outcome published as the App's check run: started before anything is read, completed with the
 * findings, `action_required` for an invalid configuration, a failure saying why when the run breaks.
 */
export function checkRunTarget(client: GitHubClient, repo: RepoRef, headSha: string, app: { id?: number; slug?: string }): PullRequestTarget {
  let run: CheckRunRef | undefined;
  return {
    async start() {
      // Only our own check run is reused: another app's run of the same name (the Action's job) is not ours to update.
      run = await startCheckRun(client, repo, headSha, app);
    },
    async configInvalid(error: ConfigError) {
      // The configuration's text (a key, a value quoted in the message) is repository content: escaped like register text.
      await completeCheckRun(client, repo, run!, {
        conclusion: 'action_required',
        title: `${say('checkRun.configInvalid', 'nl')} / ${say('checkRun.configInvalid', 'en')}`,
        summary: `${escapeMarkdown(error.describe('nl'))}\n\n${escapeMarkdown(error.describe('en'))}`,
        findings: [],
        pathPrefix: '',
        language: 'nl',
      });
    },
    async publish(result: PullRequestResult) {
      const { fresh } = partitionByNew(result.findings);
      await completeCheckRun(client, repo, run!, {
        conclusion: result.failed ? 'failure' : 'success',
        title: say('checkRun.title', result.language, { fresh: fresh.length, existing: result.findings.length - fresh.length }),
        summary: result.markdown,
        findings: result.findings,
        pathPrefix: '',
        language: result.language,
      });
    },
    async fail(error: unknown) {
      // A run left in progress reads as "still checking" for ever; completed as a failure it says what broke and how to retry.
      if (run) await failCheckRun(client, repo, run, describeFailure(error, true)).catch(() => undefined);
    },
  };
}
