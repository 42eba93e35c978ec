/** Applies a register-issue plan (src/review/stale.ts) on GitHub: lists our issues, checks the labels, writes, and settles races. */

import type { Finding, Language } from '../types.js';
import type { EntryOutline } from '../register.js';
import type { GitHubClient, RepoRef } from './client.js';
import { readIssueMarker } from '../review/markers.js';
import { planStaleIssues, type Permalink, type StaleIssue, type StaleOperation, type StalePlan, type StaleWrite } from '../review/stale.js';

/** An issue as the API lists it (the fields we read). */
interface Issue extends StaleIssue {
  user: { login: string } | null;
  pull_request?: unknown;
}

/** What a sync did and what it left for the next run. */
export interface StaleResult {
  operations: StaleOperation[];
  /** Writes that did not fit in this run's budget; the next run continues with them. */
  pending: number;
  dryRun: boolean;
}

/** Options of a sync. */
export interface StaleOptions {
  client: GitHubClient;
  repo: RepoRef;
  register: { processing: readonly EntryOutline[]; partnerships: readonly EntryOutline[] };
  findings: Finding[];
  botLogin: string;
  label: string;
  maxWrites: number;
  dryRun: boolean;
  language: Language;
  /** Repository-relative prefix of the register's folder, for links. */
  pathPrefix?: string;
  /** `issues.rules`: which rules open an issue beyond (or instead of) the defaults. */
  issueRules?: Readonly<Record<string, boolean>>;
  /** `issues.label_per_question`. */
  labelPerQuestion?: boolean;
  /** Where each finding's line is linked to: the commit the findings were made on. */
  permalink?: Permalink;
}

/** Opens, updates, closes and reopens the register issues (stale entries, AP questions) as planned, within the write budget. */
export async function syncStaleIssues(options: StaleOptions): Promise<StaleResult> {
  const { client, repo, botLogin, dryRun } = options;
  // Found again by label, author and marker: never by title, never by the search API, which lags.
  const listIssues = async () =>
    (await client.paginate<Issue>('GET /repos/{owner}/{repo}/issues', { ...repo, labels: options.label, state: 'all', per_page: 100 })).filter(
      (i) => !i.pull_request && i.user?.login === botLogin && readIssueMarker(i.body),
    );
  const input = { ...options, issues: await listIssues() };
  let plan: StalePlan = planStaleIssues(input);

  for (let i = 0; i <= plan.writes.length; i++) {
    // The labels are looked up once, just before the first new issue; a missing one's creation joins the plan there.
    if (!dryRun && i === plan.labelCheckAt) {
      const missingLabels: string[] = [];
      for (const label of plan.labels) if (!(await labelExists(client, repo, label))) missingLabels.push(label);
      if (missingLabels.length > 0) plan = planStaleIssues({ ...input, missingLabels });
    }
    const write = plan.writes[i];
    if (write && !dryRun) await apply(write, client, repo, listIssues);
  }
  return {
    operations: plan.writes.map(({ action, entry, ...rest }) => ({
      action,
      entry,
      ...('issue' in rest ? { issue: rest.issue } : {}),
      ...('title' in rest ? { title: rest.title } : {}),
    })),
    pending: plan.pending,
    dryRun,
  };
}

async function labelExists(client: GitHubClient, repo: RepoRef, name: string): Promise<boolean> {
  try {
    await client.request('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    return false;
  }
}

/** Whether GitHub refused a new label because one of that name exists (422, code already_exists). */
function labelAlreadyExists(error: unknown): boolean {
  const { status, response } = error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } };
  return status === 422 && (response?.data?.errors ?? []).some((e) => e.code === 'already_exists');
}

async function apply(write: StaleWrite, client: GitHubClient, repo: RepoRef, listIssues: () => Promise<Issue[]>): Promise<void> {
  const patch = (issue: number, fields: Record<string, unknown>) => client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issue, ...fields });
  switch (write.action) {
    case 'create-label':
      try {
        await client.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: write.entry, color: write.color, description: write.description });
      } catch (error) {
        // Another run (a schedule beside a push) made the same label between our look and our write: it is there, as wanted.
        if (!labelAlreadyExists(error)) throw error;
      }
      return;
    case 'close-duplicate':
      await patch(write.issue, { state: 'closed', state_reason: 'duplicate' });
      return;
    case 'reopen':
      await patch(write.issue, { state: 'open', title: write.title, body: write.body });
      return;
    case 'update':
      await patch(write.issue, { title: write.title, body: write.body });
      return;
    case 'close':
      await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: write.issue, body: write.comment });
      await patch(write.issue, { state: 'closed', state_reason: 'completed' });
      return;
    case 'create': {
      const response = await client.request<{ number: number }>('POST /repos/{owner}/{repo}/issues', {
        ...repo,
        title: write.title,
        body: write.body,
        labels: write.labels,
        ...(write.assignees ? { assignees: write.assignees } : {}),
      });
      // Another run may have created the same issue at the same moment: the lowest number wins.
      const again = (await listIssues()).filter((i) => {
        const m = readIssueMarker(i.body);
        return m && `${m.concern}:${m.kind}:${m.id}` === write.key && i.state === 'open';
      });
      const lowest = Math.min(...again.map((i) => i.number));
      if (again.length > 1 && response.data.number !== lowest) await patch(response.data.number, { state: 'closed', state_reason: 'duplicate' });
      return;
    }
  }
}
