/**
 * A repository snapshot from one archive download, streamed: the response body is inflated and read
 * entry by entry, only the files the loader can read are kept, and the download stops at the limits.
 */

import { say, sayBoth } from '../report/vocabulary.js';
import { createGunzip } from 'node:zlib';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import tar from 'tar-stream';
import picomatch from 'picomatch';
import type { GitHubClient, RepoRef } from './client.js';
import { MemorySource, normaliseRelativePath, type MemoryFile, type RegisterSource, type SourceEntry } from '../source.js';
import { DEFAULT_LIMITS, registerGlobs } from '../load.js';
import type { CheckConfig } from '../model.js';
import type { Language, Bilingual } from '../types.js';

/** Limits on an archive: per file as the loader, and in total against oversized repositories and decompression bombs. */
export interface ArchiveLimits {
  /** Largest file kept in memory; a larger one is listed with its size only, and the loader reports it. */
  maxFileBytes: number;
  /** Largest download, gzipped, as it comes over the wire. */
  maxCompressedBytes: number;
  /** Most bytes inflated from the download, entries that are skipped included: the bound on the work. */
  maxUnpackedBytes: number;
  /** Most entries (files, folders, links). */
  maxEntries: number;
  /** Most bytes of file content kept in memory: the bound on the memory. */
  maxKeptBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Defaults, sized for a register of 10,000 files of about 1.5 KB each: in a tar every such file takes
 * 2 KB (a 512-byte header, content padded to 512), so the register is about 20 MB as a tar, 15 MB of
 * content and a few MB gzipped. The content limit (64 MiB) leaves four times that for notices and
 * growth; the download (100 MiB) and unpacked (1 GiB) limits leave room for other things a repository
 * holds beside the register (scanned agreements, images) that are streamed past and never kept;
 * 100,000 entries is ten times the register. A gzip bomb stops after 1 GiB of inflating (seconds,
 * off the event loop), not when memory runs out.
 */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxFileBytes: DEFAULT_LIMITS.maxFileBytes,
  maxCompressedBytes: 100 * MiB,
  maxUnpackedBytes: 1024 * MiB,
  maxEntries: 100_000,
  maxKeptBytes: 64 * MiB,
};

/** Which limit an archive exceeded. */
export type ArchiveLimit = 'compressed' | 'unpacked' | 'entries' | 'kept';

/** An archive too large to read: the download stops, nothing of it is checked. */
export class ArchiveLimitError extends Error {
  readonly text: Bilingual;

  constructor(
    readonly limit: ArchiveLimit,
    readonly max: number,
  ) {
    const text = limitText(limit, max);
    super(text.en);
    this.text = text;
  }

  /** The error in one language, for a privacy officer. */
  describe(language: Language): string {
    return this.text[language];
  }
}

function limitText(limit: ArchiveLimit, max: number): Bilingual {
  const locale = (language: Language) => say('locale', language);
  const count = (language: Language) => max.toLocaleString(locale(language));
  const mib = (language: Language) =>
    max >= MiB ? `${(Math.round((max / MiB) * 10) / 10).toLocaleString(locale(language))} MiB` : `${Math.ceil(max / 1024).toLocaleString(locale(language))} KiB`;
  switch (limit) {
    case 'compressed':
      return sayBoth('archive.compressed', { size: { nl: mib('nl'), en: mib('en') } });
    case 'unpacked':
      return sayBoth('archive.unpacked', { size: { nl: mib('nl'), en: mib('en') } });
    case 'entries':
      return sayBoth('archive.entries', { count: { nl: count('nl'), en: count('en') } });
    case 'kept':
      return sayBoth('archive.kept', { size: { nl: mib('nl'), en: mib('en') } });
  }
}

/** An unpacked snapshot. */
export interface Snapshot {
  source: RegisterSource;
}

/** Whether a path (relative to the register's folder) is a file the loader may read under a configuration. */
export type KeepFilter = (path: string) => boolean;

/**
 * The files the loader reads for a configuration, as `loadRegister` decides: register.yml/.yaml, the
 * processing and partnership globs, notices/**\/*.md, and any Markdown or text file (an entry may name
 * one anywhere as its notice, which is only known once the entries are parsed). Keep in step with src/load.ts.
 */
export function registerFileFilter(config: CheckConfig = {}): KeepFilter {
  const matchers = [
    picomatch(registerGlobs(config, 'processing'), { dot: false }),
    picomatch(registerGlobs(config, 'partnerships'), { dot: false }),
    picomatch('notices/**/*.md'),
  ];
  return (path) => path === 'register.yml' || path === 'register.yaml' || /\.(md|markdown|txt)$/i.test(path) || matchers.some((m) => m(path));
}

/** A snapshot's files: what was kept is read from memory; a file that was streamed past must never be read as empty. */
class ArchiveSource implements RegisterSource {
  constructor(
    private readonly memory: MemorySource,
    private readonly passed: Set<string>,
  ) {}

  list(): Promise<SourceEntry[]> {
    return this.memory.list();
  }

  async read(relativePath: string, maxBytes: number): Promise<Uint8Array> {
    const normal = normaliseRelativePath(relativePath);
    if (normal !== undefined && this.passed.has(normal)) {
      // Not an UnreadableError: the keep filter and the loader disagree, which is a bug to see, not a finding.
      throw new Error(`${normal} was not kept from the archive: the keep filter does not match what the loader reads`);
    }
    return this.memory.read(relativePath, maxBytes);
  }
}

/** Trims trailing slashes without a regular expression (an entry name is attacker-chosen and may be long). */
export function trimSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === '/') end--;
  return value.slice(0, end);
}

/**
 * The path of an entry below the top folder, or undefined when it would leave the root. A backslash is an
 * ordinary character in a Git path: such a name is listed as it is, as the CLI lists it from disk, and the
 * source then refuses to read it, so the loader reports it the same way in both.
 */
function entryPath(inner: string): string | undefined {
  const trimmed = trimSlashes(inner);
  if (!trimmed.includes('\\')) return normaliseRelativePath(trimmed);
  if (trimmed.includes('\0') || trimmed.startsWith('/') || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return trimmed;
}

/** Counts the bytes going through and fails the stream once they pass a limit. */
function byteCounter(limit: number, error: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) callback(error());
      else callback(null, chunk);
    },
  });
}

const EMPTY = new Uint8Array();

/**
 * Unpacks a gzipped tarball as GitHub serves it (one top folder), streamed. Only the files `keep`
 * accepts (all by default) are held in memory; every other entry is listed with its size and
 * drained. Links become `symlink` entries that the loader reports and never reads; names that leave
 * the root are refused. Past a limit the stream is destroyed and an `ArchiveLimitError` thrown.
 */
export async function unpackTarball(
  gzipped: Uint8Array | Readable,
  prefix = '',
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  keep: KeepFilter = () => true,
): Promise<Snapshot> {
  const files = new Map<string, MemoryFile>();
  const passed = new Set<string>();
  let kept = 0;
  let entries = 0;
  let topFolder: string | undefined;
  const folder = trimSlashes(prefix);
  const wanted = folder ? `${folder}/` : '';

  const body = gzipped instanceof Readable ? gzipped : Readable.from([Buffer.from(gzipped.buffer, gzipped.byteOffset, gzipped.byteLength)]);
  const extract = tar.extract();
  const inflated = pipeline(
    body,
    byteCounter(limits.maxCompressedBytes, () => new ArchiveLimitError('compressed', limits.maxCompressedBytes)),
    createGunzip(),
    byteCounter(limits.maxUnpackedBytes, () => new ArchiveLimitError('unpacked', limits.maxUnpackedBytes)),
    (error) => {
      if (error) extract.destroy(error);
    },
  );
  inflated.pipe(extract);

  try {
    for await (const stream of extract) {
      const header = stream.header;
      entries++;
      if (entries > limits.maxEntries) throw new ArchiveLimitError('entries', limits.maxEntries);
      const name = header.name;
      const slash = name.indexOf('/');
      // Everything must sit under the archive's one top folder; an entry under another would shadow the real files.
      const top = slash === -1 ? name : name.slice(0, slash);
      if (slash !== -1) topFolder ??= top;
      // GitHub's archives hold one top folder (owner-repo-sha/); everything else is relative to it.
      const inner = slash === -1 ? '' : name.slice(slash + 1);
      const relative = inner === '' ? undefined : entryPath(inner);
      const path = relative !== undefined && wanted && relative.startsWith(wanted) ? relative.slice(wanted.length) : relative;
      const size = header.size ?? 0;
      let keepBytes = false;
      if (header.type === 'directory' || inner === '') {
        // Nothing to list.
      } else if (relative === undefined || name.startsWith('/') || name.split('/').includes('..') || (slash !== -1 && top !== topFolder)) {
        // Escapes the root or is absolute: never read, never listed. GitHub's own archives hold none, so nobody is told.
      } else if (wanted && !relative.startsWith(wanted)) {
        // Outside the register's folder.
      } else if (header.type === 'symlink' || header.type === 'link') {
        files.set(path!, { type: 'symlink', bytes: EMPTY });
      } else if (header.type !== 'file' && header.type !== 'contiguous-file') {
        files.set(path!, { type: 'other', bytes: EMPTY });
      } else if (size > limits.maxFileBytes || path!.includes('\\')) {
        // Too large to read, or a name the source refuses: listed with its size only, so the loader reports it.
        files.set(path!, { type: 'file', bytes: EMPTY, size });
      } else if (!keep(path!)) {
        // Listed (a notice reference may name it), never read: streamed past.
        files.set(path!, { type: 'file', bytes: EMPTY, size });
        passed.add(path!);
      } else {
        keepBytes = true;
      }
      if (!keepBytes) {
        stream.resume();
        continue;
      }
      kept += size;
      if (kept > limits.maxKeptBytes) throw new ArchiveLimitError('kept', limits.maxKeptBytes);
      // tar-stream ends an entry's body at the header's size, so what was counted is what is held.
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      files.set(path!, { type: 'file', bytes: new Uint8Array(Buffer.concat(chunks)) });
    }
  } catch (error) {
    // Stop the download and the inflating at once; the first error (a limit, a broken archive) is the one to report.
    body.destroy();
    inflated.destroy();
    extract.destroy();
    throw error;
  }
  return { source: new ArchiveSource(new MemorySource(files), passed) };
}

/** Options of a download beside the register's folder. */
export interface DownloadOptions {
  limits?: ArchiveLimits;
  /** The configuration whose register files are kept; without one every file is kept (within the limits). */
  config?: CheckConfig;
}

/** Downloads a repository's archive at a ref (one request), streamed, and unpacks the register's folder. */
export async function downloadSnapshot(client: GitHubClient, repo: RepoRef, ref: string, prefix = '', options: DownloadOptions = {}): Promise<Snapshot> {
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  // The body as it arrives, not parsed into one buffer: the limits apply while it downloads.
  const response = await client.request<unknown>('GET /repos/{owner}/{repo}/tarball/{ref}', { ...repo, ref, request: { parseSuccessResponseBody: false } });
  const body = toReadable(response.data);
  const announced = Number(response.headers['content-length']);
  if (Number.isFinite(announced) && announced > limits.maxCompressedBytes) {
    body.destroy();
    throw new ArchiveLimitError('compressed', limits.maxCompressedBytes);
  }
  return unpackTarball(body, prefix, limits, options.config ? registerFileFilter(options.config) : undefined);
}

/** A response body as a Node stream: a web stream from fetch, or bytes from a client that parsed it anyway. */
function toReadable(data: unknown): Readable {
  if (data instanceof Readable) return data;
  if (data instanceof ArrayBuffer) return Readable.from([Buffer.from(data)]);
  if (ArrayBuffer.isView(data)) return Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
  if (data && typeof (data as ReadableStream).getReader === 'function') return Readable.fromWeb(data as import('node:stream/web').ReadableStream<Uint8Array>);
  throw new TypeError('the archive download returned no body');
}
