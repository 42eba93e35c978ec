/**
 * Writes a report's files into its output folder, and nowhere else: not outside the folder (a path that would
 * leave it is refused), not through a symbolic link, and never into the register the report was made from.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Bilingual } from '../types.js';
import { sayBoth } from '../report/vocabulary.js';
import type { SiteFiles } from './input.js';
import { writeNoFollow } from '../output.js';

/** A report that cannot be written where it was asked to go; its words are in both languages. */
export class SiteWriteError extends Error {
  constructor(readonly text: Bilingual) {
    super(`${text.nl}\n${text.en}`);
  }
}

/** The real path of `target`: symbolic links resolved in the part that exists, the rest appended as written. */
export async function realPathOf(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const rest: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      return path.join(await fs.realpath(current), ...rest.reverse());
    } catch {
      if (path.dirname(current) === current) return absolute;
      rest.push(path.basename(current));
    }
  }
}

/** Whether `target` is `folder` itself or lies inside it (both absolute, resolved). */
export function isWithin(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses an output folder that is the register folder or lies inside it, so that a report never lands in the
 * register (where the next check would read it, or a commit would carry it).
 */
export async function assertOutsideRegister(out: string, registerDir: string): Promise<void> {
  if (isWithin(await realPathOf(registerDir), await realPathOf(out))) {
    throw new SiteWriteError(sayBoth('cli.report.outInRegister', { out, dir: registerDir }));
  }
}

/** Writes every file under `out` (creating folders); returns the paths written. */
export async function writeSite(out: string, files: SiteFiles): Promise<string[]> {
  try {
    await fs.mkdir(out, { recursive: true });
  } catch {
    throw new SiteWriteError(sayBoth('cli.report.outNotFolder', { out }));
  }
  const realOut = await fs.realpath(out);
  const written: string[] = [];
  for (const [relative, text] of files) {
    const target = path.resolve(realOut, relative);
    if (path.isAbsolute(relative) || !isWithin(realOut, target) || target === realOut) {
      throw new SiteWriteError(sayBoth('cli.report.outsideOut', { file: relative, out }));
    }
    await fs.mkdir(path.dirname(target), { recursive: true }).catch(() => undefined);
    if (!isWithin(realOut, await realPathOf(path.dirname(target)))) throw new SiteWriteError(sayBoth('cli.report.outsideOut', { file: relative, out }));
    try {
      // A file in the output folder that is a symbolic link is not written through.
      await writeNoFollow(target, text, { overwrite: true });
    } catch (error) {
      throw new SiteWriteError(sayBoth('cli.report.notWritten', { file: target, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
    written.push(target);
  }
  return written;
}
