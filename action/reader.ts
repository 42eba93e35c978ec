/** Where the Action reads the register from: the checkout as it stands, or a commit (git objects, fetched if shallow, else an archive). */

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import { loadRegister } from '../src/load.js';
import { FileSystemSource } from '../src/source.js';
import { parseConfig, readConfigFile } from '../src/config.js';
import { RULES } from '../src/rules/index.js';
import type { GitHubClient, RepoRef } from '../src/github/client.js';
import type { RepositoryReader } from '../src/github/flows.js';
import { readRepoConfig } from '../src/github/repo-config.js';
import { readAtRevision, revisionSource } from '../src/github/revision.js';
import { say } from '../src/report/vocabulary.js';
import type { ActionInputs } from './inputs.js';

const run = promisify(execFile);

/** The checkout as it stands (schedules, pushes, plain checks): configuration and register from the workspace. */
export function workspaceReader(inputs: ActionInputs): RepositoryReader {
  return {
    config: () => readConfigFile(path.resolve(inputs.workspace, inputs.configPath), { displayName: inputs.configPath }),
    register: (_ref, config) => loadRegister(new FileSystemSource(inputs.registerDir), config),
    // The checkout's own commit; a workspace that is no git checkout has none, and its issues link no lines.
    commit: () => run('git', ['-C', inputs.workspace, 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).then(({ stdout }) => stdout.trim(), () => undefined),
  };
}

/**
 * A pull request's head and base, each located before anything is read; the configuration comes from the base, so the
 * change cannot switch off the rules that judge it.
 */
export async function revisionReader(inputs: ActionInputs, client: GitHubClient, repo: RepoRef, head: string, base: string): Promise<RepositoryReader & { logSources(language: Parameters<typeof say>[1]): void }> {
  const { workspace, prefix } = inputs;
  const sources = new Map([
    [head, await revisionSource({ workspace, sha: head, prefix, client, repo })],
    [base, await revisionSource({ workspace, sha: base, prefix, client, repo })],
  ]);
  const baseOrigin = sources.get(base)!.origin;
  return {
    async config() {
      if (baseOrigin === 'archive') return readRepoConfig(client, repo, base, inputs.configPath);
      const text = await readAtRevision(workspace, base, inputs.configPath);
      return text === undefined ? {} : parseConfig(text, inputs.configPath, RULES.map((r) => r.id));
    },
    register: (sha, config, cache) => loadRegister(sources.get(sha)!.source, config, undefined, cache),
    logSources: (language) => core.info(say('action.sources', language, { head: sources.get(head)!.origin, base: baseOrigin })),
  };
}
