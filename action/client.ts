/** The Action's Octokit: @actions/github's, with polite retries (5xx) and throttling (rate limits, secondary limits). */

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubClient } from '../src/github/client.js';
import { logLine } from '../src/report/escape.js';
import { say, sayBoth } from '../src/report/vocabulary.js';
import type { Bilingual } from '../src/types.js';

type LimitHandler = (retryAfter: number, options: { method: string; url: string }, octokit: unknown, retryCount: number) => boolean;

/** Waits as GitHub's headers say, at most twice per request, and says so in the log. */
function wait(kind: Bilingual): LimitHandler {
  return (retryAfter, options, _octokit, retryCount) => {
    // Said before the configuration (and so the language) is known: both languages. The URL can hold register text (a label name).
    const request = logLine(`${options.method} ${options.url}`);
    const data = { kind, request, seconds: retryAfter };
    core.warning(`${say('action.retrying', 'nl', data)} / ${say('action.retrying', 'en', data)}`);
    return retryCount < 2;
  };
}

/**
 * An Octokit for the given token and API base, as the shared GitHub layer takes it. `throttle: false` only for tests:
 * it turns off the spacing of writes (a second apart, three for those that notify), not the retries.
 */
export function createClient(token: string, baseUrl: string, options: { throttle?: boolean } = {}): GitHubClient {
  const octokit = getOctokit(
    token,
    { baseUrl, throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: wait(sayBoth('action.rateLimit')),
        onSecondaryRateLimit: wait(sayBoth('action.secondaryRateLimit')),
      }, } as never,
    retry,
    throttling,
  );
  return octokit as unknown as GitHubClient;
}
