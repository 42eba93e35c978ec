/**
 * The GitHub App against the GitHub API simulator, which checks every call against GitHub's OpenAPI. Most deliveries go
 * to the App loaded into a Probot in this process, its Octokit's write throttle off; a few smoke tests send real signed
 * deliveries to the built server (`node lib/app/main.js`) on loopback, with the production client, whose throttle the
 * last tests watch in process on a fake clock.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import tarStream from 'tar-stream';
import { Probot } from 'probot';
import { secondaryRateLimit, startGitHubSimulator, type GitHubSimulator, type StoredCheckRun } from './github-sim/index.js';
import { appOctokit } from '../app/octokit.js';
import { pullRequestPayload, repositoryPayload, webhookExample } from './support/action.js';
import { readTree, type Changes } from './support/git.js';
import { ROOT } from './support/cli.js';
import { appKeyPair, applyChanges, deliver, inProcessApp, quiet, runSweepCli, seedPullRequest, signature, startAppServer, UnthrottledOctokit, type AppServer, type InProcessApp } from './support/app.js';
import { sweep } from '../app/sweep.js';
import { RecentDeliveries } from '../app/deliveries.js';
import { unpackTarball } from '../src/github/archive.js';
import { FIXED_PARTNERSHIP, withPartnership } from './support/scenario.js';
import { fakeThrottleClock, probeThrottle } from './support/throttle-clock.js';
import { UnreadableError } from '../src/source.js';

const APP_ID = 4242;
const SECRET = 'webhook-secret-for-tests';
const INSTALLATION = 5101;
const OWNER = 'gemeente-schoonhoven';
const REPO = 'verwerkingsregister';
const FULL = `${OWNER}/${REPO}`;
const BOT = 'register-check[bot]';

let sim: GitHubSimulator;
let app: AppServer;
let inApp: InProcessApp;
let keys: { privateKey: string; publicKey: string };
let clean: Changes;
let workdir: string;
let nextPull = 1;

beforeAll(async () => {
  keys = appKeyPair();
  sim = await startGitHubSimulator();
  sim.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
  sim.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
  sim.addInstallation({ id: INSTALLATION, account: OWNER, repos: [FULL] });
  clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
  // The app runs in a folder of its own, so a test can see that nothing was written beside it.
  workdir = await fs.mkdtemp(path.join(os.tmpdir(), 'register-check-app-'));
  await fs.mkdir(path.join(workdir, 'cwd'));
  inApp = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false });
  app = await startAppServer({
    cwd: path.join(workdir, 'cwd'),
    env: { APP_ID: String(APP_ID), PRIVATE_KEY: keys.privateKey, WEBHOOK_SECRET: SECRET, GITHUB_API_URL: sim.url },
  });
});

afterAll(async () => {
  await app?.stop();
  await sim?.close();
  if (workdir) await fs.rm(workdir, { recursive: true, force: true });
});

/** A change naming a catch-all recipient: a vague-recipient warning. */
const vagueRecipient = (files: Changes): Changes => ({
  'processing/jeugdhulp.yml': files['processing/jeugdhulp.yml']!.replace('organisation: Raad voor de Kinderbescherming', 'organisation: andere ketenpartners'),
});

/** A pull_request delivery from @octokit/webhooks-examples, for the test repository and installation. */
function pullPayload(number: number, shas: { headSha: string; baseSha: string }, action = 'opened') {
  const payload = pullRequestPayload({ owner: OWNER, repo: REPO, number, ...shas, action });
  payload.installation = { id: INSTALLATION, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNTEwMQ==' };
  return payload;
}

/** A check_run.rerequested delivery for our check run on a pull request's head. */
function rerequestPayload(run: StoredCheckRun, pull: { number: number; headSha: string; baseSha: string }, name = run.name) {
  const payload = webhookExample('check_run', 'rerequested');
  const pr = pullRequestPayload({ owner: OWNER, repo: REPO, number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha });
  payload.repository = pr.repository;
  payload.installation = { id: INSTALLATION, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNTEwMQ==' };
  Object.assign(payload.check_run, {
    id: run.id,
    name,
    head_sha: pull.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    pull_requests: [
      {
        url: `${sim.url}/repos/${FULL}/pulls/${pull.number}`,
        id: 9_000_000 + pull.number,
        number: pull.number,
        head: { ref: `pr-${pull.number}`, sha: pull.headSha, repo: { id: 1, url: `${sim.url}/repos/${FULL}`, name: REPO } },
        base: { ref: 'main', sha: pull.baseSha, repo: { id: 1, url: `${sim.url}/repos/${FULL}`, name: REPO } },
      },
    ],
  });
  payload.check_run.check_suite.head_sha = pull.headSha;
  return payload;
}

/** Hands an event to the App in this process; returns once it has handled it (200, or 500 if a handler threw). */
async function post(event: string, payload: unknown, id?: string): Promise<number> {
  return inApp.receive(event, payload, id);
}
/**
 * Delivers a signed event to the App server and returns once it has handled it. Probot answers 200 after the handlers
 * ran (500 if one threw); only past 9 s does it answer 202 and carry on, so then wait until the App is quiet.
 */
async function postToServer(event: string, payload: unknown, id?: string): Promise<number> {
  const answer = await deliver(app, event, payload, { secret: SECRET, id });
  if (answer.status === 202) await quiet(sim, 4000);
  return answer.status === 202 ? 200 : answer.status;
}
/** Waits (bounded) until the App server's log shows `text`: Probot's logger writes from a worker, after the answer. */
async function logged(text: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!app.output().includes(text) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return app.output();
}
/** Our check runs (the App's) on a commit. */
const runsFor = (sha: string) => sim.state.checkRuns.filter((r) => r.repo === FULL && r.head_sha === sha && r.name === 'register-check' && r.app.id === APP_ID);
const reviewsOf = (number: number) => sim.state.reviews.filter((r) => r.repo === FULL && r.pull_number === number);
const commentsOf = (number: number) => sim.state.reviewComments.filter((c) => c.repo === FULL && c.pull_number === number);
const summariesOf = (number: number) => sim.state.issueComments.filter((c) => c.repo === FULL && c.issue_number === number && c.body.includes('<!-- register-check:summary -->'));
const annotationKey = (a: { path: string; start_line: number; title?: string; message: string }) => `${a.path}:${a.start_line}:${a.title}:${a.message}`;

/** A register whose entry `jeugdhulp` is long overdue for review (owner a user login). */
function staleRegister(files: Changes): Record<string, string> {
  return applyChanges(files, {
    'processing/jeugdhulp.yml': files['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2020-01-15').replace(/owner: .*/, 'owner: jdevries'),
  });
}
const staleIssues = (s: GitHubSimulator, repo: string) => s.state.issues.filter((i) => i.repo === repo && i.labels.includes('register-stale'));

// Two independent halves run side by side: the deliveries (one simulator; the App in process and the server, in order)
// and the sweep (simulators of its own). In production Probot's Octokit spaces a process's writes a second apart, and
// those that notify people (reviews, comments, issues) three seconds, as GitHub asks: only the subprocesses (the server's
// smoke tests, `npm run sweep`) wait for that; the tests of the production client below watch it on a fake clock.
describe('the App server', { concurrent: true }, () => {
  describe.sequential('a pull request with findings', () => {
    let number: number;
    let pull: { number: number; headSha: string; baseSha: string };
    let delivery: Record<string, unknown>;
    const deliveryId = 'b7c1e7a0-0000-4000-8000-000000000001';
    const secondDeliveryId = 'b7c1e7a0-0000-4000-8000-000000000002';

    beforeAll(async () => {
      number = nextPull++;
      // A partnership without legal basis (an error) and a catch-all recipient (a warning; without a
      // configuration it is annotated, the control for 'configuration comes from the default branch').
      const shas = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base: clean, change: { ...withPartnership(clean), ...vagueRecipient(clean) } });
      pull = { number, ...shas };
      delivery = pullPayload(number, shas);
      // The Action's job, also called register-check, already ran on this commit: GitHub Actions' check run, not ours to update.
      sim.addToken('ghs_actions', { login: 'github-actions[bot]', repos: [FULL] });
      const actions = await fetch(`${sim.url}/repos/${FULL}/check-runs`, {
        method: 'POST',
        headers: { authorization: 'token ghs_actions', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'register-check', head_sha: shas.headSha, status: 'completed', conclusion: 'success' }),
      });
      expect(actions.status).toBe(201);
    });

    it('pull_request.opened: a failing check run with a summary table and annotations, one review, one summary comment', async () => {
      sim.clearLog();
      // Probot answers after the handlers ran: everything below is already done.
      expect(await post('pull_request', delivery, deliveryId), app.output()).toBe(200);
      const runs = runsFor(pull.headSha);
      expect(runs).toHaveLength(1);
      const run = runs[0];
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', app: { id: APP_ID, slug: 'register-check' } });
      expect(run.output.title).toMatch(/^[1-9]\d* nieuwe bevinding\(en\), \d+ die er al waren$/);
      expect(run.output.summary).toContain('❌ register-check');
      expect(run.output.summary).toContain('Vraag 2');
      expect(run.output.summary).toMatch(/\n\|.*\|\n\|[-: |]+\|\n/);
      expect(run.output.annotations.find((a) => a.title === 'legal-basis-missing')).toMatchObject({
        path: 'partnerships/veiligheidshuis.yml',
        start_line: 21,
        annotation_level: 'failure',
      });
      expect(run.output.annotations.filter((a) => a.title === 'vague-recipient')).toMatchObject([{ path: 'processing/jeugdhulp.yml', annotation_level: 'warning' }]);
      // The Action's check run of the same name is left as it was.
      const theirs = sim.state.checkRuns.filter((r) => r.head_sha === pull.headSha && r.app.slug === 'github-actions');
      expect(theirs.map((r) => [r.conclusion, r.updates])).toEqual([['success', 0]]);
      const reviews = reviewsOf(number);
      expect(reviews).toHaveLength(1);
      expect(reviews[0]).toMatchObject({ user: BOT, commit_id: pull.headSha });
      expect(commentsOf(number).find((c) => c.body.includes('legal-basis-missing'))).toMatchObject({
        path: 'partnerships/veiligheidshuis.yml',
        line: 21,
        side: 'RIGHT',
        user: BOT,
      });
      const summaries = summariesOf(number);
      expect(summaries).toHaveLength(1);
      expect(summaries[0].user).toBe(BOT);
      expect(summaries[0].body).toContain('❌ register-check');
      expect(summaries[0].body).toContain('```mermaid');
      // The only refusal: there is no configuration file, so the defaults apply.
      expect(sim.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.operationId}`)).toEqual(['404 repos/get-content']);
      expect(sim.violations).toEqual([]);
    });

    it('the same event delivered twice (two delivery ids) duplicates nothing: one check run, no new review or comment, one summary', async () => {
      const before = {
        runs: runsFor(pull.headSha).map((r) => r.id),
        reviews: reviewsOf(number).length,
        comments: commentsOf(number).map((c) => c.id),
        annotations: runsFor(pull.headSha)[0].output.annotations.map(annotationKey).sort(),
      };
      sim.clearLog();
      // A second delivery of the same event (GitHub sends one per hook, and after a re-delivery) has an id of its own.
      expect(await post('pull_request', delivery, secondDeliveryId)).toBe(200);
      expect(runsFor(pull.headSha).map((r) => r.id)).toEqual(before.runs);
      const run = runsFor(pull.headSha)[0];
      expect(run.conclusion).toBe('failure');
      expect(run.output.annotations.map(annotationKey).sort()).toEqual(before.annotations);
      expect(reviewsOf(number)).toHaveLength(before.reviews);
      expect(commentsOf(number).map((c) => c.id)).toEqual(before.comments);
      expect(summariesOf(number)).toHaveLength(1);
      // The only writes are the check run's own updates.
      expect(sim.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.operationId}`)).toEqual(['PATCH checks/update', 'PATCH checks/update']);
      expect(sim.violations).toEqual([]);
    });

    it('a replayed delivery (an id already handled) is logged and ignored: no API call at all', async () => {
      const updates = runsFor(pull.headSha)[0].updates;
      sim.clearLog();
      expect(await post('pull_request', delivery, deliveryId)).toBe(200);
      expect(sim.requests).toEqual([]);
      expect(runsFor(pull.headSha)[0].updates).toBe(updates);
      expect(inApp.output()).toContain(`delivery ${deliveryId} was already handled and is ignored`);
    });

    it('check_run.rerequested re-runs the check on the same check run', async () => {
      const [run] = runsFor(pull.headSha);
      const updates = run.updates;
      const annotations = run.output.annotations.map(annotationKey).sort();
      sim.clearLog();
      expect(await post('check_run', rerequestPayload(run, pull))).toBe(200);
      expect(runsFor(pull.headSha)).toHaveLength(1);
      expect(run.updates).toBeGreaterThan(updates);
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(run.output.annotations.map(annotationKey).sort()).toEqual(annotations);
      expect(sim.apiCalls((r) => r.operationId === 'pulls/list-files')).toHaveLength(1);
      expect(reviewsOf(number)).toHaveLength(1);
      expect(summariesOf(number)).toHaveLength(1);
      expect(sim.violations).toEqual([]);
    });

    it('check_run.rerequested for a check run that is not ours does nothing', async () => {
      const [run] = runsFor(pull.headSha);
      sim.clearLog();
      expect(await post('check_run', rerequestPayload(run, pull, 'some-other-check'))).toBe(200);
      expect(sim.apiCalls()).toEqual([]);
    });

    it('pull_request.synchronize with the fix: a new check run that succeeds, our comment removed, the summary updated in place', async () => {
      const summary = summariesOf(number)[0];
      const fixed = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base: clean, change: withPartnership(clean, FIXED_PARTNERSHIP), mainRef: false, addPull: false });
      sim.pushToPullRequest(OWNER, REPO, number, { sha: fixed.headSha, files: fixed.files });
      sim.clearLog();
      expect(await post('pull_request', pullPayload(number, { headSha: fixed.headSha, baseSha: pull.baseSha }, 'synchronize'))).toBe(200);
      const runs = runsFor(fixed.headSha);
      expect(runs).toHaveLength(1);
      expect(runs[0].conclusion).toBe('success');
      expect(runs[0].output.annotations.filter((a) => a.title === 'legal-basis-missing')).toEqual([]);
      expect(commentsOf(number).some((c) => c.body.includes('legal-basis-missing'))).toBe(false);
      const summaries = summariesOf(number);
      expect(summaries.map((c) => c.id)).toEqual([summary.id]);
      expect(summaries[0].body).toContain('✅ register-check');
      expect(sim.violations).toEqual([]);
    });
  });

  describe.sequential('a job that fails', () => {
    it('smoke, the server: is logged and reported on its check run, and the server goes on serving: the redelivery succeeds', async () => {
      const number = nextPull++;
      const shas = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base: clean, change: withPartnership(clean) });
      const payload = pullPayload(number, shas);
      const id = 'c0ffee00-0000-4000-8000-000000000001';
      const tarball = `/repos/${FULL}/tarball/${shas.headSha}`;
      // A status Octokit does not retry, so the job fails at once (a 5xx is retried for about 15 s first, then fails the same way).
      sim.faults.push({ method: 'GET', path: tarball, status: 404, body: { message: 'Not Found' } });
      sim.clearLog();
      expect(await postToServer('pull_request', payload, id), app.output()).toBe(200);
      const [run] = runsFor(shas.headSha);
      // Never a pass: completed as a failure that says what broke and how to retry.
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(run.output.title).toBe('register-check kon niet worden afgerond / register-check could not be finished');
      expect(run.output.summary).toContain(`Het verzoek \`GET ${tarball}\` aan GitHub is mislukt met status 404`);
      expect(run.output.summary).toContain(`The request \`GET ${tarball}\` to GitHub failed with status 404`);
      expect(run.output.summary).toMatch(/Kies \*\*Re-run\*\* bij deze check om het opnieuw te proberen/);
      expect(run.output.summary).toMatch(/Choose \*\*Re-run\*\* on this check to try again/);
      expect(run.output.annotations).toEqual([]);
      expect(reviewsOf(number)).toEqual([]);
      // Logged through Probot's logger, with the request and the status.
      expect(await logged(`GET ${tarball} to GitHub failed with status 404`)).toContain(`${FULL}: taak mislukt / job failed`);
      expect(app.output()).toContain(`GET ${tarball} to GitHub failed with status 404`);
      expect(app.child.exitCode).toBeNull();
      expect(sim.violations).toEqual([]);

      // GitHub's redelivery carries the same id: a failed delivery is not remembered, so it is served.
      sim.clearLog();
      expect(await postToServer('pull_request', payload, id), app.output()).toBe(200);
      expect(runsFor(shas.headSha).map((r) => r.id)).toEqual([run.id]);
      expect(run.output.title).toMatch(/^[1-9]\d* nieuwe bevinding\(en\)/);
      expect(run.conclusion).toBe('failure');
      expect(run.output.annotations.map((a) => a.title)).toContain('legal-basis-missing');
      expect(reviewsOf(number)).toHaveLength(1);
      expect(app.child.exitCode).toBeNull();
      expect(sim.violations).toEqual([]);
    });
  });

  describe.sequential('deliveries that GitHub did not sign', () => {
    it('smoke, the server: a wrong signature and a missing one are refused before any API call', async () => {
      const number = nextPull++;
      const shas = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base: clean, change: withPartnership(clean) });
      const payload = pullPayload(number, shas);
      sim.clearLog();
      const forged = await deliver(app, 'pull_request', payload, { secret: SECRET, sign: 'not-the-secret' });
      expect([400, 401]).toContain(forged.status);
      const unsigned = await deliver(app, 'pull_request', payload, { secret: SECRET, sign: false });
      expect([400, 401]).toContain(unsigned.status);
      // A body changed after signing is a wrong signature too.
      const tampered = await fetch(`${app.url}/api/github/webhooks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': 'tampered',
          'x-hub-signature-256': signature(SECRET, JSON.stringify(payload)),
        },
        body: JSON.stringify({ ...payload, number: number + 1 }),
      });
      expect([400, 401]).toContain(tampered.status);
      // No wait for a handler that might still be running: Probot's middleware answers a delivery only after it has
      // verified it (and run the error handlers on a refused one), and hands only a verified one to the App's handlers.
      expect(sim.requests).toEqual([]);
      expect(runsFor(shas.headSha)).toEqual([]);
    });
  });

  describe.sequential('configuration comes from the default branch', () => {
    // The control: without a configuration the same change is annotated (the first pull request above).
    it('a pull request cannot re-enable a rule that the default branch switched off', async () => {
      const base = { ...clean, '.github/register-check.yml': 'rules:\n  vague-recipient: off\n' };
      const number = nextPull++;
      const shas = await seedPullRequest(sim, {
        owner: OWNER,
        repo: REPO,
        number,
        base,
        change: { ...vagueRecipient(clean), '.github/register-check.yml': 'rules:\n  vague-recipient: error\nfail_on: warning\n' },
      });
      sim.clearLog();
      expect(await post('pull_request', pullPayload(number, shas))).toBe(200);
      const [run] = runsFor(shas.headSha);
      expect(run.conclusion).toBe('success');
      expect(run.output.annotations.filter((a) => a.title?.startsWith('vague-recipient'))).toEqual([]);
      expect(run.output.summary).not.toContain('vague-recipient');
      expect(commentsOf(number).filter((c) => c.body.includes('vague-recipient'))).toEqual([]);
      expect(summariesOf(number)[0].body).not.toContain('vague-recipient');
      const config = sim.apiCalls((r) => r.operationId === 'repos/get-content' && r.path.endsWith('register-check.yml'));
      expect(config.map((r) => r.query.ref)).toEqual(['main']);
      expect(sim.violations).toEqual([]);
    });
  });

  describe.sequential('a hostile archive', () => {
    it('smoke, the server: a symlink to /etc/passwd and entries outside the root are refused, nothing is read or written outside', async () => {
      const number = nextPull++;
      const parent = path.dirname(path.join(workdir, 'cwd'));
      const absBefore = existsSync('/abs.yml');
      const shas = await seedPullRequest(sim, {
        owner: OWNER,
        repo: REPO,
        number,
        base: clean,
        change: {},
        headExtra: { 'processing/passwd.yml': { symlink: '/etc/passwd' } },
        headRaw: [
          { name: '../escape.yml', content: 'id: escape\nname: Ontsnapt\n' },
          { name: '/abs.yml', content: 'id: absolute\nname: Absoluut\n' },
        ],
        extraFiles: [{ filename: 'processing/passwd.yml', status: 'added', patch: '@@ -0,0 +1 @@\n+/etc/passwd\n\\ No newline at end of file' }],
      });
      sim.clearLog();
      expect(await postToServer('pull_request', pullPayload(number, shas)), app.output()).toBe(200);
      const [run] = runsFor(shas.headSha);
      expect(run.conclusion).toBe('failure');
      const unreadable = run.output.annotations.filter((a) => a.title === 'file-unreadable');
      expect(unreadable.map((a) => a.path)).toEqual(['processing/passwd.yml']);
      expect(unreadable[0].message).toMatch(/symbolische link/);
      // Nothing of /etc/passwd, nor of the entries outside the root, reached GitHub.
      const written = JSON.stringify([run.output, reviewsOf(number), commentsOf(number), summariesOf(number)]);
      expect(written).not.toContain('root:');
      expect(written).not.toMatch(/Ontsnapt|Absoluut|escape\.yml|abs\.yml/);
      expect(await fs.readdir(parent)).toEqual(['cwd']);
      expect(await fs.readdir(path.join(workdir, 'cwd'))).toEqual([]);
      expect(existsSync(path.join(os.tmpdir(), 'escape.yml'))).toBe(false);
      expect(existsSync('/abs.yml')).toBe(absBefore);
      expect(sim.requests.filter((r) => r.kind === 'codeload')).toHaveLength(2);
      expect(sim.violations).toEqual([]);
    });

    it('unpackTarball keeps only regular files inside the root and within the size limit', async () => {
      const top = 'org-repo-abc1234';
      const pack = tarStream.pack();
      const chunks: Buffer[] = [];
      pack.on('data', (c: unknown) => chunks.push(c as Buffer));
      const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
      const add = (header: Partial<tarStream.Header> & { name: string }, body?: string) =>
        new Promise<void>((resolve, reject) => (body === undefined ? pack.entry(header, (e) => (e ? reject(e) : resolve())) : pack.entry(header, body, (e) => (e ? reject(e) : resolve()))));
      await add({ name: `${top}/`, type: 'directory' });
      await add({ name: `${top}/register.yml`, type: 'file' }, 'organisation:\n  name: Test\n');
      await add({ name: `${top}/processing/passwd.yml`, type: 'symlink', linkname: '/etc/passwd' });
      await add({ name: `${top}/processing/hard.yml`, type: 'link', linkname: '/etc/passwd' });
      await add({ name: '../x.yml', type: 'file' }, 'id: x\n');
      await add({ name: '/abs.yml', type: 'file' }, 'id: abs\n');
      await add({ name: `${top}/../../up.yml`, type: 'file' }, 'id: up\n');
      await add({ name: `${top}/processing/big.yml`, type: 'file' }, `id: big\nname: ${'x'.repeat(500)}\n`);
      // A second top folder would shadow the real files if it were read as the root.
      await add({ name: 'evil/register.yml', type: 'file' }, 'organisation:\n  name: Kwaad\n');
      pack.finalize();
      await ended;
      const gz = gzipSync(Buffer.concat(chunks));

      const { source } = await unpackTarball(new Uint8Array(gz), '', { maxFileBytes: 64, maxCompressedBytes: 1 << 20, maxUnpackedBytes: 1 << 20, maxEntries: 100, maxKeptBytes: 1 << 20 });
      // The entries outside the top folder (../x.yml, /abs.yml, top/../../up.yml, evil/register.yml) are not listed.
      const listed = await source.list();
      expect(listed.map((e) => [e.path, e.type])).toEqual([
        ['processing/big.yml', 'file'],
        ['processing/hard.yml', 'symlink'],
        ['processing/passwd.yml', 'symlink'],
        ['register.yml', 'file'],
      ]);
      expect(listed.find((e) => e.path === 'processing/big.yml')!.size).toBeGreaterThan(500);
      expect(Buffer.from(await source.read('register.yml', 64)).toString()).toBe('organisation:\n  name: Test\n');
      const reason = (p: string) => source.read(p, 64).then(() => 'read', (e: unknown) => (e instanceof UnreadableError ? e.reason : String(e)));
      expect(await reason('processing/passwd.yml')).toBe('symlink');
      expect(await reason('processing/hard.yml')).toBe('symlink');
      expect(await reason('processing/big.yml')).toBe('too-large');
      expect(await reason('../x.yml')).toBe('outside-root');
      expect(await reason('/abs.yml')).toBe('outside-root');
      expect(await reason('x.yml')).toBe('missing');
      expect(await reason('abs.yml')).toBe('missing');
    });
  });

  describe.sequential('the number of API calls for a pull request does not grow with the register', () => {
    it('is the same for 20 and 1,000 register files, with one archive download for head and one for base', async () => {
      const counts: Record<number, { api: number; codeload: number; tarball: number }> = {};
      for (const size of [20, 1000]) {
        const files: Changes = { ...clean };
        const template = clean['processing/bijstandsverlening.yml']!;
        for (let i = 0; i < size - Object.keys(clean).length; i++) {
          files[`processing/extra-${i}.yml`] = template.replace('id: bijstandsverlening', `id: extra-${i}`);
        }
        expect(Object.keys(files)).toHaveLength(size);
        const number = nextPull++;
        const shas = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base: files, change: withPartnership(files) });
        sim.clearLog();
        expect(await post('pull_request', pullPayload(number, shas))).toBe(200);
        expect(runsFor(shas.headSha)[0].conclusion).toBe('failure');
        expect(sim.violations).toEqual([]);
        // App-level calls (JWT, installation token) happen once per process, not per pull request.
        counts[size] = {
          api: sim.apiCalls((r) => !r.path.startsWith('/app')).length,
          codeload: sim.requests.filter((r) => r.kind === 'codeload').length,
          tarball: sim.apiCalls((r) => r.operationId === 'repos/download-tarball-archive').length,
        };
      }
      console.log(`API calls for an App pull-request check: ${counts[20].api} with 20 files, ${counts[1000].api} with 1,000 (archive downloads: ${counts[20].codeload} and ${counts[1000].codeload})`);
      expect(counts[1000]).toEqual(counts[20]);
      expect(counts[20].codeload).toBe(2);
      expect(counts[20].tarball).toBe(2);
    });
  });

  describe.sequential('stale entries on a push to the default branch and on installation', () => {
    it('push to main opens an issue for the stale entry; a second push writes nothing; a push elsewhere is ignored', async () => {
      sim.setTree(OWNER, REPO, 'a'.repeat(40), staleRegister(clean), { ref: 'main' });
      const push = repositoryPayload('push', { owner: OWNER, repo: REPO, ref: 'refs/heads/main', after: 'a'.repeat(40) });
      push.installation = { id: INSTALLATION };
      push.deleted = false;
      sim.clearLog();
      expect(await post('push', push)).toBe(200);
      const issues = staleIssues(sim, FULL).filter((i) => i.body?.includes('<!-- register-check:issue:stale:processing:jeugdhulp -->'));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ state: 'open', user: BOT, assignees: ['jdevries'] });
      expect(sim.violations).toEqual([]);

      sim.clearLog();
      expect(await post('push', push)).toBe(200);
      expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);

      sim.clearLog();
      const branch = { ...push, ref: 'refs/heads/feature' };
      expect(await post('push', branch)).toBe(200);
      expect(sim.apiCalls()).toEqual([]);
    });

    it('installation.created syncs every repository in the payload, skipping one without a register', async () => {
      const org = 'gemeente-noord';
      const installation = 5202;
      sim.addRepo({ owner: org, repo: 'register', defaultBranch: 'main', collaborators: ['jdevries'] });
      sim.addRepo({ owner: org, repo: 'website', defaultBranch: 'main' });
      sim.setTree(org, 'register', 'b'.repeat(40), staleRegister(clean), { ref: 'main' });
      sim.setTree(org, 'website', 'c'.repeat(40), { 'index.html': '<h1>Gemeente Noord</h1>\n' }, { ref: 'main' });
      sim.addInstallation({ id: installation, account: org, repos: [`${org}/register`, `${org}/website`] });
      const payload = webhookExample('installation', 'created');
      payload.installation.id = installation;
      payload.installation.account.login = org;
      payload.repositories = ['register', 'website'].map((name, i) => ({ id: 700 + i, node_id: `R_${name}`, name, full_name: `${org}/${name}`, private: true }));
      sim.clearLog();
      expect(await post('installation', payload), app.output()).toBe(200);
      expect(staleIssues(sim, `${org}/register`).filter((i) => i.body?.includes('processing:jeugdhulp'))).toHaveLength(1);
      expect(sim.state.issues.filter((i) => i.repo === `${org}/website`)).toEqual([]);
      expect(sim.requests.filter((r) => r.path.startsWith(`/repos/${org}/website`) && r.method !== 'GET')).toEqual([]);
      expect(sim.requests.filter((r) => r.kind === 'codeload' && r.path.includes('/website/'))).toEqual([]);
      expect(sim.violations).toEqual([]);
    });
  });
});

describe('the scheduled sweep across installations', { concurrent: true }, () => {
  // @octokit/auth-app shares in-flight token requests per installation id across instances (a module-level map):
  // concurrent tests against different simulators must use installation ids of their own.
  /** A simulator with two organisations: each a register with one stale entry, one also a repository without a register. */
  async function sweepSimulator(firstInstallation = 61): Promise<GitHubSimulator> {
    const s = await startGitHubSimulator();
    s.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
    for (const [i, org] of ['gemeente-west', 'gemeente-oost'].entries()) {
      s.addRepo({ owner: org, repo: 'avg-register', defaultBranch: 'main', collaborators: ['jdevries'] });
      s.setTree(org, 'avg-register', String(i + 1).repeat(40), staleRegister(clean), { ref: 'main' });
    }
    s.addRepo({ owner: 'gemeente-oost', repo: 'website', defaultBranch: 'main' });
    s.setTree('gemeente-oost', 'website', '9'.repeat(40), { 'README.md': '# Website\n' }, { ref: 'main' });
    s.addInstallation({ id: firstInstallation, account: 'gemeente-west', repos: ['gemeente-west/avg-register'] });
    s.addInstallation({ id: firstInstallation + 1, account: 'gemeente-oost', repos: ['gemeente-oost/avg-register', 'gemeente-oost/website'] });
    return s;
  }
  const opened = (s: GitHubSimulator) =>
    ['gemeente-west/avg-register', 'gemeente-oost/avg-register'].map((r) => staleIssues(s, r).filter((i) => i.state === 'open' && i.body?.includes('processing:jeugdhulp')).length);

  it('in process: opens an issue in both repositories, skips the one without a register; a second run writes nothing', async ({ expect }) => {
    const s = await sweepSimulator();
    try {
      const probot = new Probot({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: s.url, logLevel: 'warn', Octokit: UnthrottledOctokit });
      const first = await sweep({ probot, maxWrites: 100, dryRun: false, today: '2026-06-01' });
      expect(first).toEqual([
        { repository: 'gemeente-west/avg-register', writes: expect.any(Number), pending: 0 },
        { repository: 'gemeente-oost/avg-register', writes: expect.any(Number), pending: 0 },
        { repository: 'gemeente-oost/website', writes: 0, pending: 0, skipped: 'no register' },
      ]);
      expect(first[0].writes).toBeGreaterThan(0);
      expect(opened(s)).toEqual([1, 1]);
      expect(s.requests.filter((r) => r.kind === 'codeload' && r.path.includes('/website/'))).toEqual([]);
      expect(s.violations).toEqual([]);

      s.clearLog();
      const second = await sweep({ probot, maxWrites: 100, dryRun: false, today: '2026-06-01' });
      expect(second.map((l) => l.writes)).toEqual([0, 0, 0]);
      expect(s.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/'))).toEqual([]);
      expect(opened(s)).toEqual([1, 1]);
      expect(s.violations).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('one repository failing (its archive refused, as for a suspended installation) does not stop the others', async ({ expect }) => {
    const s = await sweepSimulator(71);
    try {
      s.faults.push({ method: 'GET', path: /^\/repos\/gemeente-west\/avg-register\/tarball\//, status: 403, body: { message: 'This installation has been suspended' }, times: Infinity });
      const probot = new Probot({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: s.url, logLevel: 'fatal', Octokit: UnthrottledOctokit });
      const lines = await sweep({ probot, maxWrites: 100, dryRun: false, today: '2026-06-01' });
      expect(lines[0]).toMatchObject({ repository: 'gemeente-west/avg-register', writes: 0 });
      expect(lines[0].skipped).toBe('error: The request GET /repos/gemeente-west/avg-register/tarball/main to GitHub failed with status 403: "This installation has been suspended".');
      expect(lines[1]).toMatchObject({ repository: 'gemeente-oost/avg-register', pending: 0 });
      expect(opened(s)).toEqual([0, 1]);
    } finally {
      await s.close();
    }
  });

  it('as `npm run sweep`: a dry run writes nothing, the run opens the issues, the next run writes nothing', async ({ expect }) => {
    const s = await sweepSimulator();
    try {
      const env = { APP_ID: String(APP_ID), PRIVATE_KEY: keys.privateKey, GITHUB_API_URL: s.url, REGISTER_CHECK_TODAY: '2026-06-01' };
      const cwd = os.tmpdir();
      const dry = await runSweepCli({ env, cwd, args: ['--dry-run'] });
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(/3 repository's \/ repositories, \d+ schrijfactie\(s\) \/ write\(s\) \(proefrun \/ dry run\)/);
      expect(s.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/'))).toEqual([]);
      expect(opened(s)).toEqual([0, 0]);

      const run = await runSweepCli({ env, cwd });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('gemeente-west/avg-register:');
      expect(run.stdout).toContain('gemeente-oost/avg-register:');
      expect(run.stdout).not.toContain('website');
      expect(run.stdout).toMatch(/^3 repository's \/ repositories, [1-9]\d* schrijfactie\(s\) \/ write\(s\)$/m);
      expect(opened(s)).toEqual([1, 1]);

      s.clearLog();
      const again = await runSweepCli({ env, cwd });
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^3 repository's \/ repositories, 0 schrijfactie\(s\) \/ write\(s\)$/m);
      expect(s.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/'))).toEqual([]);
      expect(s.violations).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the production client', () => {
  // The throttle's clock is fake (fakeThrottleClock): the test moves it and sees each write held until its time, and no
  // longer; nothing waits on real time. The production Octokit as app/main.ts builds it, with a throttle id of its own (so
  // no other test's writes share its queues) and a probe that sees each request before and after the throttle.
  it('Probot’s Octokit spaces the App’s writes a second apart, and the review and the summary comment, which notify people, three seconds apart', async ({ expect }) => {
    const s = await startGitHubSimulator();
    try {
      s.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
      s.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
      s.addInstallation({ id: 81, account: OWNER, repos: [FULL] });
      const shas = await seedPullRequest(s, { owner: OWNER, repo: REPO, number: 1, base: clean, change: withPartnership(clean) });
      const payload = pullRequestPayload({ owner: OWNER, repo: REPO, number: 1, ...shas });
      payload.installation = { id: 81 };
      const probe = probeThrottle(appOctokit({ id: 'the-production-client' }));
      const production = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: s.url, Octokit: probe.Octokit });
      const [createCheck, review, comment] = [`POST /repos/${FULL}/check-runs`, `POST /repos/${FULL}/pulls/1/reviews`, `POST /repos/${FULL}/issues/1/comments`];
      const clock = fakeThrottleClock();
      try {
        /** `call` is asked for and held by the throttle until the clock reads `at`: not sent 1 ms before, sent at `at`. */
        const heldUntil = async (call: string, at: number) => {
          await clock.until(() => probe.asked.includes(call), `the App asks for ${call}`);
          await clock.settle();
          expect(probe.sentAt(call), `${call} is held`).toBeUndefined();
          expect(Date.now()).toBeLessThan(at);
          await clock.advance(at - 1 - Date.now());
          expect(probe.sentAt(call), `${call} is still held 1 ms before its time`).toBeUndefined();
          await clock.advance(1);
          await clock.until(() => probe.sentAt(call) !== undefined, `${call} is sent at its time`);
          expect(probe.sentAt(call)).toBe(at);
        };
        let status: number | undefined;
        void production.receive('pull_request', payload).then((code) => (status = code));
        await clock.until(() => probe.sentAt(createCheck) !== undefined, 'the check run is created');
        const created = probe.sentAt(createCheck)!;
        // The reads after it are not held; the review, the next write, waits out the write interval.
        await heldUntil(review, created + 1000);
        // The comment's write slot comes a second after the review's; the notification interval holds it to three.
        await heldUntil(comment, created + 1000 + 3000);
        await clock.until(() => status !== undefined, 'the delivery is handled');
        expect(status).toBe(200);
        const sentWrites = probe.sent.filter((r) => !r.call.startsWith('GET ') && !r.call.startsWith('POST /app/'));
        expect(sentWrites.map((r) => r.call.replace(/\/\d+$/, '/{id}'))).toEqual([createCheck, review, comment, `PATCH /repos/${FULL}/check-runs/{id}`]);
        // The check run's update notifies nobody: it waits only for its write slot, long since past.
        expect(sentWrites[3]!.at).toBe(created + 4000);
      } finally {
        clock.restore();
      }
      const writes = s.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/app/'));
      expect(writes.map((r) => `${r.method} ${r.operationId} ${r.status}`)).toEqual(['POST checks/create 201', 'POST pulls/create-review 200', 'POST issues/create-comment 201', 'PATCH checks/update 200']);
      expect(s.violations).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the App’s production Octokit and GitHub’s secondary rate limit', () => {
  // On the fake clock of the test above: the retry is seen held for exactly the Retry-After GitHub sends.
  it('waits it out and posts the comment, where Probot’s own Octokit would give the write up and fail the job', async ({ expect }) => {
    const s = await startGitHubSimulator();
    try {
      s.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
      s.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
      s.addInstallation({ id: 82, account: OWNER, repos: [FULL] });
      const shas = await seedPullRequest(s, { owner: OWNER, repo: REPO, number: 1, base: clean, change: withPartnership(clean) });
      const payload = pullRequestPayload({ owner: OWNER, repo: REPO, number: 1, ...shas });
      payload.installation = { id: 82 };
      // Longer than the three seconds between notifying writes, so that it is this wait the retry shows.
      s.faults.push(secondaryRateLimit({ method: 'POST', path: /\/issues\/\d+\/comments$/, times: 1 }, { retryAfter: 10 }));
      // The class app/main.ts hands Probot, with a throttle id of its own.
      const probe = probeThrottle(appOctokit({ id: 'the-secondary-rate-limit' }));
      const app = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: s.url, Octokit: probe.Octokit });
      const comment = `POST /repos/${FULL}/issues/1/comments`;
      const attempts = () => probe.sent.filter((r) => r.call === comment).map((r) => r.at);
      const clock = fakeThrottleClock();
      try {
        let status: number | undefined;
        void app.receive('pull_request', payload).then((code) => (status = code));
        // The writes go out as the throttle spaces them (the test above): the clock moves on while the App waits for one.
        const sendWhenDue = async (call: string) => {
          const is = (c: string) => c === call || c.startsWith(`${call}/`);
          await clock.until(() => probe.asked.some(is), `the App asks for ${call}`);
          await clock.settle();
          while (!probe.sent.some((r) => is(r.call))) await clock.next();
        };
        await sendWhenDue(`POST /repos/${FULL}/pulls/1/reviews`);
        await sendWhenDue(comment);
        await clock.until(() => app.output().includes('Secondary rate limit'), 'the secondary rate limit is logged');
        await clock.settle();
        const [refused] = attempts();
        expect(Date.now()).toBe(refused);
        await clock.advance(10_000 - 1);
        expect(attempts(), 'no retry before Retry-After has passed').toEqual([refused]);
        await clock.advance(1);
        await clock.until(() => attempts().length === 2, 'the comment is posted again');
        expect(attempts()).toEqual([refused, refused! + 10_000]);
        await sendWhenDue(`PATCH /repos/${FULL}/check-runs`);
        await clock.until(() => status !== undefined, 'the delivery is handled');
        expect(status).toBe(200);
      } finally {
        clock.restore();
      }
      const comments = s.requests.filter((r) => r.method === 'POST' && r.operationId === 'issues/create-comment');
      expect(comments.map((r) => r.status)).toEqual([403, 201]);
      const checks = s.requests.filter((r) => r.operationId === 'checks/update');
      expect(checks.map((r) => r.status)).toEqual([200]);
      expect(app.output()).toContain('Secondary rate limit');
      expect(app.output()).toContain('retrying after 10 s');
      expect(s.violations).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the remembered delivery ids', () => {
  it('are bounded by count: the oldest is forgotten first, a forgotten one is handled again', () => {
    const recent = new RecentDeliveries(3);
    expect(['a', 'b', 'c'].map((id) => recent.remember(id))).toEqual([true, true, true]);
    expect(recent.remember('a')).toBe(false);
    expect(recent.remember('d')).toBe(true);
    expect(recent.size).toBe(3);
    // 'a' was the oldest: pushed out by 'd', it counts as new again (and pushes out 'b'); 'c', 'd', 'a' are replays.
    expect(recent.remember('a')).toBe(true);
    expect(['c', 'd', 'a'].map((id) => recent.remember(id))).toEqual([false, false, false]);
    recent.forget('c');
    expect(recent.remember('c')).toBe(true);
    for (let i = 0; i < 10_000; i++) recent.remember(`id-${i}`);
    expect(recent.size).toBe(3);
  });
});
