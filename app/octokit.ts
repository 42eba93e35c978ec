/** The App's Octokit: Probot's, with rate limits and secondary rate limits waited out and retried. */

import { ProbotOctokit } from 'probot';
import { logLine } from '../src/report/escape.js';
import { say, sayBoth } from '../src/report/vocabulary.js';
import type { Bilingual } from '../src/types.js';

type Logger = { warn(message: string): void };
type LimitHandler = (retryAfter: number, options: { method: string; url: string }, octokit: { log: Logger }, retryCount: number) => boolean;

/** Waits as GitHub's headers say, at most twice per request, and says so in the log. */
function wait(kind: Bilingual): LimitHandler {
  return (retryAfter, options, octokit, retryCount) => {
    const data = { kind, request: logLine(`${options.method} ${options.url}`), seconds: retryAfter };
    octokit.log.warn(`${say('action.retrying', 'nl', data)} / ${say('action.retrying', 'en', data)}`);
    return retryCount < 2;
  };
}

/**
 * Probot's Octokit class with our limit handlers. Probot's own handler only logs a secondary rate limit and gives
 * the write up, so a burst of comments would fail the job; GitHub asks clients to wait and retry instead.
 * `throttle` adds settings for tests (the shortest wait), never the handlers' policy.
 */
export function appOctokit(throttle: Record<string, unknown> = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: {
      ...(options.throttle as object),
      onRateLimit: wait(sayBoth('action.rateLimit')),
      onSecondaryRateLimit: wait(sayBoth('action.secondaryRateLimit')),
      ...throttle,
    },
  })) as typeof ProbotOctokit;
}
