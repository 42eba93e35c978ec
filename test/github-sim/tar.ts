/**
 * Repository archives as GitHub's codeload serves them for `GET /repos/{owner}/{repo}/tarball/{ref}`:
 * a gzipped tar whose first entry is a pax global header carrying the commit sha as `comment`,
 * then everything under one top folder `<owner>-<repo>-<7-char sha>/`.
 */

import { gzipSync } from 'node:zlib';
import tarStream, { type Header } from 'tar-stream';

/** A file of a simulated commit: text, bytes, or a symlink. */
export type TreeFile = string | Buffer | { content: string | Buffer; mode?: number } | { symlink: string };

/**
 * An entry written to the archive verbatim, outside the normal tree, for hostile-archive tests.
 * `name` is used as is: prefix it with the top folder yourself, or don't (`../escape`, `/etc/x`).
 */
export interface RawTarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  content?: string | Buffer;
  /** Target of a symlink or hard link. */
  linkname?: string;
  mode?: number;
}

/** Top folder of GitHub's tarball for a commit. */
export function tarballTopDir(owner: string, repo: string, sha: string): string {
  return `${owner}-${repo}-${sha.slice(0, 7)}`;
}

/** Builds the gzipped archive of `files` (paths relative to the repository root) at commit `sha`. */
export async function buildTarball(opts: {
  owner: string;
  repo: string;
  sha: string;
  files: Map<string, TreeFile>;
  raw?: RawTarEntry[];
  mtime?: Date;
}): Promise<Buffer> {
  const { owner, repo, sha, files, raw = [] } = opts;
  const mtime = opts.mtime ?? new Date(0);
  const top = tarballTopDir(owner, repo, sha);
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => {
      chunks.push(c as Buffer);
    });
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  // tar-stream cannot write a body for a global header, so git's `pax_global_header` block is built by hand.
  chunks.push(paxGlobalHeader(paxRecord('comment', sha), mtime));
  const add = (header: Partial<Header> & { name: string }, body?: string | Buffer) =>
    new Promise<void>((resolve, reject) => {
      const h = { mtime, uid: 0, gid: 0, ...header };
      const cb = (err?: Error | null) => (err ? reject(err) : resolve());
      if (body === undefined) pack.entry(h, cb);
      else pack.entry(h, body, cb);
    });

  await add({ name: `${top}/`, type: 'directory', mode: 0o775 });
  const dirs = new Set<string>();
  for (const path of [...files.keys()].sort()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirs.has(dir)) {
        dirs.add(dir);
        await add({ name: `${top}/${dir}/`, type: 'directory', mode: 0o775 });
      }
    }
    const f = files.get(path) as TreeFile;
    if (typeof f === 'object' && !Buffer.isBuffer(f) && 'symlink' in f) {
      await add({ name: `${top}/${path}`, type: 'symlink', linkname: f.symlink, mode: 0o777 });
    } else {
      const content = typeof f === 'string' || Buffer.isBuffer(f) ? f : f.content;
      const mode = typeof f === 'object' && !Buffer.isBuffer(f) && 'mode' in f && f.mode ? f.mode : 0o664;
      await add({ name: `${top}/${path}`, type: 'file', mode }, content);
    }
  }
  for (const e of raw) {
    const type = e.type ?? 'file';
    await add({ name: e.name, type, linkname: e.linkname ?? '', mode: e.mode ?? (type === 'directory' ? 0o775 : type === 'symlink' ? 0o777 : 0o664) }, type === 'file' ? (e.content ?? '') : undefined);
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

/** A ustar header block of type `g` (pax global header) followed by its data, padded to 512 bytes. */
function paxGlobalHeader(data: Buffer, mtime: Date): Buffer {
  const block = Buffer.alloc(512);
  const put = (offset: number, length: number, value: string) => block.write(value.slice(0, length), offset, 'latin1');
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';
  put(0, 100, 'pax_global_header');
  put(100, 8, octal(0o666, 8));
  put(108, 8, octal(0, 8));
  put(116, 8, octal(0, 8));
  put(124, 12, octal(data.length, 12));
  put(136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  put(148, 8, '        ');
  put(156, 1, 'g');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, 'root');
  put(297, 32, 'root');
  let sum = 0;
  for (const b of block) sum += b;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([block, padded]);
}

/** One pax extended-header record: `<length> <key>=<value>\n`, the length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len++;
  return Buffer.from(`${len}${body}`);
}
