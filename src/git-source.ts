/** A register as it stands at a git revision, read with git itself: no checkout is touched. */

import { spawn, execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import type { RegisterSource, SourceEntry } from './source.js';
import { UnreadableError, normaliseRelativePath } from './source.js';

const run = promisify(execFile);

interface TreeEntry extends SourceEntry {
  oid: string;
}

/** A request waiting for its blob from `git cat-file --batch`, answered in the order asked. */
interface BlobRequest {
  oid: string;
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}

/** Refuses a ref that git would read as an option (`--upload-pack=…`): refs come from users and events. */
function assertRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || ref.includes('\0')) throw new Error(`Not a git revision: ${JSON.stringify(ref.slice(0, 80))}`);
}

/** Reads the tree of `ref` below `prefix` (the register's folder in the repository). */
export class GitSource implements RegisterSource {
  private entries?: Map<string, TreeEntry>;
  private batch?: { child: ChildProcessWithoutNullStreams; queue: BlobRequest[]; buffered: Buffer<ArrayBufferLike> };

  constructor(
    private readonly repository: string,
    private readonly ref: string,
    private readonly prefix = '',
  ) {
    assertRef(ref);
  }

  /** Resolves a ref to a commit id, or throws with git's message. */
  static async resolve(repository: string, ref: string): Promise<string> {
    assertRef(ref);
    const { stdout } = await run('git', ['-C', repository, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return stdout.trim();
  }

  async list(): Promise<SourceEntry[]> {
    if (!this.entries) {
      const args = ['-C', this.repository, 'ls-tree', '-r', '-z', '--long', '--full-tree', this.ref];
      if (this.prefix) args.push('--', this.prefix);
      const { stdout } = await run('git', args, { maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
      this.entries = new Map();
      for (const record of stdout.toString('utf8').split('\0')) {
        if (!record) continue;
        const tab = record.indexOf('\t');
        const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/);
        const full = record.slice(tab + 1);
        if (this.prefix && !full.startsWith(`${this.prefix}/`)) continue;
        const relative = this.prefix ? full.slice(this.prefix.length + 1) : full;
        if (type !== 'blob') continue;
        const kind = mode === '120000' ? 'symlink' : mode === '100644' || mode === '100755' ? 'file' : 'other';
        this.entries.set(relative, { path: relative, type: kind, size: Number(size) || 0, oid });
      }
    }
    return [...this.entries.values()].map(({ path, type, size }) => ({ path, type, size }));
  }

  async read(relativePath: string, maxBytes: number): Promise<Uint8Array> {
    const normal = normaliseRelativePath(relativePath);
    if (!normal) throw new UnreadableError('outside-root', relativePath);
    if (!this.entries) await this.list();
    const entry = this.entries!.get(normal);
    if (!entry) throw new UnreadableError('missing', relativePath);
    if (entry.type === 'symlink') throw new UnreadableError('symlink', relativePath);
    if (entry.type !== 'file') throw new UnreadableError('not-regular', relativePath);
    if (entry.size > maxBytes) throw new UnreadableError('too-large', relativePath);
    return new Promise((resolve, reject) => this.request({ oid: entry.oid, resolve, reject }));
  }

  /**
   * Asks one long-running `git cat-file --batch` for a blob. The loader reads a few files at a time, so
   * one process serves them all in turn instead of one process per handful of files.
   */
  private request(request: BlobRequest): void {
    if (!this.batch) this.batch = this.startBatch();
    this.batch.queue.push(request);
    this.batch.child.stdin.write(`${request.oid}\n`);
  }

  private startBatch(): NonNullable<GitSource['batch']> {
    const child = spawn('git', ['-C', this.repository, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const batch = { child, queue: [] as BlobRequest[], buffered: Buffer.alloc(0) as Buffer<ArrayBufferLike> };
    let stderr = '';
    const fail = (error: Error) => {
      if (this.batch === batch) this.batch = undefined;
      for (const request of batch.queue.splice(0)) request.reject(error);
    };
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.stdin.on('error', fail);
    child.on('close', (code) => fail(new Error(code === 0 ? 'git cat-file returned no object' : `git cat-file failed: ${stderr.trim()}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      batch.buffered = batch.buffered.length === 0 ? chunk : Buffer.concat([batch.buffered, chunk]);
      for (;;) {
        const newline = batch.buffered.indexOf(10);
        if (newline === -1) break;
        const [oid, kind, size] = batch.buffered.subarray(0, newline).toString().split(' ');
        if (kind === 'missing') {
          batch.buffered = batch.buffered.subarray(newline + 1);
          batch.queue.shift()?.reject(new Error(`git cat-file: ${oid} missing`));
          continue;
        }
        const length = Number(size);
        if (batch.buffered.length < newline + 1 + length + 1) break;
        const body = new Uint8Array(batch.buffered.subarray(newline + 1, newline + 1 + length));
        batch.buffered = batch.buffered.subarray(newline + 1 + length + 1);
        batch.queue.shift()?.resolve(body);
      }
      // Idle once the readers that were just answered had their turn to ask again: let the process end.
      if (batch.queue.length === 0) {
        setImmediate(() => {
          if (batch.queue.length === 0 && this.batch === batch) {
            this.batch = undefined;
            child.stdin.end();
          }
        });
      }
    });
    return batch;
  }
}
