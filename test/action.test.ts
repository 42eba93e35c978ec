/**
 * The Action against the GitHub API simulator. Most runs call run() in this process, with the runner's environment and
 * an Octokit whose writes are not spaced out; a few smoke runs start the bundle as the runner does: `node dist/index.js`
 * on Node.js 24, as runs.using says, with the production client.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { barrier, secondaryRateLimit, startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { pullRequestPayload, repositoryPayload, runAction, runActionInProcess, runsUsing } from './support/action.js';
import { changedFiles, commit, createRepo, readTree, removeAll, type Changes, type RegisterRepo } from './support/git.js';
import { cli, ROOT } from './support/cli.js';
import { FIXED_PARTNERSHIP, NEW_PARTNERSHIP, withPartnership } from './support/scenario.js';
import { createClient } from '../action/client.js';
import { syncRegisterIssues } from '../src/github/flows.js';
import { botLogin } from '../src/github/identity.js';
import { loadRegister } from '../src/load.js';
import { FileSystemSource } from '../src/source.js';
import type { CheckConfig } from '../src/model.js';
import { readIssueMarker } from '../src/review/markers.js';

const OWNER = 'gemeente-schoonhoven';
const REPO = 'verwerkingsregister';
const FULL = `${OWNER}/${REPO}`;
const TOKEN = 'ghs_actions_token';
const READ_ONLY = 'ghs_fork_token';

let sim: GitHubSimulator;
let clean: Changes;
let nextPull = 1;
/** `v24` for runs.using: node24: the major version of process.version in every Action run. */
let runtime: string;
/** Repositories a test made, removed after it. */
const temporary: string[] = [];
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  sim = await startGitHubSimulator();
  sim.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
  sim.addToken(TOKEN, { login: 'github-actions[bot]', repos: [FULL] });
  sim.addToken(READ_ONLY, { login: 'github-actions[bot]', repos: [FULL], write: false });
  clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
  runtime = (await runsUsing()).replace(/^node/, 'v');
});

afterEach(async () => {
  await removeAll(temporary);
});

afterAll(async () => {
  await sim?.close();
});

/** Opens a pull request in the simulator from a base register and a change. */
async function openPullRequest(base: Changes, change: Changes, options: { fork?: boolean; keep?: string[] } = {}) {
  const repo = await repoOf(base, options.keep);
  await commit(repo, change);
  const number = nextPull++;
  sim.addPullRequest(OWNER, REPO, {
    number,
    user: options.fork ? 'contributor' : 'jdevries',
    head: { sha: repo.headSha, ref: `wijziging-${number}` },
    base: { sha: repo.baseSha, ref: 'main' },
    files: changedFiles(repo),
    fork: options.fork,
  });
  return { repo, number };
}

/** A repository removed after the test (or, with `keep`, when that list is emptied). */
async function repoOf(files: Changes, keep = temporary): Promise<RegisterRepo> {
  const repo = await createRepo(files);
  keep.push(repo.dir);
  return repo;
}

/** Runs the Action in process; `smoke`: the bundle in a subprocess on Node.js 24, as the runner does. */
async function runPull(repo: RegisterRepo, number: number, options: { token?: string; fork?: boolean; inputs?: Record<string, string>; smoke?: boolean; productionClient?: boolean } = {}) {
  return (options.smoke ? runAction : runActionInProcess)({
    productionClient: options.productionClient,
    apiUrl: sim.url,
    workspace: repo.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number, headSha: repo.headSha, baseSha: repo.baseSha, fork: options.fork }),
    repository: FULL,
    token: options.token ?? TOKEN,
    ref: `refs/pull/${number}/merge`,
    inputs: options.inputs,
  });
}

const reviewsOf = (number: number) => sim.state.reviews.filter((r) => r.pull_number === number);
const commentsOf = (number: number) => sim.state.reviewComments.filter((c) => c.pull_number === number);
const summariesOf = (number: number) => sim.state.issueComments.filter((c) => c.issue_number === number && c.body.includes('<!-- register-check:summary -->'));

describe('pull requests', () => {
  it('a clean pull request: no review, one summary comment saying so, success', async () => {
    const { repo, number } = await openPullRequest(clean, { 'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2026-05-20') });
    sim.clearLog();
    const run = await runPull(repo, number, { smoke: true });
    expect(run.runtime.split('.')[0]).toBe(runtime);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(reviewsOf(number)).toHaveLength(0);
    const summaries = summariesOf(number);
    expect(summaries).toHaveLength(1);
    expect(summaries[0].user).toBe('github-actions[bot]');
    expect(summaries[0].body).toContain('✅ register-check');
    expect(summaries[0].body).toContain('Geen bevindingen');
    expect(run.outputs['new-findings']).toBe('0');
    expect(run.summary).toContain('✅ register-check');
    expect(sim.violations).toEqual([]);
  });

  describe('a pull request adding a partnership without legal basis (and setting a review date long past)', () => {
    let repo: RegisterRepo;
    let number: number;
    // One repository for the whole story: the tests below are its steps, in order.
    const story: string[] = [];
    const reviewed = (date: string) => ({ 'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, `reviewed: ${date}`) });
    beforeAll(async () => {
      ({ repo, number } = await openPullRequest(clean, { ...withPartnership(clean, NEW_PARTNERSHIP), ...reviewed('2024-01-15') }, { keep: story }));
    });
    afterAll(async () => {
      await removeAll(story);
    });

    it('fails, posts one review with inline comments on the flow and the review date, a summary, annotations and SARIF', async () => {
      sim.clearLog();
      const run = await runPull(repo, number, { smoke: true });
      expect(run.runtime.split('.')[0]).toBe(runtime);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error title=legal-basis-missing,file=partnerships\/veiligheidshuis\.yml,line=21/);
      const reviews = reviewsOf(number);
      expect(reviews).toHaveLength(1);
      expect(reviews[0].commit_id).toBe(repo.headSha);
      const comments = commentsOf(number);
      expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['partnerships/veiligheidshuis.yml:21', 'processing/jeugdhulp.yml:45']);
      const legal = comments.filter((c) => c.body.includes('legal-basis-missing'));
      expect(legal).toHaveLength(1);
      expect(legal[0]).toMatchObject({ path: 'partnerships/veiligheidshuis.yml', line: 21, side: 'RIGHT', user: 'github-actions[bot]' });
      expect(legal[0].body).toContain('Gegevensstroom Gemeente Schoonhoven-aan-Zee → Politie, eenheid Kust');
      expect(legal[0].body).toContain('<!-- register-check:finding:');
      const summary = summariesOf(number);
      expect(summary).toHaveLength(1);
      expect(summary[0].body).toContain('❌ register-check');
      expect(summary[0].body).toContain('Vraag 2');
      expect(summary[0].body).toContain('```mermaid');
      expect(run.outputs['new-findings']).toBe('2');
      expect(run.outputs.errors).toBe('1');
      expect(run.outputs.warnings).toBe('1');
      const sarif = JSON.parse(run.sarif!).runs[0];
      expect(sarif.results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['legal-basis-missing', 'review-overdue']);
      // The bundle carries package.json's version, as the command line does.
      expect(sarif.tool.driver.semanticVersion).toBe(version);
      expect(sim.requests.filter((r) => r.status === 422)).toEqual([]);
      expect(sim.violations).toEqual([]);
    });

    it('a re-run of the same pull request posts nothing twice', async () => {
      const reviews = reviewsOf(number).length;
      const comments = commentsOf(number).map((c) => c.id);
      sim.clearLog();
      const run = await runPull(repo, number);
      expect(run.code).toBe(1);
      expect(reviewsOf(number)).toHaveLength(reviews);
      expect(commentsOf(number).map((c) => c.id)).toEqual(comments);
      expect(summariesOf(number)).toHaveLength(1);
      const writes = sim.requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([]);
      expect(sim.violations).toEqual([]);
    });

    it('a push that fixes both findings removes our comment, and keeps the one someone answered, marked resolved', async () => {
      const ours = commentsOf(number);
      const [legal, overdue] = ['legal-basis-missing', 'review-overdue'].map((rule) => ours.filter((c) => c.body.includes(rule)));
      expect([ours.length, legal.length, overdue.length]).toEqual([2, 1, 1]);
      const answered = overdue[0];
      // A maintainer answers the comment on the review date; that thread must survive.
      sim.state.reviewComments.push({ ...answered, id: answered.id + 100_000, user: 'jdevries', body: 'Klopt, passen we aan.', in_reply_to_id: answered.id } as never);
      await commit(repo, { 'partnerships/veiligheidshuis.yml': FIXED_PARTNERSHIP, ...reviewed('2026-05-20') });
      sim.pushToPullRequest(OWNER, REPO, number, { sha: repo.headSha, files: changedFiles(repo) });
      sim.clearLog();
      const run = await runPull(repo, number);
      expect(run.code).toBe(0);
      expect(commentsOf(number).map((c) => c.id)).toEqual([answered.id, answered.id + 100_000]);
      expect(commentsOf(number)[0].body).toContain('Opgelost');
      expect(commentsOf(number)[0].body).toContain('review-overdue');
      const summary = summariesOf(number);
      expect(summary).toHaveLength(1);
      expect(summary[0].body).not.toContain('legal-basis-missing');
      expect(sim.violations).toEqual([]);
    });
  });

  it('a fork pull request: no writes, findings in annotations and the job summary, one plain note, fails on its findings', async () => {
    const { repo, number } = await openPullRequest(clean, withPartnership(clean, NEW_PARTNERSHIP), { fork: true });
    sim.clearLog();
    const run = await runPull(repo, number, { token: READ_ONLY, fork: true });
    expect(run.code).toBe(1);
    expect(reviewsOf(number)).toHaveLength(0);
    expect(summariesOf(number)).toHaveLength(0);
    expect(run.stdout).toMatch(/::error title=legal-basis-missing/);
    const notes = run.stdout.split('\n').filter((l) => l.includes('uit een fork'));
    expect(notes).toHaveLength(1);
    expect(run.summary).toContain('uit een fork');
    expect(run.summary).toContain('legal-basis-missing');
    expect(sim.requests.filter((r) => r.method !== 'GET' && r.status === 403)).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('never sends a comment outside the diff: findings outside the hunks go to the review body', async () => {
    // Renaming a participant breaks the flows that name it further down: new findings outside the hunk.
    const original = clean['partnerships/sociaal-wijkteam.yml']!;
    const { repo, number } = await openPullRequest(clean, { 'partnerships/sociaal-wijkteam.yml': original.replace('  - id: stichting-wijkteam', '  - id: wijkteam-stichting') });
    sim.clearLog();
    const run = await runPull(repo, number);
    expect(run.code).toBe(1);
    expect(sim.requests.filter((r) => r.status === 422)).toEqual([]);
    const reviews = reviewsOf(number);
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review.body).toContain('flow-party-unknown');
    expect(review.body).toContain('buiten de gewijzigde regels');
    const patch = changedFiles(repo)[0].patch!;
    const hunkLines = new Set<number>();
    for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) for (let l = Number(m[1]); l < Number(m[1]) + Number(m[2] ?? 1); l++) hunkLines.add(l);
    const lines = commentsOf(number).map((c) => c.line!);
    expect(lines).toEqual([17]);
    expect(lines.filter((line) => !hunkLines.has(line))).toEqual([]);
    expect(sim.violations).toEqual([]);
  });
});

describe('pull requests: details a maintainer relies on', () => {
  it('offers a suggestion block for a mechanical fix, inside the diff', async () => {
    const { repo, number } = await openPullRequest(clean, { 'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2024-01-15') });
    sim.clearLog();
    const run = await runPull(repo, number, { inputs: { 'fail-on': 'warning' } });
    expect(run.code).toBe(1);
    const comments = commentsOf(number).filter((c) => c.body.includes('review-overdue'));
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('```suggestion\nreviewed: 2026-06-01\n```');
    expect(sim.violations).toEqual([]);
  });

  it('leaves a summary marker in someone else’s comment alone and writes its own', async () => {
    const { repo, number } = await openPullRequest(clean, withPartnership(clean, NEW_PARTNERSHIP));
    const foreign = sim.addIssueComment(OWNER, REPO, number, { user: 'jdevries', body: 'Kopie: <!-- register-check:summary --> oude samenvatting' });
    expect((await runPull(repo, number)).code).toBe(1);
    const theirs = sim.state.issueComments.find((c) => c.id === foreign.id)!;
    expect(theirs.body).toBe('Kopie: <!-- register-check:summary --> oude samenvatting');
    const ours = summariesOf(number).filter((c) => c.user === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('judges a pull request by the configuration of its base: the change cannot switch a rule off', async () => {
    const change = { ...withPartnership(clean, NEW_PARTNERSHIP), '.github/register-check.yml': 'rules:\n  legal-basis-missing: off\n' };
    const { repo, number } = await openPullRequest(clean, change);
    const run = await runPull(repo, number);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error title=legal-basis-missing/);
    // And a base that does switch it off is obeyed.
    const base = { ...clean, '.github/register-check.yml': 'rules:\n  legal-basis-missing: off\n' };
    const second = await openPullRequest(base, withPartnership(clean, NEW_PARTNERSHIP));
    const obeyed = await runPull(second.repo, second.number);
    expect(obeyed.code).toBe(0);
    expect(obeyed.stdout).not.toMatch(/legal-basis-missing/);
    expect(sim.violations).toEqual([]);
  });

  it('reads head and base from one archive download each when the checkout has neither commit', async () => {
    const head = { ...clean, ...withPartnership(clean, NEW_PARTNERSHIP) };
    const { repo, number } = await openPullRequest(clean, withPartnership(clean, NEW_PARTNERSHIP));
    sim.setTree(OWNER, REPO, repo.baseSha, clean as Record<string, string>);
    sim.setTree(OWNER, REPO, repo.headSha, head as Record<string, string>);
    // A checkout without history or remote: git cannot give either version.
    const bare = await repoOf(head);
    sim.clearLog();
    const run = await runActionInProcess({
      apiUrl: sim.url, workspace: bare.dir, eventName: 'pull_request', repository: FULL, token: TOKEN,
      payload: pullRequestPayload({ owner: OWNER, repo: REPO, number, headSha: repo.headSha, baseSha: repo.baseSha }),
    });
    expect(run.stdout).toContain('nieuwe versie gelezen via archive, basisversie via archive');
    expect(sim.requests.filter((r) => /\/tarball\//.test(r.path))).toHaveLength(2);
    expect(run.stdout).toMatch(/::error title=legal-basis-missing/);
    expect(run.code).toBe(1);
    expect(sim.violations).toEqual([]);
  });

  it('the production client retries a 502 and waits out a secondary rate limit instead of hammering', async () => {
    const { repo, number } = await openPullRequest(clean, withPartnership(clean, NEW_PARTNERSHIP));
    sim.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, times: 1 });
    sim.faults.push(secondaryRateLimit({ method: 'POST', path: /\/issues\/\d+\/comments$/, times: 1 }, { retryAfter: 1 }));
    sim.clearLog();
    // The Action's own createClient, throttle on: without it the secondary limit's 403 would end the run.
    const run = await runPull(repo, number, { productionClient: true });
    expect(run.code).toBe(1);
    const reviewPosts = sim.requests.filter((r) => r.method === 'POST' && /\/reviews$/.test(r.path));
    expect(reviewPosts.map((r) => r.status)).toEqual([502, 200]);
    const commentPosts = sim.requests.filter((r) => r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path));
    expect(commentPosts.map((r) => r.status)).toEqual([403, 201]);
    expect(reviewsOf(number)).toHaveLength(1);
    expect(summariesOf(number)).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });
});

describe('the number of API calls for a pull request does not grow with the register', () => {
  it('is the same for 20 and 1,000 register files', async () => {
    const counts: Record<number, number> = {};
    for (const size of [20, 1000]) {
      const files: Changes = { ...clean };
      const template = clean['processing/bijstandsverlening.yml']!;
      for (let i = 0; i < size - Object.keys(clean).length; i++) {
        files[`processing/extra-${i}.yml`] = template.replace('id: bijstandsverlening', `id: extra-${i}`);
      }
      const { repo, number } = await openPullRequest(files, withPartnership(files, NEW_PARTNERSHIP));
      sim.clearLog();
      await runPull(repo, number);
      counts[size] = sim.apiCalls().length;
      expect(sim.violations).toEqual([]);
    }
    console.log(`API calls for a pull request: ${counts[20]} with 20 register files, ${counts[1000]} with 1,000`);
    expect(counts[1000]).toBe(counts[20]);
  });
});

describe('stale-entry issues on a schedule', () => {
  const staleRegister = (): Changes => ({
    ...clean,
    'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2024-01-15').replace(/owner: .*/, 'owner: jdevries'),
    'processing/wmo-ondersteuning.yml': clean['processing/wmo-ondersteuning.yml']!.replace(/reviewed: .*/, 'reviewed: 2024-02-01'),
  });

  async function schedule(repo: RegisterRepo, inputs: Record<string, string> = {}, smoke = false) {
    return (smoke ? runAction : runActionInProcess)({
      apiUrl: sim.url,
      workspace: repo.dir,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * 1', ...repositoryPayload('workflow_dispatch', { owner: OWNER, repo: REPO }) },
      repository: FULL,
      token: TOKEN,
      inputs,
    });
  }
  const stale = () => sim.state.issues.filter((i) => i.labels.includes('register-stale'));

  it('opens one issue per stale entry, changes nothing on a second run, closes it after a fix', async () => {
    const repo = await repoOf(staleRegister());
    sim.clearLog();
    const first = await schedule(repo, {}, true);
    expect(first.runtime.split('.')[0]).toBe(runtime);
    expect(first.code).toBe(0);
    expect(stale().filter((i) => i.state === 'open')).toHaveLength(2);
    const [jeugd, wmo] = ['processing:jeugdhulp', 'processing:wmo-ondersteuning'].map((entry) => {
      const issues = stale().filter((i) => i.body?.includes(`register-check:issue:stale:${entry} -->`));
      expect(issues).toHaveLength(1);
      return issues[0];
    });
    expect(jeugd.assignees).toEqual(['jdevries']);
    expect(wmo.body).toContain('`schoonhovenaanzee/');
    expect(sim.violations).toEqual([]);

    sim.clearLog();
    await schedule(repo);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    await commit(repo, { 'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2026-05-01') });
    await schedule(repo);
    const closed = stale().find((i) => i.number === jeugd.number)!;
    expect(closed.state).toBe('closed');
    expect(sim.state.issueComments.filter((c) => c.issue_number === jeugd.number && c.body.includes('weer actueel'))).toHaveLength(1);
    expect(stale().filter((i) => i.state === 'open')).toHaveLength(1);

    // Stale again: the same issue is reopened, not a new one.
    await commit(repo, { 'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2023-01-01') });
    await schedule(repo);
    expect(stale().find((i) => i.number === jeugd.number)!.state).toBe('open');
    expect(stale()).toHaveLength(2);
    expect(sim.violations).toEqual([]);
  });

  it('keeps to max_per_run and continues where it stopped; a dry run writes nothing', async () => {
    for (const issue of stale()) issue.labels = ['old'];
    // Without the label, as in a repository new to the Action: creating it is a write too.
    sim.state.labels.splice(0, sim.state.labels.length, ...sim.state.labels.filter((l) => l.name !== 'register-stale'));
    const files = staleRegister();
    for (const name of ['bijstandsverlening', 'meldingen-openbare-ruimte']) {
      files[`processing/${name}.yml`] = clean[`processing/${name}.yml`]!.replace(/reviewed: .*/, 'reviewed: 2024-03-01');
    }
    files['.github/register-check.yml'] = 'stale_issues:\n  max_per_run: 2\n';
    const repo = await repoOf(files);
    sim.clearLog();
    const dry = await schedule(repo, { 'dry-run': 'true' });
    expect(dry.stdout).toContain('(proefrun) issue aanmaken: processing:');
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    await schedule(repo);
    // The label is created (one write), then one issue fits in the budget of two; then two a run.
    expect(stale().filter((i) => i.state === 'open')).toHaveLength(1);
    await schedule(repo);
    expect(stale().filter((i) => i.state === 'open')).toHaveLength(3);
    await schedule(repo);
    expect(stale().filter((i) => i.state === 'open')).toHaveLength(4);
    sim.clearLog();
    await schedule(repo);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sim.violations).toEqual([]);
  });
  it('two runs at once leave one open issue per entry', async () => {
    for (const issue of stale()) issue.labels = ['old'];
    const repo = await repoOf(staleRegister());
    // Both runs list before either creates: the race the marker check must survive.
    sim.faults.push({ method: 'POST', path: /\/issues$/, hold: barrier(2), times: 2 });
    // In-process runs of the Action take turns (they share process.env), so the two runs call the flow side by side.
    const client = createClient(TOKEN, sim.url, { throttle: false });
    const reader = { config: async () => ({}), register: (_ref: string, config: CheckConfig) => loadRegister(new FileSystemSource(repo.dir), config) };
    const sync = () => syncRegisterIssues({ client, repo: { owner: OWNER, repo: REPO }, ref: 'main', reader, botLogin: () => botLogin(client), today: '2026-06-01', dryRun: false });
    await Promise.all([sync(), sync()]);
    const open = stale().filter((i) => i.state === 'open');
    const entries = open.map((i) => /register-check:issue:stale:(\S+) -->/.exec(i.body ?? '')![1]);
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.sort()).toEqual(['processing:jeugdhulp', 'processing:wmo-ondersteuning']);
    expect(sim.violations).toEqual([]);
  });
});

describe('register issues per AP question on a schedule', () => {
  // A partnership whose data flow has no legal basis (Q2, owner a user) and one without a notice (Q3, owner a team).
  const WITHOUT_BASIS = NEW_PARTNERSHIP.replace(/^owner: .*$/m, 'owner: jdevries');
  const defects = (): Changes => ({
    ...clean,
    ...withPartnership(clean, WITHOUT_BASIS),
    'partnerships/riec-kustregio.yml': clean['partnerships/riec-kustregio.yml']!.replace(/^notice:\n(?: {2}.*\n)*/m, ''),
  });
  async function schedule(repo: RegisterRepo) {
    return runActionInProcess({
      apiUrl: sim.url, workspace: repo.dir, eventName: 'schedule', repository: FULL, token: TOKEN,
      payload: { schedule: '0 6 * * 1', ...repositoryPayload('workflow_dispatch', { owner: OWNER, repo: REPO }) },
    });
  }
  const ours = () => sim.state.issues.filter((i) => i.labels.includes('register-stale'));
  const issueOf = (concern: string, entry: string) => {
    const found = ours().filter((i) => i.body?.startsWith(`<!-- register-check:issue:${concern}:${entry} -->`));
    expect(found.length).toBeLessThanOrEqual(1);
    return found[0];
  };
  const retire = () => {
    // Earlier tests' issues leave the listing label, so each test starts as a repository new to the checker.
    for (const issue of ours()) issue.labels = ['old'];
  };

  it('opens a Q2 and a Q3 issue, labelled and assigned; closes the Q2 one once fixed; reopens the Q3 one when the notice goes again', async () => {
    retire();
    const repo = await repoOf(defects());
    const first = await schedule(repo);
    expect(first.code).toBe(0);
    const q2 = issueOf('q2', 'partnership:veiligheidshuis')!;
    const q3 = issueOf('q3', 'partnership:riec-kustregio')!;
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(2);
    expect(q2).toMatchObject({ state: 'open', labels: ['register-stale', 'register: vraag 2'], assignees: ['jdevries'] });
    expect(q3).toMatchObject({ state: 'open', labels: ['register-stale', 'register: vraag 3'], assignees: [] });
    expect(q2.body).toContain('Vraag 2 — Is vooraf vastgelegd welke gegevens mogen worden gedeeld?');
    expect(q2.body).toContain(`[regel 21](https://github.com/${FULL}/blob/${repo.headSha}/partnerships/veiligheidshuis.yml#L21)`);
    expect(q3.body).toContain('`schoonhovenaanzee/team-veiligheid`');
    expect(first.summary).toContain('0 voor de volgende run');

    // The flow fixed: the Q2 issue is closed with a comment; the Q3 one stays.
    await commit(repo, { 'partnerships/veiligheidshuis.yml': FIXED_PARTNERSHIP.replace(/^owner: .*$/m, 'owner: jdevries') });
    await schedule(repo);
    expect(issueOf('q2', 'partnership:veiligheidshuis')!.state).toBe('closed');
    expect(sim.state.issueComments.filter((c) => c.issue_number === q2.number && c.body.includes('staat nu in het register'))).toHaveLength(1);
    expect(issueOf('q3', 'partnership:riec-kustregio')!.state).toBe('open');

    // The notice added, then removed again: the same Q3 issue is closed, then reopened.
    await commit(repo, { 'partnerships/riec-kustregio.yml': clean['partnerships/riec-kustregio.yml']! });
    await schedule(repo);
    expect(issueOf('q3', 'partnership:riec-kustregio')!.state).toBe('closed');
    await commit(repo, { 'partnerships/riec-kustregio.yml': defects()['partnerships/riec-kustregio.yml']! });
    await schedule(repo);
    expect(issueOf('q3', 'partnership:riec-kustregio')).toMatchObject({ number: q3.number, state: 'open' });
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('a rule switched off in the configuration: its findings leave the issue, which closes when none is left', async () => {
    retire();
    const repo = await repoOf(defects());
    await schedule(repo);
    const q2 = issueOf('q2', 'partnership:veiligheidshuis')!;
    expect(q2.body).toContain('legal-basis-missing');
    await commit(repo, { '.github/register-check.yml': 'issues:\n  rules:\n    legal-basis-missing: false\n' });
    await schedule(repo);
    // Its only finding left the issue: closed with a comment.
    expect(issueOf('q2', 'partnership:veiligheidshuis')!.state).toBe('closed');
    expect(sim.state.issueComments.filter((c) => c.issue_number === q2.number && c.body.includes('staat nu in het register'))).toHaveLength(1);
    expect(issueOf('q3', 'partnership:riec-kustregio')!.state).toBe('open');
    expect(sim.violations).toEqual([]);
  });

  it('60 defects with max_per_run: 20 converge in three runs, most severe first, none duplicated', async () => {
    retire();
    // The labels exist already (an earlier test made them), so every write of the budget opens an issue.
    expect(sim.state.labels.filter((l) => ['register-stale', 'register: vraag 2'].includes(l.name))).toHaveLength(2);
    const files: Changes = { ...clean, '.github/register-check.yml': 'stale_issues:\n  max_per_run: 20\n' };
    for (let n = 1; n <= 60; n++) {
      const id = `veiligheidshuis-${String(n).padStart(2, '0')}`;
      files[`partnerships/${id}.yml`] = NEW_PARTNERSHIP.replace('id: veiligheidshuis', `id: ${id}`);
    }
    const repo = await repoOf(files);
    const remaining: string[] = [];
    for (let run = 1; run <= 3; run++) {
      sim.clearLog();
      const result = await schedule(repo);
      expect(sim.requests.filter((r) => r.method !== 'GET')).toHaveLength(20);
      remaining.push(/(\d+) voor de volgende run/.exec(result.summary)![1]);
    }
    expect(remaining).toEqual(['40', '20', '0']);
    const open = ours().filter((i) => i.state === 'open');
    const keys = open.map((i) => readIssueMarker(i.body)!).map((m) => `${m.concern}:${m.kind}:${m.id}`);
    expect(keys).toHaveLength(60);
    expect(new Set(keys).size).toBe(60);
    expect(keys.every((k) => k.startsWith('q2:partnership:veiligheidshuis-'))).toBe(true);
    sim.clearLog();
    await schedule(repo);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sim.violations).toEqual([]);
  });
});

describe('inputs, configuration and paths: one rule for the Action and the command line', () => {
  /** The clean register moved into `register/`, with a partnership that lacks a legal basis. */
  const nested = (extra: Changes = {}): Changes => {
    const files: Changes = {};
    for (const [name, text] of Object.entries({ ...clean, ...withPartnership(clean, NEW_PARTNERSHIP) })) files[`register/${name}`] = text;
    return { ...files, ...extra };
  };
  const sarifUris = (sarif: string): string[] =>
    JSON.parse(sarif).runs[0].results.flatMap((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));

  async function runCheck(repo: RegisterRepo, inputs: Record<string, string>) {
    return runActionInProcess({
      apiUrl: sim.url, workspace: repo.dir, eventName: 'push', repository: FULL, token: TOKEN, ref: 'refs/heads/wijziging',
      payload: repositoryPayload('push', { owner: OWNER, repo: REPO, ref: 'refs/heads/wijziging' }), inputs: { mode: 'check', ...inputs },
    });
  }

  it('with path: register, SARIF names the files from the repository root, as the annotations do', async () => {
    const repo = await repoOf(nested());
    const run = await runCheck(repo, { path: 'register' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error title=legal-basis-missing,file=register\/partnerships\/veiligheidshuis\.yml,line=21/);
    const uris = sarifUris(run.sarif!);
    expect(uris).toEqual(['register/partnerships/veiligheidshuis.yml']);
    for (const uri of uris) await expect(fs.access(path.join(repo.dir, decodeURIComponent(uri)))).resolves.toBeUndefined();
    expect(sim.violations).toEqual([]);
  });

  it('reads the configuration at the repository root, like the command line: the same files give the same exit code', async () => {
    // fail_on: never at the root is obeyed by both; the same file inside the register folder by neither.
    const atRoot = await repoOf(nested({ '.github/register-check.yml': 'fail_on: never\n' }));
    const inFolder = await repoOf(nested({ 'register/.github/register-check.yml': 'fail_on: never\n' }));
    const action = { atRoot: await runCheck(atRoot, { path: 'register' }), inFolder: await runCheck(inFolder, { path: 'register' }) };
    const command = { atRoot: cli(['check', 'register', '--today', '2026-06-01'], atRoot.dir), inFolder: cli(['check', 'register', '--today', '2026-06-01'], inFolder.dir) };
    expect([action.atRoot.code, command.atRoot.code]).toEqual([0, 0]);
    expect([action.inFolder.code, command.inFolder.code]).toEqual([1, 1]);
    // Both say why the file in the register folder is not read.
    expect(action.inFolder.stdout).toMatch(/::warning::register\/\.github\/register-check\.yml wordt niet gelezen/);
    expect(command.inFolder.stderr).toContain('wordt niet gelezen');
    // And the command line, run from the parent folder, writes the same SARIF paths as the Action.
    const sarif = cli(['check', 'register', '--today', '2026-06-01', '--format', 'sarif'], inFolder.dir);
    expect(sarifUris(sarif.stdout).sort()).toEqual(sarifUris(action.inFolder.sarif!).sort());
    expect(sim.violations).toEqual([]);
  });

  describe('review.max_comments', () => {
    /** Three partnerships lacking a legal basis and a listing: six findings on changed lines. */
    const threePartnerships = (): Changes =>
      Object.fromEntries(['a', 'b', 'c'].map((x) => [`partnerships/veiligheidshuis-${x}.yml`, NEW_PARTNERSHIP.replace('id: veiligheidshuis', `id: veiligheidshuis-${x}`)]));

    it('is used when the max-comments input is left out', async () => {
      const { repo, number } = await openPullRequest({ ...clean, '.github/register-check.yml': 'review:\n  max_comments: 2\n' }, threePartnerships());
      const run = await runPull(repo, number);
      expect(run.code).toBe(1);
      expect(commentsOf(number)).toHaveLength(2);
      expect(sim.violations).toEqual([]);
    });

    it('gives way to the max-comments input when the workflow sets it', async () => {
      const { repo, number } = await openPullRequest({ ...clean, '.github/register-check.yml': 'review:\n  max_comments: 2\n' }, threePartnerships());
      const run = await runPull(repo, number, { inputs: { 'max-comments': '4' } });
      expect(run.code).toBe(1);
      expect(commentsOf(number)).toHaveLength(4);
      expect(sim.violations).toEqual([]);
    });

    it('refuses an input that is not a whole number from 0 to 100, in words', async () => {
      const { repo, number } = await openPullRequest(clean, threePartnerships());
      const run = await runPull(repo, number, { inputs: { 'max-comments': 'veel' } });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::De invoer max-comments is "veel"; geef een geheel getal van 0 tot en met 100\./);
      expect(reviewsOf(number)).toHaveLength(0);
    });
  });
});
