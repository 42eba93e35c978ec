/** Who our comments are written by: a comment carrying our marker counts as ours only when this login wrote it. */

import type { GitHubClient } from './client.js';

/** The login of the bot behind an Actions token. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The token's login: the given one, else GET /user for a personal token, else the Actions bot (installation tokens may not call /user). */
export async function botLogin(client: GitHubClient, given?: string): Promise<string> {
  if (given) return given;
  try {
    const { data } = await client.request<{ login: string }>('GET /user');
    return data.login;
  } catch {
    return ACTIONS_BOT;
  }
}
