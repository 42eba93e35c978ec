/**
 * Approvals on GitHub, against the API simulator: the App in this process (reviews arrive as webhook deliveries from
 * @octokit/webhooks-examples, team membership is read with `members: read`), the shared flow as the Action runs it
 * (its token reads no teams), and `register-check codeowners --check` on a drifted block.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { pullRequestPayload, webhookExample } from './support/action.js';
import { readTree, type Changes } from './support/git.js';
import { ROOT } from './support/cli.js';
import { appKeyPair, inProcessApp, seedPullRequest, type InProcessApp } from './support/app.js';
import { createClient } from '../action/client.js';
import { archiveReader, checkApprovals } from '../src/github/flows.js';
import { main } from '../src/cli.js';

const APP_ID = 5151;
const INSTALLATION = 6161;
const OWNER = 'schoonhovenaanzee';
const REPO = 'register';
const FULL = `${OWNER}/${REPO}`;
const CHECK = 'register-check / goedkeuring';
const CONFIG = `approvals:
  owner: true
  privacy_officer: [fg-login]
`;

let sim: GitHubSimulator;
let app: InProcessApp;
let base: Record<string, string>;
let nextPull = 1;

beforeAll(async () => {
  const keys = appKeyPair();
  sim = await startGitHubSimulator();
  sim.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
  sim.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries', 'fg-login', 'piet', 'kees', 'mvandijk'] });
  sim.addInstallation({ id: INSTALLATION, account: OWNER, repos: [FULL], permissions: { contents: 'read', metadata: 'read', issues: 'write', pull_requests: 'write', checks: 'write', members: 'read' } });
  sim.addTeam(OWNER, 'team-veiligheid', ['piet']);
  sim.addTeam(OWNER, 'team-sociaal-domein', ['anna'], ['kees']);
  for (const login of ['fg-login', 'piet', 'kees', 'anna', 'beheerder']) sim.addToken(`token-${login}`, { login, kind: 'user' });
  base = { ...(await readTree(path.join(ROOT, 'test/registers/schoon'))), '.github/register-check.yml': CONFIG };
  app = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false });
});

afterAll(async () => {
  await sim?.close();
});

const installation = { id: INSTALLATION, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNjE2MQ==' };

/** A pull request by jdevries, opened through the App unless `deliver` is false. */
async function open(change: Changes, deliver = true): Promise<{ number: number; headSha: string; baseSha: string }> {
  const number = nextPull++;
  const shas = await seedPullRequest(sim, { owner: OWNER, repo: REPO, number, base, change, user: 'jdevries' });
  if (!deliver) return { number, ...shas };
  const payload = pullRequestPayload({ owner: OWNER, repo: REPO, number, ...shas });
  payload.installation = installation;
  payload.pull_request.user.login = 'jdevries';
  expect(await app.receive('pull_request', payload)).toBe(200);
  return { number, ...shas };
}

/** A review as a person gives it, through the API (GitHub refuses the author's own approval). */
async function review(login: string, pull: { number: number; headSha: string }, event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT' = 'APPROVE'): Promise<number> {
  const response = await fetch(`${sim.url}/repos/${FULL}/pulls/${pull.number}/reviews`, {
    method: 'POST',
    headers: { authorization: `token token-${login}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event, commit_id: pull.headSha, body: event === 'APPROVE' ? '' : 'Zie opmerking.' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: number }).id;
}

/** The pull_request_review delivery GitHub sends after a review, from @octokit/webhooks-examples, adapted to this pull request. */
async function deliverReview(action: 'submitted' | 'dismissed' | 'edited', pull: { number: number; headSha: string; baseSha: string }, reviewer: string): Promise<void> {
  const payload = webhookExample('pull_request_review', action === 'dismissed' ? 'dismissed' : 'submitted');
  const pr = pullRequestPayload({ owner: OWNER, repo: REPO, number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha });
  pr.pull_request.user.login = 'jdevries';
  Object.assign(payload, { action, pull_request: pr.pull_request, repository: pr.repository, installation });
  payload.review.user.login = reviewer;
  payload.review.commit_id = pull.headSha;
  expect(await app.receive('pull_request_review', payload)).toBe(200);
}

const approvalsRun = (sha: string) => {
  const runs = sim.state.checkRuns.filter((r) => r.repo === FULL && r.head_sha === sha && r.name === CHECK);
  expect(runs).toHaveLength(1);
  return runs[0];
};
const summaryOf = (number: number) => sim.state.issueComments.find((c) => c.repo === FULL && c.issue_number === number && c.body.includes('<!-- register-check:summary -->'))!.body;
const readyLineOf = (number: number) => summaryOf(number).split('\n').find((l) => l.includes('<!-- register-check:ready -->'));

const RIEC = 'partnerships/riec-kustregio.yml';

describe('the App', { sequential: true }, () => {
  describe.sequential('a change of a legal basis', () => {
    let pull: { number: number; headSha: string; baseSha: string };
    let fgReview: number;

    it('without the officer\'s approval the check fails and names the field and the approver', async () => {
      pull = await open({ [RIEC]: base[RIEC].replace('provision: Wet gegevensverwerking door samenwerkingsverbanden', 'provision: Wet politiegegevens, art. 20') });
      const run = approvalsRun(pull.headSha);
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', app: { id: APP_ID } });
      expect(run.output.summary).toContain('Wijziging van de grondslag in `partnerships/riec-kustregio.yml` wacht op goedkeuring van de functionaris gegevensbescherming (`@fg-login`).');
      expect(run.output.summary).toContain('wacht op goedkeuring van de eigenaar (`@schoonhovenaanzee/team-veiligheid`)');
      expect(run.output.title).toBe('Nog 2 goedkeuring(en) nodig');
      expect(readyLineOf(pull.number)).toContain('**Klaar om samen te voegen?** Nee, nog nodig: goedkeuring van de eigenaar');
      expect(sim.violations).toEqual([]);
    });

    it('approved by the officer and by a member of the owning team (membership read through the API), it passes', async () => {
      fgReview = await review('fg-login', pull);
      await deliverReview('submitted', pull, 'fg-login');
      expect(approvalsRun(pull.headSha).conclusion).toBe('failure');
      sim.clearLog();
      await review('piet', pull);
      await deliverReview('submitted', pull, 'piet');
      const run = approvalsRun(pull.headSha);
      expect(run.conclusion).toBe('success');
      expect(run.output.summary).toContain('goedgekeurd door `@piet` (de eigenaar)');
      expect(run.output.summary).toContain('goedgekeurd door `@fg-login` (de functionaris gegevensbescherming)');
      // Only the owning team is asked about (the officer is a login), for each approver it may hold.
      expect(sim.apiCalls((r) => r.operationId === 'teams/get-membership-for-user-in-org').map((r) => r.path)).toEqual([
        `/orgs/${OWNER}/teams/team-veiligheid/memberships/fg-login`,
        `/orgs/${OWNER}/teams/team-veiligheid/memberships/piet`,
      ]);
      expect(readyLineOf(pull.number)).toContain('Ja, wat register-check betreft: geen nieuwe bevindingen die de controle laten mislukken, en de goedkeuringen die de wijziging vraagt zijn er.');
      expect(sim.violations).toEqual([]);
    });

    it('the officer\'s approval dismissed, it fails again', async () => {
      const dismissed = await fetch(`${sim.url}/repos/${FULL}/pulls/${pull.number}/reviews/${fgReview}/dismissals`, {
        method: 'PUT',
        headers: { authorization: 'token token-beheerder', 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Te vroeg goedgekeurd.', event: 'DISMISS' }),
      });
      expect(dismissed.status).toBe(200);
      await deliverReview('dismissed', pull, 'fg-login');
      const run = approvalsRun(pull.headSha);
      expect(run.conclusion).toBe('failure');
      expect(run.output.summary).toContain('wacht op goedkeuring van de functionaris gegevensbescherming (`@fg-login`)');
      expect(readyLineOf(pull.number)).toContain('Nee, nog nodig: goedkeuring van de functionaris gegevensbescherming');
      expect(sim.violations).toEqual([]);
    });
  });

  it('a reviewed date bumped and approved by someone who is not the owner fails', async () => {
    const file = 'processing/jeugdhulp.yml';
    const pull = await open({ [file]: base[file].replace(/reviewed: .*/, 'reviewed: 2026-05-01') });
    await review('kees', pull);
    await deliverReview('submitted', pull, 'kees');
    const run = approvalsRun(pull.headSha);
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('Wijziging van de datum laatst gecontroleerd in `processing/jeugdhulp.yml` wacht op goedkeuring van de eigenaar (`@mvandijk`).');
    expect(run.output.summary).not.toContain('functionaris');
    expect(sim.violations).toEqual([]);
  });

  it('a change only to a notice text needs the owner, not the officer; a pending team invitation is no membership', async () => {
    const file = 'notices/sociaal-wijkteam.md';
    const pull = await open({ [file]: `${base[file]}\nU kunt ook bellen met het wijkteam.\n` });
    await review('kees', pull);
    await deliverReview('edited', pull, 'kees');
    let run = approvalsRun(pull.headSha);
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('Wijziging van de privacyverklaring in `partnerships/sociaal-wijkteam.yml` wacht op goedkeuring van de eigenaar (`@schoonhovenaanzee/team-sociaal-domein`).');
    await review('anna', pull);
    await deliverReview('submitted', pull, 'anna');
    run = approvalsRun(pull.headSha);
    expect(run.conclusion).toBe('success');
    expect(run.output.summary).not.toContain('functionaris');
    expect(sim.violations).toEqual([]);
  });
});

describe('the flow as the Action runs it', () => {
  it('reads no teams: an approval for a team is reported as unverifiable, pointing to the App or code owners', async () => {
    const pull = await open({ [RIEC]: base[RIEC].replace(/reviewed: .*/, 'reviewed: 2026-05-02') }, false);
    await review('piet', pull);
    sim.addToken('ghs_workflow', { login: 'github-actions[bot]', repos: [FULL] });
    const client = createClient('ghs_workflow', sim.url, { throttle: false });
    const repo = { owner: OWNER, repo: REPO };
    sim.clearLog();
    const result = await checkApprovals({
      client, repo, pull: { ...pull, author: 'jdevries' }, today: '2026-06-01', botLogin: async () => 'github-actions[bot]',
      reader: archiveReader(client, repo, pull.baseSha), approvals: { readTeams: false },
    });
    expect(result!.approvals.conclusion).toBe('neutral');
    expect(sim.apiCalls((r) => r.operationId === 'teams/get-membership-for-user-in-org')).toEqual([]);
    const run = sim.state.checkRuns.find((r) => r.head_sha === pull.headSha && r.name === CHECK && r.app.slug === 'github-actions')!;
    expect(run.conclusion).toBe('neutral');
    expect(run.output.summary).toContain('de GitHub Action mag dat met het token van de workflow niet lezen. Gebruik de GitHub App (met de toestemming members: read), of laat de branch protection goedkeuring van code owners eisen');
    expect(sim.violations).toEqual([]);
  });

  it('the simulator refuses team membership to the workflow token, as GitHub does', async () => {
    const response = await fetch(`${sim.url}/orgs/${OWNER}/teams/team-veiligheid/memberships/piet`, { headers: { authorization: 'token ghs_workflow' } });
    expect(response.status).toBe(403);
  });
});

describe('register-check codeowners --check', () => {
  it('exits 1 on a drifted block and says what differs; after writing, 0', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codeowners-'));
    try {
      await fs.cp(path.join(ROOT, 'test/registers/schoon'), path.join(dir, 'register'), { recursive: true });
      await fs.mkdir(path.join(dir, '.git'));
      await fs.mkdir(path.join(dir, '.github'));
      const written = { out: '', err: '' };
      const io = { stdout: (s: string) => void (written.out += s), stderr: (s: string) => void (written.err += s), cwd: dir };
      expect(await main(['codeowners', 'register'], io)).toBe(0);
      const file = path.join(dir, '.github/CODEOWNERS');
      const good = await fs.readFile(file, 'utf8');
      expect(good).toContain('/register/processing/jeugdhulp.yml @mvandijk\n');
      // Someone edits the block by hand, and a catch-all is added after it.
      await fs.writeFile(file, `${good.replace('@mvandijk', '@kees')}* @schoonhovenaanzee/beheer\n`);
      written.err = '';
      expect(await main(['codeowners', 'register', '--check', '--language', 'en'], io)).toBe(1);
      expect(written.err).toContain('.github/CODEOWNERS is out of step with the register.');
      expect(written.err).toContain('The block is not at the end');
      expect(written.err).toContain('missing: /register/processing/jeugdhulp.yml @mvandijk');
      expect(written.err).toContain('no longer right: /register/processing/jeugdhulp.yml @kees');
      expect(await main(['codeowners', 'register'], io)).toBe(0);
      const mended = await fs.readFile(file, 'utf8');
      expect(mended.startsWith('* @schoonhovenaanzee/beheer\n')).toBe(true);
      expect(await main(['codeowners', 'register', '--check'], io)).toBe(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
