/**
 * The Action's approvals on a review, against the GitHub API simulator: run() in this process, as the runner starts it
 * on a `pull_request_review` event (payload from @octokit/webhooks-examples), with the workflow's token, which can
 * write check runs but cannot read team membership.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { pullRequestPayload, runActionInProcess, webhookExample } from './support/action.js';
import { changedFiles, commit, createRepo, readTree, removeAll, type Changes, type RegisterRepo } from './support/git.js';
import { ROOT } from './support/cli.js';

const OWNER = 'gemeente-schoonhoven';
const REPO = 'verwerkingsregister';
const FULL = `${OWNER}/${REPO}`;
const TOKEN = 'ghs_actions_token';
const CHECK = 'register-check / goedkeuring';
const SUMMARY_MARKER = '<!-- register-check:summary -->';
/** The officer alone decides: the owner's approval (approvals.owner, true by default) is the App's tests' concern. */
const OFFICER = (officer: string) => `approvals:\n  owner: false\n  privacy_officer: [${officer}]\n`;
const JEUGDHULP = 'processing/jeugdhulp.yml';

let sim: GitHubSimulator;
let clean: Changes;
let nextPull = 1;
const temporary: string[] = [];

beforeAll(async () => {
  sim = await startGitHubSimulator();
  sim.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries', 'fg-login'] });
  sim.addToken(TOKEN, { login: 'github-actions[bot]', repos: [FULL] });
  sim.addToken('token-fg-login', { login: 'fg-login', kind: 'user' });
  sim.addTeam(OWNER, 'privacy', ['fg-login']);
  clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
});

afterEach(async () => {
  await removeAll(temporary);
});

afterAll(async () => {
  await sim?.close();
});

/** A pull request by jdevries that changes a legal basis of the Jeugdhulp processing activity, on a base with `config`. */
async function openLegalBasisChange(config: string | undefined): Promise<{ repo: RegisterRepo; number: number }> {
  const base = config === undefined ? clean : { ...clean, '.github/register-check.yml': config };
  const repo = await createRepo(base);
  temporary.push(repo.dir);
  const changed = clean[JEUGDHULP]!.replace('provision: Jeugdwet, art. 2.3', 'provision: Jeugdwet, art. 2.9');
  expect(changed).not.toBe(clean[JEUGDHULP]);
  await commit(repo, { [JEUGDHULP]: changed });
  const number = nextPull++;
  sim.addPullRequest(OWNER, REPO, {
    number,
    user: 'jdevries',
    head: { sha: repo.headSha, ref: `wijziging-${number}` },
    base: { sha: repo.baseSha, ref: 'main' },
    files: changedFiles(repo),
  });
  return { repo, number };
}

/** An approval as the officer gives it, through the API, on the head commit. */
async function approve(login: string, number: number, headSha: string): Promise<void> {
  const response = await fetch(`${sim.url}/repos/${FULL}/pulls/${number}/reviews`, {
    method: 'POST',
    headers: { authorization: `token token-${login}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'APPROVE', commit_id: headSha, body: '' }),
  });
  expect(response.status).toBe(200);
}

/** The pull_request_review (submitted) event GitHub starts the workflow with, adapted to this pull request. */
function reviewEvent(repo: RegisterRepo, number: number, reviewer: string): Record<string, unknown> {
  const payload = webhookExample('pull_request_review', 'submitted');
  const pr = pullRequestPayload({ owner: OWNER, repo: REPO, number, headSha: repo.headSha, baseSha: repo.baseSha });
  pr.pull_request.user.login = 'jdevries';
  Object.assign(payload, { pull_request: pr.pull_request, repository: pr.repository });
  payload.review.user.login = reviewer;
  payload.review.commit_id = repo.headSha;
  return payload;
}

/** Runs the Action on a review of the pull request, with the runner's environment and the given inputs. */
function runOnReview(repo: RegisterRepo, number: number, inputs: Record<string, string>, reviewer = 'fg-login') {
  return runActionInProcess({
    apiUrl: sim.url,
    workspace: repo.dir,
    eventName: 'pull_request_review',
    payload: reviewEvent(repo, number, reviewer),
    repository: FULL,
    token: TOKEN,
    ref: `refs/pull/${number}/merge`,
    inputs,
  });
}

const approvalRuns = (headSha: string) => sim.state.checkRuns.filter((r) => r.repo === FULL && r.head_sha === headSha && r.name === CHECK);
const summariesOf = (number: number) => sim.state.issueComments.filter((c) => c.repo === FULL && c.issue_number === number && c.body.includes(SUMMARY_MARKER));

describe('check mode on a pull_request_review event', () => {
  describe.sequential('a change of a legal basis, the officer a login', () => {
    let repo: RegisterRepo;
    let number: number;
    const story: string[] = [];
    beforeAll(async () => {
      ({ repo, number } = await openLegalBasisChange(OFFICER('fg-login')));
      // The repository outlives each step of the story; removed after it.
      story.push(...temporary.splice(0));
    });
    afterAll(async () => {
      await removeAll(story);
    });

    it('without the officer\'s approval: a failed goedkeuring check on the head commit naming the field and @fg-login, and the ready line in the job summary', async () => {
      sim.clearLog();
      const run = await runOnReview(repo, number, { mode: 'check' });
      expect(run.code).toBe(0);
      const runs = approvalRuns(repo.headSha);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure', app: { slug: 'github-actions' } });
      expect(runs[0].output.title).toBe('Nog 1 goedkeuring(en) nodig');
      expect(runs[0].output.summary).toContain('Wijziging van de grondslag in `processing/jeugdhulp.yml` wacht op goedkeuring van de functionaris gegevensbescherming (`@fg-login`).');
      expect(run.summary).toContain('**Klaar om samen te voegen?** Nee, nog nodig: goedkeuring van de functionaris gegevensbescherming');
      // Check mode writes no pull-request summary of its own: the ready line goes to the job summary only.
      expect(summariesOf(number)).toHaveLength(0);
      expect(sim.violations).toEqual([]);
    });

    it('after the officer approved the head commit: the same check run succeeds', async () => {
      await approve('fg-login', number, repo.headSha);
      const run = await runOnReview(repo, number, { mode: 'check' });
      expect(run.code).toBe(0);
      const runs = approvalRuns(repo.headSha);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
      expect(runs[0].output.summary).toContain('goedgekeurd door `@fg-login` (de functionaris gegevensbescherming)');
      expect(runs[0].output.summary).not.toContain('wacht op goedkeuring');
      expect(run.summary).toContain('**Klaar om samen te voegen?** Ja, wat register-check betreft');
      expect(sim.violations).toEqual([]);
    });
  });

  it('the officer a team: the approval cannot be verified with the workflow\'s token, neutral, pointing to the App or code owners', async () => {
    const { repo, number } = await openLegalBasisChange(OFFICER(`${OWNER}/privacy`));
    await approve('fg-login', number, repo.headSha);
    // The workflow's token is refused team membership, as on GitHub: the Action does not ask, and does not guess.
    const refused = await fetch(`${sim.url}/orgs/${OWNER}/teams/privacy/memberships/fg-login`, { headers: { authorization: `token ${TOKEN}` } });
    expect(refused.status).toBe(403);
    sim.clearLog();
    const run = await runOnReview(repo, number, { mode: 'check' });
    expect(run.code).toBe(0);
    expect(sim.apiCalls((r) => r.operationId === 'teams/get-membership-for-user-in-org')).toEqual([]);
    const runs = approvalRuns(repo.headSha);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(runs[0].output.summary).toContain(`\`@${OWNER}/privacy\``);
    expect(runs[0].output.summary).toContain('`@fg-login`');
    expect(runs[0].output.summary).toContain('de GitHub Action mag dat met het token van de workflow niet lezen. Gebruik de GitHub App (met de toestemming members: read), of laat de branch protection goedkeuring van code owners eisen');
    expect(run.summary).toContain('**Klaar om samen te voegen?**');
    expect(sim.violations).toEqual([]);
  });

  it('without approvals in the configuration: no goedkeuring check, and no ready line', async () => {
    const { repo, number } = await openLegalBasisChange(undefined);
    await approve('fg-login', number, repo.headSha);
    sim.clearLog();
    const run = await runOnReview(repo, number, { mode: 'check' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('register-check');
    expect(approvalRuns(repo.headSha)).toHaveLength(0);
    expect(sim.apiCalls((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([]);
    expect(run.summary).not.toContain('Klaar om samen te voegen?');
    expect(sim.violations).toEqual([]);
  });
});

describe('mode auto on a pull_request_review event', () => {
  it('runs the pull-request flow: the pull request\'s summary comment with the ready line, and the goedkeuring check', async () => {
    const { repo, number } = await openLegalBasisChange(OFFICER('fg-login'));
    const run = await runOnReview(repo, number, { mode: 'auto' });
    expect(run.code).toBe(0);
    // Only the pull-request flow comments on the pull request; check mode writes the job summary alone.
    const summaries = summariesOf(number);
    expect(summaries).toHaveLength(1);
    expect(summaries[0].user).toBe('github-actions[bot]');
    expect(summaries[0].body).toContain('**Klaar om samen te voegen?** Nee, nog nodig: goedkeuring van de functionaris gegevensbescherming');
    const runs = approvalRuns(repo.headSha);
    expect(runs).toHaveLength(1);
    expect(runs[0].conclusion).toBe('failure');
    expect(sim.violations).toEqual([]);
  });

  it('a later review in check mode turns that summary\'s ready line to yes, and rewrites nothing else of it', async () => {
    const { repo, number } = await openLegalBasisChange(OFFICER('fg-login'));
    await runOnReview(repo, number, { mode: 'auto' });
    const before = summariesOf(number)[0].body;
    await approve('fg-login', number, repo.headSha);
    const run = await runOnReview(repo, number, { mode: 'check' });
    expect(run.code).toBe(0);
    const summaries = summariesOf(number);
    expect(summaries).toHaveLength(1);
    const ready = (body: string) => body.split('\n').filter((l) => l.includes('Klaar om samen te voegen?'));
    expect(ready(before)).toHaveLength(1);
    expect(ready(summaries[0].body)).toHaveLength(1);
    expect(ready(summaries[0].body)[0]).toContain('**Klaar om samen te voegen?** Ja, wat register-check betreft');
    expect(summaries[0].body.replace(ready(summaries[0].body)[0], '')).toBe(before.replace(ready(before)[0], ''));
    expect(approvalRuns(repo.headSha)).toHaveLength(1);
    expect(approvalRuns(repo.headSha)[0].conclusion).toBe('success');
    expect(sim.violations).toEqual([]);
  });
});
