import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { ProbotOctokit } from 'probot';
import tarStream from 'tar-stream';
import { loadOpenApi } from './openapi.js';
import { forbidden, secondaryRateLimit, startGitHubSimulator, type GitHubSimulator } from './index.js';
import { parseHunks, resolveLine } from './diff.js';

const OWNER = 'gemeente-voorbeeld';
const REPO = 'register';
const FULL = `${OWNER}/${REPO}`;
const BASE = 'b'.repeat(40);
const HEAD = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';
const RW = 'ghs_readwrite';
const RO = 'ghs_readonly';
const HUMAN = 'ghp_jdevries';

/** Right side: lines 1–5 and 21–24 are in the diff; left side: 1–4 and 20–22. */
const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' name: Parkeervergunningen',
  '-reviewed: 2020-01-01',
  '+reviewed: 2024-01-01',
  '+owner: jdevries',
  ' purpose: vergunningverlening',
  ' legal_basis: wettelijke-verplichting',
  '@@ -20,3 +21,4 @@ retention:',
  ' a: 1',
  ' b: 2',
  '+c: 3',
  ' d: 4',
].join('\n');

let sim: GitHubSimulator;

function seed(s: GitHubSimulator): void {
  s.addRepo({ owner: OWNER, repo: REPO, defaultBranch: 'main', collaborators: ['jdevries'] });
  s.setTree(OWNER, REPO, BASE, { 'register.yml': 'name: base\n', 'processing/parkeren.yml': 'name: Parkeervergunningen\n' }, { ref: 'main' });
  s.setTree(
    OWNER,
    REPO,
    HEAD,
    {
      'register.yml': 'name: Gemeente Voorbeeld\n',
      'processing/parkeren.yml': 'name: Parkeervergunningen\nreviewed: 2024-01-01\n',
      'processing/link.yml': { symlink: '../register.yml' },
    },
    { raw: [{ name: '../escape.yml', content: 'evil: true\n' }, { name: `${OWNER}-${REPO}-${HEAD.slice(0, 7)}/etc-link`, type: 'symlink', linkname: '/etc/passwd' }] },
  );
  s.addPullRequest(OWNER, REPO, {
    number: 7,
    user: 'jdevries',
    title: 'Parkeren bijwerken',
    head: { sha: HEAD, ref: 'feature/parkeren' },
    base: { sha: BASE, ref: 'main' },
    files: [
      { filename: 'processing/parkeren.yml', status: 'modified', patch: PATCH },
      { filename: 'register.yml', status: 'modified', patch: '@@ -1 +1 @@\n-name: base\n+name: Gemeente Voorbeeld' },
    ],
  });
  s.addToken(RW, { login: 'github-actions[bot]', repos: [FULL] });
  s.addToken(RO, { login: 'github-actions[bot]', repos: [FULL], write: false });
  s.addToken(HUMAN, { login: 'jdevries', kind: 'user' });
}

const gh = (token = RW) => getOctokit(token, { baseUrl: sim.url });

/** An Octokit RequestError, loosely typed for assertions. */
interface Failure {
  status: number;
  message: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  response: { data: any; headers: Record<string, string> };
}

/** Use as `.then(mustFail, (x: unknown) => x as Failure)` on a request that must fail. */
function mustFail(): never {
  throw new Error('expected the request to fail');
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

beforeEach(async () => {
  sim = await startGitHubSimulator();
  seed(sim);
});

afterEach(async () => {
  await sim.close();
});

describe('spec', () => {
  it('loads the OpenAPI description once', () => {
    const api = loadOpenApi();
    expect(api.pathCount).toBeGreaterThan(500);
    // Cached after the first simulator started: the same object, not a second parse (no clock involved).
    expect(loadOpenApi()).toBe(api);
  });

  it('routes literal segments before parameters and lets contents paths contain slashes', () => {
    const api = loadOpenApi();
    const m1 = api.match('PATCH', '/repos/o/r/pulls/comments/12');
    expect('operation' in m1 && m1.operation.operationId).toBe('pulls/update-review-comment');
    const m2 = api.match('GET', '/repos/o/r/contents/processing/a%20b.yml');
    expect('params' in m2 && m2.params.path).toBe('processing/a b.yml');
    expect('error' in api.match('GET', '/repos/o/r/nonsense/1')).toBe(true);
  });
});

describe('diff hunks', () => {
  it('finds right and left lines and ignores the no-newline marker', () => {
    const hunks = parseHunks(`${PATCH}\n\\ No newline at end of file`);
    expect(resolveLine(hunks, 3, 'RIGHT')?.line.kind).toBe('add');
    expect(resolveLine(hunks, 2, 'LEFT')?.line.kind).toBe('del');
    expect(resolveLine(hunks, 10, 'RIGHT')).toBeUndefined();
    expect(resolveLine(hunks, 25, 'RIGHT')).toBeUndefined();
    expect(resolveLine(hunks, 23, 'RIGHT')?.diffHunk.split('\n')).toEqual(['@@ -20,3 +21,4 @@ retention:', ' a: 1', ' b: 2', '+c: 3']);
  });
});

describe('reading with @actions/github', () => {
  it('serves repository, pull request and files that match the spec', async () => {
    const o = gh();
    const repo = await o.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.data.default_branch).toBe('main');
    expect(repo.headers['x-ratelimit-limit']).toBe('5000');
    expect(repo.headers['x-ratelimit-remaining']).toBe('4999');
    const pr = await o.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(pr.data.head.sha).toBe(HEAD);
    expect(pr.data.base.ref).toBe('main');
    expect(pr.data.additions).toBe(4);
    const files = await o.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions, f.changes])).toEqual([
      ['processing/parkeren.yml', 'modified', 3, 1, 4],
      ['register.yml', 'modified', 1, 1, 2],
    ]);
    expect(files.data[0].patch).toBe(PATCH);
    expect(files.data[0].contents_url).toContain(sim.url);
    expect(sim.violations).toEqual([]);
  });

  it('serves file contents as base64, directories, raw media type and 404', async () => {
    const o = gh();
    const file = await o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'processing/parkeren.yml', ref: HEAD });
    expect(Array.isArray(file.data)).toBe(false);
    const f = file.data as { content: string; encoding: string; type: string };
    expect(f.type).toBe('file');
    expect(Buffer.from(f.content, 'base64').toString()).toBe('name: Parkeervergunningen\nreviewed: 2024-01-01\n');
    const onMain = await o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'register.yml' });
    expect(Buffer.from((onMain.data as { content: string }).content, 'base64').toString()).toBe('name: base\n');
    const dir = await o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'processing', ref: HEAD });
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ['link.yml', 'symlink'],
      ['parkeren.yml', 'file'],
    ]);
    const raw = await o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'register.yml', ref: HEAD, mediaType: { format: 'raw' } });
    expect(raw.data).toBe('name: Gemeente Voorbeeld\n');
    expect(await status(o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'missing.yml', ref: HEAD }))).toBe(404);
    expect(await status(o.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'register.yml', ref: 'no-such-branch' }))).toBe(404);
    expect(sim.violations).toEqual([]);
  });

  it('downloads a tarball like codeload: redirect, gzip, one top folder, raw hostile entries', async () => {
    const o = gh();
    const res = await o.rest.repos.downloadTarballArchive({ owner: OWNER, repo: REPO, ref: HEAD });
    expect(res.status).toBe(200);
    const entries = await untar(Buffer.from(res.data as ArrayBuffer));
    const top = sim.tarballTopDir(OWNER, REPO, HEAD);
    expect(top).toBe(`${OWNER}-${REPO}-a1b2c3d`);
    expect(entries.map((e) => [e.name, e.type])).toEqual([
      [`${top}/`, 'directory'],
      [`${top}/processing/`, 'directory'],
      [`${top}/processing/link.yml`, 'symlink'],
      [`${top}/processing/parkeren.yml`, 'file'],
      [`${top}/register.yml`, 'file'],
      ['../escape.yml', 'file'],
      [`${top}/etc-link`, 'symlink'],
    ]);
    expect(entries.find((e) => e.name.endsWith('register.yml'))?.content).toBe('name: Gemeente Voorbeeld\n');
    expect(entries.find((e) => e.name.endsWith('link.yml'))?.linkname).toBe('../register.yml');
    const redirect = sim.requests.find((r) => r.operationId === 'repos/download-tarball-archive');
    expect(redirect?.status).toBe(302);
    expect(sim.requests.filter((r) => r.kind === 'codeload').map((r) => r.status)).toEqual([200]);
    expect(sim.apiCalls()).toHaveLength(1);
    // by branch name too
    const byBranch = await o.rest.repos.downloadTarballArchive({ owner: OWNER, repo: REPO, ref: 'main' });
    expect((await untar(Buffer.from(byBranch.data as ArrayBuffer))).map((e) => e.name)).toContain(`${OWNER}-${REPO}-bbbbbbb/register.yml`);
    expect(sim.violations).toEqual([]);
  });
});

describe('request validation against the OpenAPI description', () => {
  it('rejects a review with an event outside the enum, creating nothing', async () => {
    const e = await gh()
      .rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 7, commit_id: HEAD, body: 'x', event: 'COMMENTED' as 'COMMENT' })
      .then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(422);
    expect(e.response.data.message).toContain('/event must be equal to one of the allowed values');
    expect(sim.state.reviews).toEqual([]);
    expect(sim.violations).toEqual([expect.objectContaining({ kind: 'request', operationId: 'pulls/create-review', status: 422 })]);
  });

  it('rejects a missing required field and a wrong type', async () => {
    const o = gh();
    expect(await status(o.request('POST /repos/{owner}/{repo}/issues' as string, { owner: OWNER, repo: REPO, body: 'no title' }))).toBe(422);
    expect(await status(o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as string, { owner: OWNER, repo: REPO, issue_number: 7, body: 42 }))).toBe(422);
    expect(sim.state.issues).toEqual([]);
    expect(sim.state.issueComments).toEqual([]);
    expect(sim.violations.map((v) => v.message)).toEqual([
      expect.stringContaining("must have required property 'title'"),
      expect.stringContaining('/body must be string'),
    ]);
  });

  it('answers 404 for a non-numeric path id and for unknown paths, and records both', async () => {
    const headers = { authorization: `token ${RW}` };
    expect((await fetch(`${sim.url}/repos/${FULL}/pulls/abc`, { headers })).status).toBe(404);
    expect((await fetch(`${sim.url}/repos/${FULL}/no-such-thing`, { headers })).status).toBe(404);
    expect(sim.violations.map((v) => [v.kind, v.status])).toEqual([
      ['request', 404],
      ['request', 404],
    ]);
    expect(sim.violations[0].message).toContain('pull_number');
  });

  it('records keys and query parameters GitHub would silently ignore, but answers like GitHub', async () => {
    const o = gh();
    await o.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews' as string, {
      owner: OWNER,
      repo: REPO,
      pull_number: 7,
      commit_id: HEAD,
      event: 'COMMENT',
      body: 'summary',
      comments: [{ path: 'register.yml', body: 'file-level', subject_type: 'file' }],
    });
    const res = await fetch(`${sim.url}/repos/${FULL}/issues?label=stale`, { headers: { authorization: `token ${RW}` } });
    expect(res.status).toBe(200);
    expect(sim.violations.map((v) => v.message)).toEqual([expect.stringContaining('unknown key "/comments/0/subject_type"'), expect.stringContaining('query parameter "label" is not defined')]);
  });

  it('requires authentication and known tokens', async () => {
    expect((await fetch(`${sim.url}/repos/${FULL}`)).status).toBe(401);
    expect((await fetch(`${sim.url}/repos/${FULL}`, { headers: { authorization: 'token nope' } })).status).toBe(401);
    expect((await fetch(`${sim.url}/repos/${FULL}`, { headers: { authorization: `Bearer ${RW}` } })).status).toBe(200);
  });

  it('answers 501 for operations it does not implement, and records them', async () => {
    expect(await status(gh().rest.repos.listBranches({ owner: OWNER, repo: REPO }))).toBe(501);
    expect(sim.violations).toEqual([expect.objectContaining({ kind: 'unimplemented', operationId: 'repos/list-branches' })]);
  });
});

describe('reviews', () => {
  it('rejects a whole review when one comment is outside the hunks (422, nothing stored)', async () => {
    const e = await gh()
      .rest.pulls.createReview({
        owner: OWNER,
        repo: REPO,
        pull_number: 7,
        commit_id: HEAD,
        event: 'COMMENT',
        body: 'findings',
        comments: [
          { path: 'processing/parkeren.yml', line: 3, side: 'RIGHT', body: 'inside' },
          { path: 'processing/parkeren.yml', line: 10, side: 'RIGHT', body: 'outside' },
        ],
      })
      .then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(422);
    expect(e.response.data).toMatchObject({ message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
    expect(sim.state.reviews).toEqual([]);
    expect(sim.state.reviewComments).toEqual([]);
    expect(sim.violations).toEqual([]);
  });

  it('stores a review with line, multi-line and left-side comments inside the hunks', async () => {
    const o = gh();
    const review = await o.rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: 7,
      commit_id: HEAD,
      event: 'COMMENT',
      body: 'findings',
      comments: [
        { path: 'processing/parkeren.yml', line: 2, side: 'RIGHT', body: '```suggestion\nreviewed: 2025-01-01\n```' },
        { path: 'processing/parkeren.yml', start_line: 21, start_side: 'RIGHT', line: 23, side: 'RIGHT', body: 'range' },
        { path: 'processing/parkeren.yml', line: 2, side: 'LEFT', body: 'was' },
      ],
    });
    expect(review.data.state).toBe('COMMENTED');
    expect(review.data.user?.login).toBe('github-actions[bot]');
    expect(review.data.user?.type).toBe('Bot');
    expect(sim.state.reviewComments.map((c) => [c.line, c.side, c.start_line, c.review_id])).toEqual([
      [2, 'RIGHT', null, review.data.id],
      [23, 'RIGHT', 21, review.data.id],
      [2, 'LEFT', null, review.data.id],
    ]);
    const listed = await o.rest.pulls.listReviewComments({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(listed.data[0]).toMatchObject({ path: 'processing/parkeren.yml', line: 2, commit_id: HEAD, diff_hunk: '@@ -1,4 +1,5 @@\n name: Parkeervergunningen\n-reviewed: 2020-01-01\n+reviewed: 2024-01-01' });
    const reviews = await o.rest.pulls.listReviews({ owner: OWNER, repo: REPO, pull_number: 7 });
    expect(reviews.data.map((r) => r.state)).toEqual(['COMMENTED']);
    expect(sim.violations).toEqual([]);
  });

  it('rejects ranges across hunks, unknown paths and a review on an unknown commit', async () => {
    const o = gh();
    const errorsOf = (comments: Array<Record<string, unknown>>, commit_id = HEAD) =>
      o
        .request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews' as string, { owner: OWNER, repo: REPO, pull_number: 7, commit_id, event: 'COMMENT', body: 'b', comments })
        .then(() => [] as string[], (e: { response: { data: { errors: string[] } } }) => e.response.data.errors);
    expect(await errorsOf([{ path: 'processing/parkeren.yml', start_line: 3, line: 22, body: 'x' }])).toEqual(['Start line and line must be in the same hunk']);
    expect(await errorsOf([{ path: 'other.yml', line: 1, body: 'x' }])).toEqual(['Path could not be resolved']);
    expect(await errorsOf([{ path: 'register.yml', line: 1, body: 'x' }], 'f'.repeat(40))).toEqual(['Commit could not be resolved']);
    expect(sim.state.reviews).toEqual([]);
  });

  it('lets a human reply, and the bot edit and delete its own comment', async () => {
    const bot = gh();
    await bot.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 7, commit_id: HEAD, event: 'COMMENT', body: 'b', comments: [{ path: 'register.yml', line: 1, body: 'fix this' }] });
    const [ours] = sim.state.reviewComments;
    const reply = await gh(HUMAN).rest.pulls.createReplyForReviewComment({ owner: OWNER, repo: REPO, pull_number: 7, comment_id: ours.id, body: 'no, it is fine' });
    expect(reply.data.in_reply_to_id).toBe(ours.id);
    expect(reply.data.user?.login).toBe('jdevries');
    expect(reply.data.author_association).toBe('COLLABORATOR');
    await bot.rest.pulls.updateReviewComment({ owner: OWNER, repo: REPO, comment_id: ours.id, body: 'resolved' });
    expect(sim.state.reviewComments.find((c) => c.id === ours.id)?.body).toBe('resolved');
    await bot.rest.pulls.deleteReviewComment({ owner: OWNER, repo: REPO, comment_id: reply.data.id });
    expect(sim.state.reviewComments.map((c) => c.id)).toEqual([ours.id]);
    expect(await status(bot.rest.pulls.deleteReviewComment({ owner: OWNER, repo: REPO, comment_id: reply.data.id }))).toBe(404);
    expect(sim.violations).toEqual([]);
  });

  it('checks single review comments with GitHub\'s "must be part of the diff" error', async () => {
    const o = gh();
    const e = await o.rest.pulls
      .createReviewComment({ owner: OWNER, repo: REPO, pull_number: 7, commit_id: HEAD, path: 'processing/parkeren.yml', line: 12, side: 'RIGHT', body: 'x' })
      .then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(422);
    expect(e.response.data.errors[0].message).toBe('pull_request_review_thread.line must be part of the diff');
    const file = await o.rest.pulls.createReviewComment({ owner: OWNER, repo: REPO, pull_number: 7, commit_id: HEAD, path: 'register.yml', subject_type: 'file', body: 'whole file' });
    expect(file.data.subject_type).toBe('file');
    expect(sim.violations).toEqual([]);
  });

  it('keeps reviewing an older head after a push', async () => {
    const NEW = 'c'.repeat(40);
    sim.pushToPullRequest(OWNER, REPO, 7, { sha: NEW, files: [{ filename: 'register.yml', patch: '@@ -1 +1,2 @@\n name: x\n+more: y' }] });
    const o = gh();
    expect(await status(o.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 7, commit_id: HEAD, event: 'COMMENT', body: 'b', comments: [{ path: 'processing/parkeren.yml', line: 3, body: 'old' }] }))).toBe(200);
    expect(await status(o.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 7, event: 'COMMENT', body: 'b', comments: [{ path: 'processing/parkeren.yml', line: 3, body: 'new' }] }))).toBe(422);
    expect(sim.state.reviews.map((r) => r.commit_id)).toEqual([HEAD]);
  });
});

describe('issue comments (the sticky summary)', () => {
  it('lists, creates, updates and deletes, with the author recorded', async () => {
    sim.addIssueComment(OWNER, REPO, 7, { user: 'jdevries', body: '<!-- register-check:summary --> quoted by a human' });
    const o = gh();
    const created = await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '<!-- register-check:summary -->\n| Q1 |' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data.html_url).toContain('/pull/7#issuecomment-');
    const all = await o.paginate(o.rest.issues.listComments, { owner: OWNER, repo: REPO, issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.user?.login)).toEqual(['jdevries', 'github-actions[bot]']);
    await o.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: created.data.id, body: 'updated' });
    expect(sim.state.issueComments.map((c) => c.body)).toEqual(['<!-- register-check:summary --> quoted by a human', 'updated']);
    await o.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: created.data.id });
    expect(sim.state.issueComments).toHaveLength(1);
    expect(await status(o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 99, body: 'x' }))).toBe(404);
    expect(sim.violations).toEqual([]);
  });
});

describe('issues and labels', () => {
  it('creates issues, drops non-collaborator assignees, creates missing labels', async () => {
    const o = gh();
    const issue = await o.rest.issues.create({ owner: OWNER, repo: REPO, title: 'Verwerking "Parkeren" is verouderd', body: '<!-- entry:parkeren -->', labels: ['register-stale'], assignees: ['jdevries', 'stranger'] });
    expect(issue.status).toBe(201);
    expect(issue.data.number).toBe(8); // PR #7 took the previous number
    expect(issue.data.assignees?.map((a) => a.login)).toEqual(['jdevries']);
    expect(issue.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['register-stale']);
    expect(sim.state.labels.map((l) => l.name)).toEqual(['register-stale']);
    const label = await o.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'REGISTER-STALE' });
    expect(label.data.name).toBe('register-stale');
    expect(sim.violations).toEqual([]);
  });

  it('paginates with link headers and filters by state and labels', async () => {
    for (let i = 0; i < 5; i++) sim.addIssue(OWNER, REPO, { title: `stale ${i}`, labels: ['register-stale'], state: i === 4 ? 'closed' : 'open' });
    sim.addIssue(OWNER, REPO, { title: 'other', labels: ['bug'] });
    const o = gh();
    const first = await o.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'register-stale', state: 'all', per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('rel="last"');
    expect(first.headers.link).toContain(`${sim.url}/repos/${FULL}/issues?`);
    const all = await o.paginate(o.rest.issues.listForRepo, { owner: OWNER, repo: REPO, labels: 'register-stale', state: 'all', per_page: 2 });
    expect(all.map((i) => i.title).sort()).toEqual(['stale 0', 'stale 1', 'stale 2', 'stale 3', 'stale 4']);
    expect(sim.apiCalls((r) => r.operationId === 'issues/list-for-repo')).toHaveLength(4);
    const open = await o.paginate(o.rest.issues.listForRepo, { owner: OWNER, repo: REPO, labels: 'register-stale' });
    expect(open).toHaveLength(4);
    const withPulls = await o.rest.issues.listForRepo({ owner: OWNER, repo: REPO });
    expect(withPulls.data.filter((i) => i.pull_request).map((i) => i.number)).toEqual([7]);
    expect(sim.violations).toEqual([]);
  });

  it('closes with a reason, reopens, and adds labels', async () => {
    const { number } = sim.addIssue(OWNER, REPO, { title: 'stale', labels: ['register-stale'] });
    const o = gh();
    const closed = await o.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: number, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.data.closed_by?.login).toBe('github-actions[bot]');
    const reopened = await o.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: number, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect(await status(o.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'notice-outdated' }))).toBe(404);
    await o.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'notice-outdated', color: 'd73a4a', description: 'Privacyverklaring verouderd' });
    expect(await status(o.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'Notice-Outdated' }))).toBe(422);
    const labels = await o.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: number, labels: ['notice-outdated'] });
    expect(labels.data.map((l) => l.name)).toEqual(['register-stale', 'notice-outdated']);
    const got = await o.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: number });
    expect(got.data.labels).toHaveLength(2);
    expect(sim.violations).toEqual([]);
  });
});

describe('permissions', () => {
  it("answers 403 to every write with a read-only token (a fork PR's GITHUB_TOKEN), reads still work", async () => {
    const o = gh(RO);
    await o.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
    const e = await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'x' }).then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(403);
    expect(e.message).toContain('Resource not accessible by integration');
    expect(await status(o.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 7, event: 'COMMENT', body: 'x' }))).toBe(403);
    expect(await status(o.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' }))).toBe(403);
    expect(await status(o.rest.checks.create({ owner: OWNER, repo: REPO, name: 'register-check', head_sha: HEAD }))).toBe(403);
    expect(sim.state.issueComments).toEqual([]);
    expect(sim.state.reviews).toEqual([]);
    expect(sim.violations).toEqual([]);
  });

  it('hides repositories outside the token (404) and refuses /user to integrations', async () => {
    sim.addRepo({ owner: OWNER, repo: 'secret' });
    expect(await status(gh().rest.repos.get({ owner: OWNER, repo: 'secret' }))).toBe(404);
    const e = await gh().rest.users.getAuthenticated().then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(403);
    expect(e.message).toContain('Resource not accessible by integration');
    const me = await gh(HUMAN).rest.users.getAuthenticated();
    expect(me.data).toMatchObject({ login: 'jdevries', type: 'User' });
    expect(sim.violations).toEqual([]);
  });
});

describe('fault injection', () => {
  it('fails a matching request once, then recovers', async () => {
    sim.faults.push({ method: 'POST', path: /\/reviews$/, status: 502 });
    const o = gh();
    const args = { owner: OWNER, repo: REPO, pull_number: 7, event: 'COMMENT' as const, body: 'x' };
    expect(await status(o.rest.pulls.createReview(args))).toBe(502);
    expect(sim.state.reviews).toEqual([]);
    expect(await status(o.rest.pulls.createReview(args))).toBe(200);
    expect(sim.requests.map((r) => [r.status, r.fault ?? false])).toEqual([
      [502, true],
      [200, false],
    ]);
  });

  it('sends secondary rate limits with retry-after (403 and 429) and forbidden writes', async () => {
    sim.faults.push(secondaryRateLimit({ operationId: 'issues/create' }), secondaryRateLimit({ operationId: 'issues/create' }, { status: 429, retryAfter: 2 }), forbidden({ method: 'PATCH' }));
    const res = await fetch(`${sim.url}/repos/${FULL}/issues`, { method: 'POST', headers: { authorization: `token ${RW}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x' }) });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('x-ratelimit-remaining')).toBeTruthy();
    expect(((await res.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const e = await gh().rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' }).then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(429);
    expect(e.response.headers['retry-after']).toBe('2');
    expect(await status(gh().rest.issues.update({ owner: OWNER, repo: REPO, issue_number: 7, title: 'y' }))).toBe(403);
    expect(sim.faults).toEqual([]);
  });

  it('is retried by @octokit/plugin-throttling after retry-after', async () => {
    sim.faults.push(secondaryRateLimit({ operationId: 'issues/create-comment' }));
    let waits = 0;
    const o = getOctokit(RW, { baseUrl: sim.url, throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => (waits++ === 0) } }, throttling);
    await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'after the wait' });
    expect(waits).toBe(1);
    expect(sim.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(sim.state.issueComments).toHaveLength(1);
  });

  it('can hold a request so that concurrent runs interleave in a chosen order', async () => {
    let reached!: () => void;
    let open!: () => void;
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const gate = new Promise<void>((resolve) => (open = resolve));
    sim.faults.push({ operationId: 'issues/create', hold: () => (reached(), gate) });
    const o = gh();
    const slow = o.rest.issues.create({ owner: OWNER, repo: REPO, title: 'first sent' });
    await arrived;
    await o.rest.issues.create({ owner: OWNER, repo: REPO, title: 'second sent' });
    open();
    await slow;
    expect(sim.state.issues.map((i) => i.title)).toEqual(['second sent', 'first sent']);
    expect(sim.requests.every((r) => !r.fault)).toBe(true);
  });

  it('can drop the connection', async () => {
    sim.faults.push({ path: `/repos/${FULL}`, reset: true });
    await expect(fetch(`${sim.url}/repos/${FULL}`, { headers: { authorization: `token ${RW}` } })).rejects.toThrow();
    expect((await fetch(`${sim.url}/repos/${FULL}`, { headers: { authorization: `token ${RW}` } })).status).toBe(200);
  });

  it('enforces an optional secondary limit on writes with retry-after', async () => {
    await sim.close();
    sim = await startGitHubSimulator({ secondaryRateLimit: { writes: 2, windowMs: 60_000 } });
    seed(sim);
    const o = gh();
    await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '1' });
    await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '2' });
    await o.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 }); // reads are not limited
    const e = await o.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: '3' }).then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(403);
    expect(Number(e.response.headers['retry-after'])).toBeGreaterThan(50);
    expect(sim.state.issueComments).toHaveLength(2);
    expect(sim.requests.at(-1)?.limited).toBe('secondary');
  });

  it('answers 403 with x-ratelimit-remaining 0 when the primary limit is used up', async () => {
    await sim.close();
    sim = await startGitHubSimulator({ rateLimit: 2 });
    seed(sim);
    const o = gh();
    await o.rest.repos.get({ owner: OWNER, repo: REPO });
    await o.rest.repos.get({ owner: OWNER, repo: REPO });
    const e = await o.rest.repos.get({ owner: OWNER, repo: REPO }).then(mustFail, (x: unknown) => x as Failure);
    expect(e.status).toBe(403);
    expect(e.response.headers['x-ratelimit-remaining']).toBe('0');
  });
});

describe('check runs', () => {
  const annotations = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({ path: 'register.yml', start_line: from + i, end_line: from + i, annotation_level: 'warning' as const, message: `finding ${from + i}` }));

  it('creates, rejects more than 50 annotations a request, accumulates them across updates, lists by ref', async () => {
    const o = gh();
    const run = await o.rest.checks.create({ owner: OWNER, repo: REPO, name: 'register-check', head_sha: HEAD, status: 'in_progress', output: { title: 't', summary: 's', annotations: annotations(50) } });
    expect(run.status).toBe(201);
    expect(run.data.app?.slug).toBe('github-actions');
    expect(run.data.pull_requests.map((p) => p.number)).toEqual([7]);
    const tooMany = await status(o.rest.checks.update({ owner: OWNER, repo: REPO, check_run_id: run.data.id, output: { title: 't', summary: 's', annotations: annotations(51, 51) } }));
    expect(tooMany).toBe(422);
    expect(sim.violations).toEqual([expect.objectContaining({ operationId: 'checks/update', message: expect.stringContaining('must NOT have more than 50 items') })]);
    sim.clearLog();
    await o.rest.checks.update({ owner: OWNER, repo: REPO, check_run_id: run.data.id, output: { title: 't', summary: 's', annotations: annotations(50, 51) } });
    const done = await o.rest.checks.update({ owner: OWNER, repo: REPO, check_run_id: run.data.id, conclusion: 'failure', output: { title: '3 findings', summary: 'done' } });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(done.data.output.annotations_count).toBe(100);
    expect(sim.state.checkRuns[0].output.annotations.at(-1)?.message).toBe('finding 100');
    const listed = await o.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: HEAD, check_name: 'register-check' });
    expect(listed.data.total_count).toBe(1);
    const ann = await o.paginate(o.rest.checks.listAnnotations, { owner: OWNER, repo: REPO, check_run_id: run.data.id, per_page: 100 });
    expect(ann).toHaveLength(100);
    expect(sim.violations).toEqual([]);
  });

  it('refuses check runs from a user token and on unknown commits', async () => {
    expect(await status(gh(HUMAN).rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: HEAD }))).toBe(403);
    expect(await status(gh().rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: 'd'.repeat(40) }))).toBe(422);
    expect(sim.state.checkRuns).toEqual([]);
  });
});

describe('GitHub App', () => {
  it('authenticates by JWT, creates installation tokens, and scopes them to the installation', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    sim.app = { id: 4242, slug: 'register-check', publicKey };
    sim.addRepo({ owner: OWNER, repo: 'elsewhere' });
    sim.addInstallation({ id: 99, account: OWNER, repos: [FULL] });
    const noThrottle = { throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false }, retry: { enabled: false } };
    const app = new ProbotOctokit({ auth: { appId: 4242, privateKey }, baseUrl: sim.url, ...noThrottle });
    const me = await app.rest.apps.getAuthenticated();
    expect(me.data?.slug).toBe('register-check');
    const installs = await app.rest.apps.listInstallations();
    expect(installs.data.map((i) => i.id)).toEqual([99]);
    const inst = await app.rest.apps.getRepoInstallation({ owner: OWNER, repo: REPO });
    expect(inst.data.id).toBe(99);

    const octokit = new ProbotOctokit({ auth: { appId: 4242, privateKey, installationId: 99 }, baseUrl: sim.url, ...noThrottle });
    const repos = await octokit.rest.apps.listReposAccessibleToInstallation();
    expect(repos.data.repositories.map((r) => r.full_name)).toEqual([FULL]);
    const comment = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'from the app' });
    expect(comment.data.user?.login).toBe('register-check[bot]');
    const run = await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'register-check', head_sha: HEAD, conclusion: 'success', output: { title: 'ok', summary: 'ok' } });
    expect(run.data.app?.id).toBe(4242);
    expect(await status(octokit.rest.repos.get({ owner: OWNER, repo: 'elsewhere' }))).toBe(404);
    expect(await status(octokit.rest.users.getAuthenticated())).toBe(403);
    expect(sim.requests.filter((r) => r.operationId === 'apps/create-installation-access-token')).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('rejects a JWT for another app, a token on app endpoints, and narrows tokens on request', async () => {
    sim.app = { id: 4242, slug: 'register-check' };
    sim.addInstallation({ id: 5, account: OWNER, repos: [FULL] });
    const jwt = sim.appJwt();
    const post = (body: unknown, auth = `Bearer ${jwt}`) =>
      fetch(`${sim.url}/app/installations/5/access_tokens`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ok = await post({ repositories: [REPO], permissions: { issues: 'write' } });
    expect(ok.status).toBe(201);
    const token = (await ok.json()) as { token: string; repositories: Array<{ full_name: string }> };
    expect(token.repositories.map((r) => r.full_name)).toEqual([FULL]);
    expect(await status(getOctokit(token.token, { baseUrl: sim.url }).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 }))).toBe(403); // no pull_requests permission
    expect((await post({ permissions: { administration: 'write' } })).status).toBe(422);
    expect((await post({}, `token ${RW}`)).status).toBe(401);
    sim.app = { id: 1, slug: 'other' };
    expect((await post({})).status).toBe(401);
  });
});

interface Entry {
  name: string;
  type: string;
  linkname?: string;
  content: string;
}

async function untar(gz: Buffer): Promise<Entry[]> {
  const extract = tarStream.extract();
  const out: Entry[] = [];
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const c of entry) chunks.push(c as Buffer);
      out.push({ name: entry.header.name, type: entry.header.type, linkname: entry.header.linkname || undefined, content: Buffer.concat(chunks).toString() });
    }
  })();
  extract.end(gunzipSync(gz));
  await done;
  return out;
}
