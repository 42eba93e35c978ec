/** Reads the register as it stands at a commit: from the checkout's git objects, fetched if shallow, else one archive download. */

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GitSource } from '../git-source.js';
import type { RegisterSource } from '../source.js';
import type { GitHubClient, RepoRef } from './client.js';
import { downloadSnapshot, trimSlashes } from './archive.js';

const run = promisify(execFile);

/** A full commit id (SHA-1 or SHA-256), the only form an event payload's sha may take. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Throws unless `sha` is a full hexadecimal commit id: it reaches git's command line and the API's URLs. */
export function assertCommitId(sha: string): void {
  if (typeof sha !== 'string' || !COMMIT_ID.test(sha)) {
    throw new Error(`Not a commit id: ${JSON.stringify(String(sha).slice(0, 80))} (expected 40 or 64 hexadecimal characters)`);
  }
}

async function hasCommit(repository: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['-C', repository, 'cat-file', '-e', '--', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** How a revision was read, for the log. */
export type RevisionOrigin = 'git' | 'git-fetch' | 'archive';

/** A source for the register at `sha`; `prefix` is the register's folder in the repository ('' for the root). */
export async function revisionSource(options: {
  workspace: string;
  sha: string;
  prefix: string;
  client: GitHubClient;
  repo: RepoRef;
}): Promise<{ source: RegisterSource; origin: RevisionOrigin }> {
  const { workspace, sha, prefix } = options;
  assertCommitId(sha);
  const folder = trimSlashes(prefix);
  if (await hasCommit(workspace, sha)) return { source: new GitSource(workspace, sha, folder), origin: 'git' };
  try {
    // A shallow checkout lacks the commit; actions/checkout leaves credentials for exactly this fetch.
    await run('git', ['-C', workspace, 'fetch', '--no-tags', '--depth=1', '--', 'origin', sha], { timeout: 120_000 });
    if (await hasCommit(workspace, sha)) return { source: new GitSource(workspace, sha, folder), origin: 'git-fetch' };
  } catch {
    // Not a git checkout, or no remote: fall back to the archive.
  }
  const snapshot = await downloadSnapshot(options.client, options.repo, sha, folder);
  return { source: snapshot.source, origin: 'archive' };
}

/** Reads one file at a commit with git, or undefined when git cannot. */
export async function readAtRevision(workspace: string, sha: string, path: string): Promise<string | undefined> {
  assertCommitId(sha);
  try {
    // `--` after the revision: git reads what comes before it as a revision only, never as a path or option.
    const { stdout } = await run('git', ['-C', workspace, 'show', `${sha}:${path}`, '--'], { maxBuffer: 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}
