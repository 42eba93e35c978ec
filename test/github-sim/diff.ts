/**
 * Hunks of a unified-diff `patch` as GitHub returns it for a pull request's file (no file header,
 * starts at the first `@@`), and the rules GitHub applies to review-comment positions.
 *
 * Written by hand rather than with `parse-diff`, which counts the "\ No newline at end of file"
 * marker as an added line.
 */

/** One line of a hunk. */
export interface DiffLine {
  kind: 'context' | 'add' | 'del';
  /** Line number on the base side (context and deleted lines). */
  oldLine?: number;
  /** Line number on the head side (context and added lines). */
  newLine?: number;
  /** GitHub's legacy `position`: lines below the file's first `@@` header, later headers included. */
  position: number;
  text: string;
}

/** One `@@ -a,b +c,d @@` hunk. */
export interface Hunk {
  header: string;
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

const HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses a file patch into hunks. Text before the first header is ignored. */
export function parseHunks(patch: string | undefined): Hunk[] {
  const hunks: Hunk[] = [];
  if (!patch) return hunks;
  let current: Hunk | undefined;
  let oldNo = 0;
  let newNo = 0;
  let position = -1; // the first header is position 0
  for (const text of patch.split('\n')) {
    const h = HEADER.exec(text);
    if (h) {
      position++;
      current = {
        header: text,
        oldStart: Number(h[1]),
        oldLines: h[2] === undefined ? 1 : Number(h[2]),
        newStart: Number(h[3]),
        newLines: h[4] === undefined ? 1 : Number(h[4]),
        lines: [],
      };
      hunks.push(current);
      oldNo = current.oldStart;
      newNo = current.newStart;
      continue;
    }
    if (!current || text.startsWith('\\')) continue; // "\ No newline at end of file"
    const sign = text[0];
    if (sign === '+') {
      position++;
      current.lines.push({ kind: 'add', newLine: newNo++, position, text });
    } else if (sign === '-') {
      position++;
      current.lines.push({ kind: 'del', oldLine: oldNo++, position, text });
    } else if (sign === ' ' || (text === '' && (oldNo < current.oldStart + current.oldLines || newNo < current.newStart + current.newLines))) {
      position++;
      current.lines.push({ kind: 'context', oldLine: oldNo++, newLine: newNo++, position, text });
    }
  }
  return hunks;
}

/** Counts added and deleted lines of a patch. */
export function countChanges(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  for (const h of parseHunks(patch)) {
    for (const l of h.lines) {
      if (l.kind === 'add') additions++;
      else if (l.kind === 'del') deletions++;
    }
  }
  return { additions, deletions };
}

/** Which side of the diff a comment is on. */
export type Side = 'LEFT' | 'RIGHT';

/** Where a line comment lands, once resolved against the hunks. */
export interface ResolvedLine {
  hunk: Hunk;
  line: DiffLine;
  /** `diff_hunk` as GitHub reports it: the header and the hunk's lines up to the commented one. */
  diffHunk: string;
}

/** Finds `line` on `side` inside the hunks; `undefined` when the line is not part of the diff. */
export function resolveLine(hunks: Hunk[], line: number, side: Side): ResolvedLine | undefined {
  for (const hunk of hunks) {
    const idx = hunk.lines.findIndex((l) => (side === 'RIGHT' ? l.newLine === line : l.oldLine === line));
    if (idx >= 0) return { hunk, line: hunk.lines[idx], diffHunk: [hunk.header, ...hunk.lines.slice(0, idx + 1).map((l) => l.text)].join('\n') };
  }
  return undefined;
}

/** Finds a legacy `position` inside the hunks; `undefined` when out of range or on a header. */
export function resolvePosition(hunks: Hunk[], position: number): ResolvedLine | undefined {
  for (const hunk of hunks) {
    const idx = hunk.lines.findIndex((l) => l.position === position);
    if (idx >= 0) return { hunk, line: hunk.lines[idx], diffHunk: [hunk.header, ...hunk.lines.slice(0, idx + 1).map((l) => l.text)].join('\n') };
  }
  return undefined;
}
