/** A repository snapshot from one archive download, unpacked in memory: no checkout, no file-by-file reads. */

import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import type { GitHubClient, RepoRef } from './client.js';
import { MemorySource, normaliseRelativePath, type MemoryFile } from '../source.js';
import { DEFAULT_LIMITS } from '../load.js';

/** Limits on an archive: per file as the loader, and in total against decompression bombs. */
export interface ArchiveLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
}

/** Defaults: 1 MiB per file, 256 MiB and 100,000 entries in all. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxFileBytes: DEFAULT_LIMITS.maxFileBytes, maxTotalBytes: 256 * 1024 * 1024, maxEntries: 100_000 };

/** An unpacked snapshot plus the entries that were refused. */
export interface Snapshot {
  source: MemorySource;
  /** Entry names that escaped the root or were absolute: never read, never listed. */
  refused: string[];
}

/**
 * Unpacks a gzipped tarball as GitHub serves it (one top folder) into memory.
 * Links become `symlink` entries that the loader reports and never reads;
 * names that leave the root are refused.
 */
export async function unpackTarball(gzipped: Uint8Array, prefix = '', limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<Snapshot> {
  const files = new Map<string, MemoryFile>();
  const refused: string[] = [];
  const extract = tar.extract();
  let total = 0;
  let entries = 0;
  let topFolder: string | undefined;
  const wanted = prefix ? `${prefix.replace(/\/+$/, '')}/` : '';

  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      entries++;
      if (entries > limits.maxEntries) {
        stream.resume();
        reject(new Error(`archive has more than ${limits.maxEntries} entries`));
        return;
      }
      const name = header.name;
      const slash = name.indexOf('/');
      // Everything must sit under the archive's one top folder; an entry under another would shadow the real files.
      const top = slash === -1 ? name : name.slice(0, slash);
      if (slash !== -1) topFolder ??= top;
      // GitHub's archives hold one top folder (owner-repo-sha/); everything else is relative to it.
      const inner = slash === -1 ? '' : name.slice(slash + 1);
      const relative = inner === '' ? undefined : normaliseRelativePath(inner.replace(/\/+$/, ''));
      const skip = () => {
        stream.on('end', () => next());
        stream.resume();
      };
      if (header.type === 'directory' || inner === '') return skip();
      if (!relative || name.startsWith('/') || name.split('/').includes('..') || (slash !== -1 && top !== topFolder)) {
        refused.push(name);
        return skip();
      }
      if (wanted && !relative.startsWith(wanted)) return skip();
      const path = wanted ? relative.slice(wanted.length) : relative;
      if (header.type === 'symlink' || header.type === 'link') {
        files.set(path, { type: 'symlink', bytes: new Uint8Array() });
        return skip();
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        files.set(path, { type: 'other', bytes: new Uint8Array() });
        return skip();
      }
      const size = header.size ?? 0;
      if (size > limits.maxFileBytes) {
        // Too large to read: listed with a size only, so the loader reports it.
        files.set(path, { type: 'file', bytes: new Uint8Array(), size });
        return skip();
      }
      const chunks: Buffer[] = [];
      stream.on('data', (data: unknown) => {
        const chunk = data as Buffer;
        total += chunk.length;
        chunks.push(chunk);
      });
      stream.on('end', () => {
        if (total > limits.maxTotalBytes) {
          reject(new Error(`archive unpacks to more than ${limits.maxTotalBytes} bytes`));
          return;
        }
        files.set(path, { type: 'file', bytes: new Uint8Array(Buffer.concat(chunks)) });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });

  const gunzip = createGunzip();
  gunzip.on('error', (error) => extract.destroy(error));
  Readable.from([Buffer.from(gzipped)]).pipe(gunzip).pipe(extract);
  await done;
  return { source: new MemorySource(files), refused };
}

/** Downloads a repository's archive at a ref (one request) and unpacks the register's folder. */
export async function downloadSnapshot(client: GitHubClient, repo: RepoRef, ref: string, prefix = '', limits?: ArchiveLimits): Promise<Snapshot> {
  const response = await client.request<ArrayBuffer>('GET /repos/{owner}/{repo}/tarball/{ref}', { ...repo, ref });
  return unpackTarball(new Uint8Array(response.data), prefix, limits);
}
