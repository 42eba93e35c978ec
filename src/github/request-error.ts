/** Words for a failed GitHub request: which request, which status, what GitHub said; never a token or a query string. */

import { sayBoth } from '../report/vocabulary.js';
import { escapeMarkdown, inlineCode } from '../report/escape.js';
import { ArchiveLimitError } from './archive.js';
import type { Bilingual } from '../types.js';

/** What a failed request can tell a reader, taken from an Octokit `RequestError`. */
export interface RequestFailure {
  method: string;
  /** The URL's path only: the query string (which may carry a token) and the host are left out. */
  path: string;
  status: number;
  /** False when no answer came at all (a network error, which Octokit reports as status 500). */
  answered: boolean;
  /** GitHub's own short message, or the network error's, at most 200 characters. */
  detail?: string;
}

const MAX_DETAIL = 200;

/** The parts of an Octokit `RequestError` (or any error shaped like one); undefined for other errors. */
export function requestFailure(error: unknown): RequestFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, request, response } = error as { status?: unknown; request?: { method?: unknown; url?: unknown }; response?: { data?: unknown } };
  if (typeof status !== 'number' || typeof request?.method !== 'string' || typeof request.url !== 'string') return undefined;
  let path: string;
  try {
    // A relative URL gets a dummy base only so that the parser can split off the query and fragment.
    path = new URL(request.url, 'http://localhost').pathname;
  } catch {
    path = request.url.split(/[?#]/)[0];
  }
  const data = response?.data;
  const said = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : undefined;
  // Without a response, Octokit's message is the network error's (connection refused, reset); with one it is GitHub's.
  const raw = response ? said : (error as { message?: unknown }).message;
  // One line, no control characters: the words end up in logs and check runs.
  // eslint-disable-next-line no-control-regex
  const detail = typeof raw === 'string' ? raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim().slice(0, MAX_DETAIL) : undefined;
  return { method: request.method.toUpperCase(), path: safePath(path), status, answered: response !== undefined, detail: detail || undefined };
}

/** Drops anything in a path that looks like a credential (GitHub paths hold none, but a proxy's might). */
function safePath(path: string): string {
  return path.replace(/\b(gh[opsur]_|github_pat_)[A-Za-z0-9_]+/g, '$1[REDACTED]');
}

/**
 * Describes a failed GitHub request in both languages, or undefined when the error is not one.
 * `code` formats the request and `quote` GitHub's message, for Markdown (plain text by default).
 */
export function describeRequestError(error: unknown, format: { code?: (value: string) => string; quote?: (value: string) => string } = {}): Bilingual | undefined {
  const failure = requestFailure(error);
  if (!failure) return undefined;
  const code = format.code ?? ((value: string) => value);
  const quote = format.quote ?? ((value: string) => value);
  const request = code(`${failure.method} ${failure.path}`);
  if (!failure.answered) {
    const detail = failure.detail ? ` (${quote(failure.detail)})` : '';
    return sayBoth('request.noAnswer', { request, detail });
  }
  const said = failure.detail ? `: "${quote(failure.detail)}"` : '';
  return sayBoth('request.failed', { request, status: failure.status, said });
}

/**
 * Why a job failed, in both languages: the GitHub request and its status, the archive limit, or (for
 * anything else) a pointer to the log. `markdown` escapes for a check run's summary.
 */
export function describeFailure(error: unknown, markdown = false): Bilingual {
  const request = describeRequestError(error, markdown ? { code: inlineCode, quote: escapeMarkdown } : {});
  if (request) return request;
  if (error instanceof ArchiveLimitError) return error.text;
  return sayBoth('failure.unexpected');
}
