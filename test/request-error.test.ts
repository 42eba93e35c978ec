/** A failed GitHub request in words: the request, the status, GitHub's message; never a token or a query string. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { describeRequestError, requestFailure } from '../src/github/request-error.js';
import { describeFailure } from '../src/github/request-error.js';
import { ArchiveLimitError } from '../src/github/archive.js';
import { inlineCode } from '../src/report/escape.js';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pullRequestPayload, runAction } from './support/action.js';
import { changedFiles, commit, createRepo, readTree } from './support/git.js';
import { ROOT } from './support/cli.js';
import { withPartnership } from './support/scenario.js';

let sim: GitHubSimulator;
const TOKEN = 'ghs_requesterrorsecret0123456789';

beforeAll(async () => {
  sim = await startGitHubSimulator();
  sim.addRepo({ owner: 'org', repo: 'reg', defaultBranch: 'main' });
  sim.addToken(TOKEN, { login: 'github-actions[bot]', repos: ['org/reg'] });
  sim.setTree('org', 'reg', 'a'.repeat(40), { 'register.yml': 'organisation:\n  name: Test\n' }, { ref: 'main' });
});
afterAll(async () => {
  await sim?.close();
});

/** The error a real Octokit throws for a request. */
async function failing(route: string, parameters: Record<string, unknown>): Promise<unknown> {
  const octokit = getOctokit(TOKEN, { baseUrl: sim.url });
  return octokit.request(route, parameters).then(() => undefined, (error: unknown) => error);
}

describe('describeRequestError', () => {
  it('names the method, the path and the status of a request GitHub refused, with its message', async () => {
    sim.faults.push({ method: 'GET', path: /\/tarball\//, status: 502, body: { message: 'Server Error' } });
    const error = await failing('GET /repos/{owner}/{repo}/tarball/{ref}', { owner: 'org', repo: 'reg', ref: 'a'.repeat(40), per_page: 5 });
    // Octokit's own message for this says little; the description names the request.
    const text = describeRequestError(error)!;
    expect(text.nl).toBe(`Het verzoek GET /repos/org/reg/tarball/${'a'.repeat(40)} aan GitHub is mislukt met status 502: "Server Error".`);
    expect(text.en).toBe(`The request GET /repos/org/reg/tarball/${'a'.repeat(40)} to GitHub failed with status 502: "Server Error".`);
  });

  it('a body without a message (Octokit\'s "Unknown error") still names the request and the status', async () => {
    sim.faults.push({ method: 'GET', path: '/repos/org/reg', status: 503, body: {} });
    const error = await failing('GET /repos/{owner}/{repo}', { owner: 'org', repo: 'reg' });
    expect((error as Error).message).toBe('Unknown error: {}');
    expect(describeRequestError(error)!.en).toBe('The request GET /repos/org/reg to GitHub failed with status 503.');
  });

  it('leaves out the query string, the host and the token', async () => {
    sim.faults.push({ method: 'GET', path: /\/issues$/, status: 500, body: { message: 'boom' } });
    const error = await failing('GET /repos/{owner}/{repo}/issues', { owner: 'org', repo: 'reg', labels: 'register-stale', access_token: 'tok_in_query' });
    const text = describeRequestError(error)!;
    expect(`${text.nl}\n${text.en}`).not.toMatch(/tok_in_query|access_token|labels|127\.0\.0\.1|ghs_/);
    expect(text.en).toContain('GET /repos/org/reg/issues');
    expect(requestFailure(error)).toEqual({ method: 'GET', path: '/repos/org/reg/issues', status: 500, answered: true, detail: 'boom' });
  });

  it('a request that got no answer says so', async () => {
    sim.faults.push({ method: 'GET', path: '/repos/org/reg', reset: true });
    const error = await failing('GET /repos/{owner}/{repo}', { owner: 'org', repo: 'reg' });
    const text = describeRequestError(error)!;
    expect(text.nl).toMatch(/^Het verzoek GET \/repos\/org\/reg aan GitHub kreeg geen antwoord( \(.+\))?\.$/);
    expect(text.en).toMatch(/^The request GET \/repos\/org\/reg to GitHub got no answer( \(.+\))?\.$/);
  });

  it('formats for Markdown when asked: the request as code, GitHub\'s message escaped', async () => {
    sim.faults.push({ method: 'GET', path: '/repos/org/reg', status: 500, body: { message: '<img src=x> @someone' } });
    const error = await failing('GET /repos/{owner}/{repo}', { owner: 'org', repo: 'reg' });
    const text = describeFailure(error, true);
    expect(text.en).toContain(inlineCode('GET /repos/org/reg'));
    expect(text.en).not.toContain('<img');
    expect(text.en).not.toMatch(/@someone/);
  });

  it('is undefined for an error that is not a request\'s', () => {
    expect(describeRequestError(new Error('boom'))).toBeUndefined();
    expect(describeRequestError('boom')).toBeUndefined();
    expect(describeRequestError(undefined)).toBeUndefined();
  });
});

describe('describeFailure', () => {
  it('gives an archive limit in its own words, and anything else a pointer to the log', () => {
    const limit = new ArchiveLimitError('entries', 100_000);
    expect(describeFailure(limit)).toEqual(limit.text);
    expect(describeFailure(limit).nl).toContain('100.000 bestanden en mappen');
    expect(describeFailure(new TypeError('x is undefined'))).toEqual({
      nl: 'Er ging onverwacht iets mis; de details staan in het logboek van de App.',
      en: "Something unexpected went wrong; the details are in the App's log.",
    });
  });
});

describe('the Action', () => {
  it('a failed step names the request and its status instead of Octokit\'s "Unknown error"', async () => {
    const clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
    const repo = await createRepo(clean);
    await commit(repo, withPartnership(clean));
    try {
      sim.addPullRequest('org', 'reg', {
        number: 1,
        user: 'octocat',
        head: { sha: repo.headSha, ref: 'wijziging' },
        base: { sha: repo.baseSha, ref: 'main' },
        files: changedFiles(repo),
      });
      // A checkout without either commit: the Action falls back to the archive, which GitHub refuses without a message.
      const bare = await createRepo({ ...clean, ...withPartnership(clean) });
      await fs.rm(path.join(bare.dir, '.git'), { recursive: true, force: true });
      sim.faults.push({ method: 'GET', path: /\/tarball\//, status: 404, body: {}, times: 2 });
      const run = await runAction({
        apiUrl: sim.url,
        workspace: bare.dir,
        eventName: 'pull_request',
        repository: 'org/reg',
        token: TOKEN,
        ref: 'refs/pull/1/merge',
        payload: pullRequestPayload({ owner: 'org', repo: 'reg', number: 1, headSha: repo.headSha, baseSha: repo.baseSha }),
      });
      expect(run.code).toBe(1);
      const failed = run.stdout.split('\n').filter((line) => line.startsWith('::error::')).join('\n');
      expect(failed).toMatch(new RegExp(`Het verzoek GET /repos/org/reg/tarball/(${repo.headSha}|${repo.baseSha}) aan GitHub is mislukt met status 404\\.`));
      expect(failed).toMatch(new RegExp(`The request GET /repos/org/reg/tarball/(${repo.headSha}|${repo.baseSha}) to GitHub failed with status 404\\.`));
      expect(failed).not.toContain('Unknown error');
      expect(failed).not.toContain(TOKEN);
      await fs.rm(bare.dir, { recursive: true, force: true });
    } finally {
      await fs.rm(repo.dir, { recursive: true, force: true });
    }
  });
});
