/** Reading a register at a git revision: many files through one git process, and refs that are options refused. */

import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitSource } from '../src/git-source.js';
import { loadRegister } from '../src/load.js';
import { readAtRevision, revisionSource } from '../src/github/revision.js';
import type { GitHubClient } from '../src/github/client.js';
import { createRepo, type RegisterRepo } from './support/git.js';

const REGISTER = 'organisation:\n  name: Gemeente Proefstad\n  kind: municipality\n';
const activity = (id: string) => `id: ${id}\nname: Verwerking ${id}\n`;

let repo: RegisterRepo | undefined;
let marker: string | undefined;
afterEach(async () => {
  if (repo) await fs.rm(repo.dir, { recursive: true, force: true });
  if (marker) await fs.rm(marker, { force: true });
  repo = marker = undefined;
});

/** A client that records every request: none may be made for a refused sha. */
function recordingClient(): GitHubClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async request(route: string) {
      calls.push(route);
      throw new Error('no requests expected');
    },
    async paginate(route: string) {
      calls.push(route);
      throw new Error('no requests expected');
    },
  };
}

describe('GitSource', () => {
  it('reads 500 files at a revision, a few at a time, with every byte intact', async () => {
    const files: Record<string, string> = { 'register/register.yml': REGISTER };
    for (let i = 0; i < 500; i++) files[`register/processing/p${i}.yml`] = activity(`p${i}`) + '#'.repeat(i * 7);
    repo = await createRepo(files);
    const register = await loadRegister(new GitSource(repo.dir, repo.baseSha, 'register'));
    expect(register.processing).toHaveLength(500);
    const p499 = register.files.find((f) => f.path === 'processing/p499.yml');
    expect(p499?.content).toBe(files['register/processing/p499.yml']);
  });

  it('refuses a ref that git would read as an option', async () => {
    repo = await createRepo({ 'register.yml': REGISTER });
    marker = path.join(os.tmpdir(), `git-source-${process.pid}`);
    const hostile = `--upload-pack=touch ${marker}`;
    expect(() => new GitSource(repo!.dir, hostile)).toThrow(/Not a git revision/);
    await expect(GitSource.resolve(repo.dir, hostile)).rejects.toThrow(/Not a git revision/);
    await expect(GitSource.resolve(repo.dir, '--output=/tmp/x')).rejects.toThrow(/Not a git revision/);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('a revision from an event payload', () => {
  it.each([
    ['an option', () => `--upload-pack=touch ${marker}`],
    ['a branch name', () => 'main'],
    ['a short sha', () => 'abc1234'],
    ['a sha with a suffix', () => `${'a'.repeat(40)}^{tree}`],
  ])('is refused when it is %s, before git or the API sees it', async (_what, sha) => {
    repo = await createRepo({ 'register.yml': REGISTER });
    marker = path.join(os.tmpdir(), `revision-${process.pid}`);
    const client = recordingClient();
    await expect(revisionSource({ workspace: repo.dir, sha: sha(), prefix: '', client, repo: { owner: 'o', repo: 'r' } })).rejects.toThrow(
      /Not a commit id/,
    );
    await expect(readAtRevision(repo.dir, sha(), 'register.yml')).rejects.toThrow(/Not a commit id/);
    expect(client.calls).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('reads a full commit id from the checkout', async () => {
    repo = await createRepo({ 'register.yml': REGISTER });
    const { origin } = await revisionSource({ workspace: repo.dir, sha: repo.baseSha, prefix: '', client: recordingClient(), repo: { owner: 'o', repo: 'r' } });
    expect(origin).toBe('git');
    expect(await readAtRevision(repo.dir, repo.baseSha, 'register.yml')).toBe(REGISTER);
  });
});
