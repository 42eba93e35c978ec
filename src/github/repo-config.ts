/** The checker's configuration as it stands on a branch, read through the API (the App has no checkout). */

import type { CheckConfig } from '../model.js';
import { CONFIG_PATH, parseConfig } from '../config.js';
import { RULES } from '../rules/index.js';
import type { GitHubClient, RepoRef } from './client.js';

/** Reads and validates the configuration (default `.github/register-check.yml`) at `ref`; absent means defaults, invalid throws a ConfigError. */
export async function readRepoConfig(client: GitHubClient, repo: RepoRef, ref: string, path = CONFIG_PATH): Promise<CheckConfig> {
  let text: string;
  try {
    const { data } = await client.request<{ type: string; content?: string; encoding?: string }>('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
      ref,
    });
    if (data.type !== 'file' || data.content === undefined) return {};
    text = Buffer.from(data.content, (data.encoding as BufferEncoding) ?? 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return {};
    throw error;
  }
  return parseConfig(text, path, RULES.map((r) => r.id));
}
