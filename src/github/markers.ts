/** Hidden markers by which the checker finds its own comments and issues again. */

const PREFIX = 'register-check';

/** The marker of the sticky summary comment on a pull request. */
export const SUMMARY_MARKER = `<!-- ${PREFIX}:summary -->`;

/** The marker that ties an inline comment to a finding's fingerprint. */
export function findingMarker(fingerprint: string): string {
  return `<!-- ${PREFIX}:finding:${fingerprint} -->`;
}

/** The marker that ties a stale-entry issue to an entry (kind and id). */
export function staleMarker(kind: string, id: string): string {
  return `<!-- ${PREFIX}:stale:${kind}:${id} -->`;
}

const FINDING = new RegExp(`<!-- ${PREFIX}:finding:([0-9a-f]+) -->`);
const STALE = new RegExp(`<!-- ${PREFIX}:stale:([a-z]+):([a-z0-9-]+) -->`);

/** The fingerprint in a comment body, if it is one of ours. */
export function readFindingMarker(body: string | null | undefined): string | undefined {
  return body ? FINDING.exec(body)?.[1] : undefined;
}

/** Every finding fingerprint in a body (a review body lists several). */
export function readFindingMarkers(body: string | null | undefined): string[] {
  return body ? [...body.matchAll(new RegExp(FINDING.source, 'g'))].map((m) => m[1]) : [];
}

/** The entry named in an issue body, if it is one of ours. */
export function readStaleMarker(body: string | null | undefined): { kind: string; id: string } | undefined {
  const m = body ? STALE.exec(body) : null;
  return m ? { kind: m[1], id: m[2] } : undefined;
}
