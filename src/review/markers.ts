/**
 * Hidden markers by which the checker finds its own comments and issues again.
 *
 * A marker carries only values the code made itself (a fingerprint, a plain id or a hash of an id)
 * and is read only where the bot put it: the first line of a summary or an issue, the last line of
 * a review comment, the end of a file-level entry in a review body. Register text elsewhere in a
 * body (a suggestion copies a file's line verbatim) can therefore never be taken for a marker.
 */

import { markerValue } from '../report/escape.js';

const PREFIX = 'register-check';

/** The marker of the sticky summary comment on a pull request (its first line). */
export const SUMMARY_MARKER = `<!-- ${PREFIX}:summary -->`;

/** The last line of a review comment whose finding has gone; the original comment is quoted above it. */
export const RESOLVED_MARKER = `<!-- ${PREFIX}:resolved -->`;

const FINDING_START = `<!-- ${PREFIX}:finding:`;
const MARKER_END = ' -->';
const STALE = new RegExp(`^<!-- ${PREFIX}:stale:([a-z]+):([a-z0-9-]+|sha256=[0-9a-f]{64}) -->$`);
const ISSUE = new RegExp(`^<!-- ${PREFIX}:issue:([a-z0-9]+):([a-z]+):([a-z0-9-]+|sha256=[0-9a-f]{64}) -->$`);

const isHex = (value: string) => value.length > 0 && value.length <= 64 && /^[0-9a-f]+$/.test(value);

/** The marker that ties an inline comment to a finding's fingerprint. */
export function findingMarker(fingerprint: string): string {
  if (!isHex(fingerprint)) throw new Error(`not a fingerprint: ${JSON.stringify(fingerprint.slice(0, 80))}`);
  return `${FINDING_START}${fingerprint}${MARKER_END}`;
}

/** The marker that ties a register issue to an entry and a concern (`stale`, `q2`, …): the entry's kind, and its id or a hash of it. */
export function issueMarker(concern: string, kind: string, id: string): string {
  if (!/^[a-z0-9]+$/.test(concern)) throw new Error(`not a concern: ${JSON.stringify(concern.slice(0, 80))}`);
  if (!/^[a-z]+$/.test(kind)) throw new Error(`not an entity kind: ${JSON.stringify(kind.slice(0, 80))}`);
  return `<!-- ${PREFIX}:issue:${concern}:${kind}:${markerValue(id)} -->`;
}

/** The marker of a stale-entry issue: the `stale` concern's issue marker. */
export function staleMarker(kind: string, id: string): string {
  return issueMarker('stale', kind, id);
}

/** The key under which a register issue is found again: what its marker reads back as. */
export function issueKey(concern: string, kind: string, id: string): string {
  return `${concern}:${kind}:${markerValue(id)}`;
}

/** The first line of a body, without a carriage return (bodies edited on github.com use CRLF). */
function firstLine(body: string): string {
  const end = body.indexOf('\n');
  const line = end === -1 ? body : body.slice(0, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The last `count` lines of a body, trailing blank space ignored. */
function lastLines(body: string, count: number): string[] {
  const text = body.trimEnd();
  const lines: string[] = [];
  let end = text.length;
  while (lines.length < count) {
    const start = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const line = text.slice(start + 1, end);
    lines.unshift(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (start === -1) break;
    end = start;
  }
  return lines;
}

/** The fingerprint if the line is exactly a finding marker. */
function fingerprintOf(line: string): string | undefined {
  if (!line.startsWith(FINDING_START) || !line.endsWith(MARKER_END)) return undefined;
  const value = line.slice(FINDING_START.length, -MARKER_END.length);
  return isHex(value) ? value : undefined;
}

/** Whether a comment body is a summary comment (the marker is its first line). */
export function isSummaryBody(body: string | null | undefined): boolean {
  return !!body && firstLine(body) === SUMMARY_MARKER;
}

/**
 * The fingerprint of a review comment, if it is one of ours: the marker is its last line, or, once
 * resolved, the last line of the quoted original, just above `</details>` and the resolved marker.
 */
export function readFindingMarker(body: string | null | undefined): string | undefined {
  if (!body) return undefined;
  const lines = lastLines(body, 4);
  const last = lines[lines.length - 1];
  if (last !== RESOLVED_MARKER) return fingerprintOf(last);
  const [quoted, blank, details] = lines;
  return lines.length === 4 && blank === '' && details === '</details>' ? fingerprintOf(quoted) : undefined;
}

/** Whether a review comment of ours was marked resolved (the resolved marker is its last line). */
export function isResolvedBody(body: string | null | undefined): boolean {
  return !!body && lastLines(body, 1)[0] === RESOLVED_MARKER;
}

/** Every finding fingerprint in a review body: each file-level entry (`- …`) ends with its marker. */
export function readFindingMarkers(body: string | null | undefined): string[] {
  if (!body) return [];
  const found: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.startsWith('- ') || !line.endsWith(MARKER_END)) continue;
    const at = line.lastIndexOf(FINDING_START);
    // The entry's text before the marker is escaped Markdown: it holds no `<` of its own.
    if (at <= 0 || line[at - 1] !== ' ') continue;
    const fingerprint = fingerprintOf(line.slice(at));
    if (fingerprint) found.push(fingerprint);
  }
  return found;
}

/**
 * The concern and entry named by an issue's first line, if it is one of ours: the concern, the entry's kind and its id
 * (or the id's hash). The marker earlier versions wrote on stale-entry issues (`stale:<kind>:<id>`) reads as the
 * `stale` concern, so those issues are kept, not duplicated.
 */
export function readIssueMarker(body: string | null | undefined): { concern: string; kind: string; id: string } | undefined {
  if (!body) return undefined;
  const line = firstLine(body);
  const m = ISSUE.exec(line);
  if (m) return { concern: m[1], kind: m[2], id: m[3] };
  const old = STALE.exec(line);
  return old ? { concern: 'stale', kind: old[1], id: old[2] } : undefined;
}

/** The entry named by a stale-entry issue's first line (either marker form), if it is one of ours. */
export function readStaleMarker(body: string | null | undefined): { kind: string; id: string } | undefined {
  const marker = readIssueMarker(body);
  return marker?.concern === 'stale' ? { kind: marker.kind, id: marker.id } : undefined;
}
