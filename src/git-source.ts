/** A register as it stands at a git revision, read with git itself: no checkout is touched. */

import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RegisterSource, SourceEntry } from './source.js';
import { UnreadableError, normaliseRelativePath } from './source.js';

const run = promisify(execFile);

interface TreeEntry extends SourceEntry {
  oid: string;
}

/** Reads the tree of `ref` below `prefix` (the register's folder in the repository). */
export class GitSource implements RegisterSource {
  private entries?: Map<string, TreeEntry>;
  private pending = new Map<string, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }[]>();
  private flushScheduled = false;

  constructor(
    private readonly repository: string,
    private readonly ref: string,
    private readonly prefix = '',
  ) {}

  /** Resolves a ref to a commit id, or throws with git's message. */
  static async resolve(repository: string, ref: string): Promise<string> {
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
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(entry.oid) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(entry.oid, waiting);
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Reads every requested blob through one `git cat-file --batch` process. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    const child = spawn('git', ['-C', this.repository, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (error) => batch.forEach((ws) => ws.forEach((w) => w.reject(error))));
    child.on('close', (code) => {
      if (code !== 0) {
        const error = new Error(`git cat-file failed: ${stderr.trim()}`);
        batch.forEach((ws) => ws.forEach((w) => w.reject(error)));
        return;
      }
      const out = Buffer.concat(chunks);
      let offset = 0;
      while (offset < out.length) {
        const newline = out.indexOf(10, offset);
        const [oid, , size] = out.subarray(offset, newline).toString().split(' ');
        const length = Number(size);
        const body = out.subarray(newline + 1, newline + 1 + length);
        offset = newline + 1 + length + 1;
        batch.get(oid)?.forEach((w) => w.resolve(new Uint8Array(body)));
        batch.delete(oid);
      }
      batch.forEach((ws) => ws.forEach((w) => w.reject(new Error('git cat-file returned no object'))));
    });
    child.stdin.end(`${[...batch.keys()].join('\n')}\n`);
  }
}
