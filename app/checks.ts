/**
 * The App's checks in worker threads: the event loop downloads the registers and talks to GitHub, a thread of the pool
 * loads and checks them. Files go to the thread as bytes, findings come back as data.
 */

import os from 'node:os';
import { DEFAULT_LIMITS } from '../src/load.js';
import type { CheckConfig } from '../src/model.js';
import { normaliseRelativePath, UnreadableError, type RegisterSource, type SourceEntry } from '../src/source.js';
import type { Checker, PullRequestFindings, RegisterFindings } from '../src/github/flows.js';
import { WorkerPool, type PoolOptions } from './pool.js';

/** How a source refused to read a listed file: the error, as data. */
interface Refusal {
  /** The entry's place in the listing. */
  index: number;
  name: string;
  message: string;
  reason?: UnreadableError['reason'];
}

/** The numbers kept per listed entry in {@link PackedSource.table}. */
const COLUMNS = 5;
const TYPES: SourceEntry['type'][] = ['file', 'symlink', 'other'];

/**
 * A register's files as plain data: the listing as the source gave it, and every file the loader may read, read. A few
 * large values rather than one object per file, so handing ten thousand files to a thread costs the event loop little.
 */
export interface PackedSource {
  /** How many entries the source listed. */
  count: number;
  /** Every listed path, one after another; the table gives each one's length. */
  names: string;
  /** Per listed entry: its name's length, its type (an index into file, symlink, other), its size, and where its bytes are (offset, length; offset -1 when not read). */
  table: Float64Array;
  /** The files' bytes one after another: moved to the thread, not copied. */
  bytes: ArrayBuffer;
  refused: Refusal[];
}

/** How many files are packed between two turns of the event loop. */
const FILES_PER_TURN = 256;

/**
 * Lists a source and reads each regular file within `maxBytes` (the loader reads no other), keeping what the source
 * refused as its error, so that the copy answers the loader as the source itself would. Gives the event loop a turn
 * every few hundred files.
 */
export async function packSource(source: RegisterSource, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<PackedSource> {
  const entries = await source.list();
  const table = new Float64Array(entries.length * COLUMNS);
  const chunks: Uint8Array[] = [];
  const refused: Refusal[] = [];
  let offset = 0;
  for (const [index, entry] of entries.entries()) {
    if (index % FILES_PER_TURN === FILES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    table.set([entry.path.length, TYPES.indexOf(entry.type), entry.size, -1, 0], index * COLUMNS);
    if (entry.type !== 'file' || entry.size > maxBytes) continue;
    try {
      const bytes = await source.read(entry.path, maxBytes);
      chunks.push(bytes);
      table.set([offset, bytes.byteLength], index * COLUMNS + 3);
      offset += bytes.byteLength;
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      refused.push({ index, name, message, reason: error instanceof UnreadableError ? error.reason : undefined });
    }
  }
  const all = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { count: entries.length, names: entries.map((e) => e.path).join(''), table, bytes: all.buffer, refused };
}

/** The buffers of packed sources, to move rather than copy. */
export function packedBuffers(...packed: PackedSource[]): ArrayBuffer[] {
  return packed.flatMap((p) => [p.bytes, p.table.buffer as ArrayBuffer]);
}

/** A packed source read back: the same listing, the same bytes, the same refusals. */
export function unpackSource(packed: PackedSource): RegisterSource {
  const entries: SourceEntry[] = [];
  const places = new Map<string, { entry: SourceEntry; offset: number; length: number; refusal?: Refusal }>();
  const refusals = new Map(packed.refused.map((r) => [r.index, r]));
  let at = 0;
  for (let index = 0; index < packed.count; index++) {
    const [nameLength, type, size, offset, length] = packed.table.subarray(index * COLUMNS, (index + 1) * COLUMNS);
    const entry: SourceEntry = { path: packed.names.slice(at, (at += nameLength)), type: TYPES[type], size };
    entries.push(entry);
    places.set(entry.path, { entry, offset, length, refusal: refusals.get(index) });
  }
  return {
    list: async () => entries.map((e) => ({ ...e })),
    async read(relativePath, maxBytes) {
      const normal = normaliseRelativePath(relativePath);
      const place = places.get(relativePath) ?? (normal === undefined ? undefined : places.get(normal));
      if (place?.refusal) {
        const { name, message, reason } = place.refusal;
        throw reason ? new UnreadableError(reason, message) : Object.assign(new Error(message), { name });
      }
      if (place && place.offset >= 0 && place.length <= maxBytes) return new Uint8Array(packed.bytes, place.offset, place.length);
      // Not read when packed: refused as a source refuses it.
      if (normal === undefined) throw new UnreadableError('outside-root', relativePath);
      const entry = place?.entry;
      if (!entry) throw new UnreadableError('missing', relativePath);
      if (entry.type === 'symlink') throw new UnreadableError('symlink', relativePath);
      if (entry.type !== 'file') throw new UnreadableError('not-regular', relativePath);
      throw new UnreadableError('too-large', relativePath);
    },
  };
}

/** A check as a thread gets it: a pull request's head against its base, or one register for the register issues. */
export type CheckTask = { kind: 'pull-request'; head: PackedSource; base: PackedSource; config: CheckConfig; today: string } | { kind: 'register'; register: PackedSource; config: CheckConfig; today: string };

/** The pool of threads that check registers. */
export type CheckPool = WorkerPool<CheckTask, PullRequestFindings | RegisterFindings>;

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

/** A checker that downloads the registers on this thread and checks them in the pool. */
export function poolChecker(pool: CheckPool): Checker {
  const sourceOf = (reader: Parameters<Checker['register']>[0]) => {
    if (!reader.source) throw new TypeError('this reader cannot hand over the register files, so they cannot be checked in a worker thread');
    return reader.source.bind(reader);
  };
  return {
    async pullRequest(reader, run) {
      const source = sourceOf(reader);
      const sources = await Promise.all([source(run.headSha, run.config), source(run.baseSha, run.config)]);
      // One after the other: packed side by side, their slices of work would fall into the same turns of the event loop.
      const head = await packSource(sources[0]);
      const base = await packSource(sources[1]);
      return (await pool.run({ kind: 'pull-request', head, base, config: run.config, today: run.today }, packedBuffers(head, base))) as PullRequestFindings;
    },
    async register(reader, run) {
      const register = await packSource(await sourceOf(reader)(run.ref, run.config));
      return (await pool.run({ kind: 'register', register, config: run.config, today: run.today }, packedBuffers(register))) as RegisterFindings;
    },
  };
}
