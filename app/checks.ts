/**
 * The App's pull-request checks in worker threads: the event loop downloads the two registers and talks to GitHub,
 * a thread of the pool loads and checks them. Files go to the thread as bytes, findings come back as data.
 */

import os from 'node:os';
import { DEFAULT_LIMITS } from '../src/load.js';
import type { CheckConfig } from '../src/model.js';
import { normaliseRelativePath, UnreadableError, type RegisterSource, type SourceEntry } from '../src/source.js';
import type { PullRequestChecker, PullRequestFindings } from '../src/github/flows.js';
import { WorkerPool, type PoolOptions } from './pool.js';

/** How one listed file was read: where its bytes are in the packed buffer, or why it could not be read. */
type PackedRead = { path: string; offset: number; length: number } | { path: string; error: { name: string; message: string; reason?: UnreadableError['reason'] } };

/** A register's files as plain data: the listing as the source gave it, and every file the loader may read, read. */
export interface PackedSource {
  entries: SourceEntry[];
  reads: PackedRead[];
  /** The files' bytes one after another: one buffer, moved to the thread rather than copied. */
  bytes: ArrayBuffer;
}

/**
 * Lists a source and reads each regular file within `maxBytes` (the loader reads no other), keeping what the
 * source refused as its error, so that the copy answers the loader as the source itself would.
 */
export async function packSource(source: RegisterSource, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<PackedSource> {
  const entries = await source.list();
  const chunks: Uint8Array[] = [];
  const reads: PackedRead[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.type !== 'file' || entry.size > maxBytes) continue;
    try {
      const bytes = await source.read(entry.path, maxBytes);
      chunks.push(bytes);
      reads.push({ path: entry.path, offset, length: bytes.byteLength });
      offset += bytes.byteLength;
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      reads.push({ path: entry.path, error: { name, message, reason: error instanceof UnreadableError ? error.reason : undefined } });
    }
  }
  const all = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { entries, reads, bytes: all.buffer };
}

/** A packed source read back: the same listing, the same bytes, the same refusals. */
export function unpackSource(packed: PackedSource): RegisterSource {
  const listed = new Map(packed.entries.map((e) => [e.path, e]));
  const reads = new Map(packed.reads.map((r) => [r.path, r]));
  return {
    list: async () => packed.entries.map((e) => ({ ...e })),
    async read(relativePath, maxBytes) {
      const read = reads.get(relativePath);
      if (read && 'error' in read) {
        const { name, message, reason } = read.error;
        throw reason ? new UnreadableError(reason, message) : Object.assign(new Error(message), { name });
      }
      if (read && read.length <= maxBytes) return new Uint8Array(packed.bytes, read.offset, read.length);
      // Not read when packed: refused as a source refuses it.
      const normal = normaliseRelativePath(relativePath);
      const entry = normal === undefined ? undefined : listed.get(normal);
      if (normal === undefined) throw new UnreadableError('outside-root', relativePath);
      if (!entry) throw new UnreadableError('missing', relativePath);
      if (entry.type === 'symlink') throw new UnreadableError('symlink', relativePath);
      if (entry.type !== 'file') throw new UnreadableError('not-regular', relativePath);
      throw new UnreadableError('too-large', relativePath);
    },
  };
}

/** One pull request's check as a thread gets it. */
export interface CheckTask {
  head: PackedSource;
  base: PackedSource;
  config: CheckConfig;
  today: string;
}

/** The pool of threads that check pull requests. */
export type CheckPool = WorkerPool<CheckTask, PullRequestFindings>;

/** The threads' script, next to this module (in lib/app/ once built). */
export const CHECK_WORKER = new URL('./check-worker.js', import.meta.url);

/** Most checks waiting for a thread: beyond that a check run fails at once and can be re-run, rather than memory filling with registers. */
export const MAX_WAITING_CHECKS = 32;

/** Most threads CHECK_WORKERS may ask for. */
export const MAX_CHECK_WORKERS = 64;

/** A pool of check threads; `script` defaults to the built worker beside this module. */
export function checkPool(options: Partial<PoolOptions> & Pick<PoolOptions, 'size'>): CheckPool {
  return new WorkerPool({ script: CHECK_WORKER, maxWaiting: MAX_WAITING_CHECKS, ...options });
}

/**
 * How many threads check pull requests: CHECK_WORKERS, else one fewer than the processors Node may use (one stays
 * with the event loop), at least 1 and at most 4 (each thread holds two registers in memory while it checks).
 * Undefined when CHECK_WORKERS is not a whole number from 1 to {@link MAX_CHECK_WORKERS}.
 */
export function checkWorkers(env: NodeJS.ProcessEnv, processors = os.availableParallelism()): number | undefined {
  const asked = env.CHECK_WORKERS?.trim();
  if (!asked) return Math.min(4, Math.max(1, processors - 1));
  const n = /^\d{1,3}$/.test(asked) ? Number(asked) : NaN;
  return n >= 1 && n <= MAX_CHECK_WORKERS ? n : undefined;
}

/** A checker that downloads both registers on this thread and checks them in the pool. */
export function poolChecker(pool: CheckPool): PullRequestChecker {
  return async (reader, run) => {
    if (!reader.source) throw new TypeError('this reader cannot hand over the register files, so they cannot be checked in a worker thread');
    const [head, base] = await Promise.all([reader.source(run.headSha, run.config).then(packSource), reader.source(run.baseSha, run.config).then(packSource)]);
    return pool.run({ head, base, config: run.config, today: run.today }, [head.bytes, base.bytes]);
  };
}
