/** Writing one output file safely: never through a symbolic link, and on request never over a file that exists. */

import { constants, promises as fs } from 'node:fs';

/**
 * Writes `data` to `target`. With `overwrite` an existing file is replaced, but a symbolic link put in its place is
 * not written through (O_NOFOLLOW; undefined on Windows); without it the write fails when anything is there
 * (O_EXCL, which never follows a link either).
 */
export async function writeNoFollow(target: string, data: string | Uint8Array, { overwrite }: { overwrite: boolean }): Promise<void> {
  const flags = overwrite ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  const handle = await fs.open(target, flags, 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}
