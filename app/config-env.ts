/** Settings of the App's processes, from the environment. */

import { readFileSync } from 'node:fs';

/** The API base: GITHUB_API_URL, else GitHub Enterprise's GHE_HOST (Probot's convention), else api.github.com. */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL;
  if (env.GHE_HOST) return `${env.GHE_PROTOCOL ?? 'https'}://${env.GHE_HOST}/api/v3`;
  return 'https://api.github.com';
}

/** The app's private key from PRIVATE_KEY (PEM, `\n` escapes allowed) or the file PRIVATE_KEY_PATH. */
export function privateKey(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PRIVATE_KEY) return env.PRIVATE_KEY.replace(/\\n/g, '\n');
  if (env.PRIVATE_KEY_PATH) return readFileSync(env.PRIVATE_KEY_PATH, 'utf8');
  return undefined;
}

