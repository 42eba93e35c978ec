/** Temporary git repositories holding a register, with a base and a head commit, as a pull request has. */

import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs git in a folder and returns its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' },
  }).trim();
}

/** Files to write (string) or delete (null), by repository path. */
export type Changes = Record<string, string | null>;

/** Copies a folder's files into a map of path → text. */
export async function readTree(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dirent of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) Object.assign(out, await readTree(path.join(dir, dirent.name), rel));
    else if (dirent.isFile()) out[rel] = await fs.readFile(path.join(dir, dirent.name), 'utf8');
  }
  return out;
}

async function apply(dir: string, changes: Changes): Promise<void> {
  for (const [file, content] of Object.entries(changes)) {
    const full = path.join(dir, file);
    if (content === null) await fs.rm(full, { force: true });
    else {
      await fs.mkdir(path.dirname(full), { recursive: true });
      await fs.writeFile(full, content);
    }
  }
}

/** A repository with a base commit and (after `commitHead`) a head commit. */
export interface RegisterRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** Removes the folders in a list (repositories, registers) and empties it: for afterEach and afterAll. */
export async function removeAll(dirs: string[]): Promise<void> {
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
}

/** Creates a repository whose first commit holds `base`; the work tree is left at that commit. */
export async function createRepo(base: Changes): Promise<RegisterRepo> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'register-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  await apply(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const sha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha: sha, headSha: sha };
}

/** Commits changes on top of the current head and returns the new head sha. */
export async function commit(repo: RegisterRepo, changes: Changes, message = 'change'): Promise<string> {
  await apply(repo.dir, changes);
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '--allow-empty', '-m', message);
  repo.headSha = git(repo.dir, 'rev-parse', 'HEAD');
  return repo.headSha;
}

/** The files changed between base and head, as GitHub's pull-request files API lists them (patch = hunks only). */
export function changedFiles(repo: RegisterRepo): { filename: string; status: 'added' | 'modified' | 'removed'; patch?: string }[] {
  const names = git(repo.dir, 'diff', '--name-status', '--no-renames', repo.baseSha, repo.headSha);
  if (!names) return [];
  return names.split('\n').map((line) => {
    const [code, filename] = line.split('\t');
    const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
    const diff = git(repo.dir, 'diff', '--no-renames', '-U3', repo.baseSha, repo.headSha, '--', filename);
    const at = diff.indexOf('\n@@');
    return { filename, status, ...(at === -1 ? {} : { patch: diff.slice(at + 1) }) };
  });
}
