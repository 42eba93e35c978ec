/** Which lines of a changed file GitHub accepts review comments on: right-side lines inside the hunks. */

import parseDiff from 'parse-diff';

/** The right-side (new) line numbers inside the hunks of a file's `patch`. */
export function commentableLines(patch: string | undefined | null): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  for (const file of parseDiff(patch)) {
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) {
        if (change.type === 'add') lines.add(change.ln);
        else if (change.type === 'normal') lines.add(change.ln2);
      }
    }
  }
  return lines;
}

/** A file of a pull request as the files API lists it. */
export interface ChangedFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}
