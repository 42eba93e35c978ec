/**
 * The App's archive reading: streamed from the download, only register files kept, stopped at the
 * limits, and a file the CLI reports reported the same way from an archive.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createGzip } from 'node:zlib';
import tarStream from 'tar-stream';
import { Readable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { ArchiveLimitError, DEFAULT_ARCHIVE_LIMITS, downloadSnapshot, registerFileFilter, unpackTarball, type ArchiveLimits } from '../src/github/archive.js';
import type { GitHubClient } from '../src/github/client.js';
import { loadRegister } from '../src/load.js';
import { FileSystemSource, UnreadableError } from '../src/source.js';
import { buildTarball, type TreeFile } from './github-sim/tar.js';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { readTree } from './support/git.js';
import { ROOT } from './support/cli.js';

const SHA = 'abcdef0123456789abcdef0123456789abcdef01';

let clean: Record<string, string>;
beforeAll(async () => {
  clean = (await readTree(path.join(ROOT, 'test/registers/schoon'))) as Record<string, string>;
});

const tarball = (files: Record<string, TreeFile>) => buildTarball({ owner: 'org', repo: 'reg', sha: SHA, files: new Map(Object.entries(files)) });
const limits = (overrides: Partial<ArchiveLimits>): ArchiveLimits => ({ ...DEFAULT_ARCHIVE_LIMITS, ...overrides });
/** What a loader problem says, without positions: the rule, the message and the file. */
const problems = (register: Awaited<ReturnType<typeof loadRegister>>) => register.problems.map((p) => `${p.rule}/${p.messageId}/${p.data?.file ?? p.entity.file.path}`).sort();

/** A gzipped tar holding one file of `size` zero bytes, made as a stream so that the test never holds it. */
async function zeroBomb(size: number): Promise<Buffer> {
  const pack = tarStream.pack();
  const gzip = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  pack.pipe(gzip);
  const entry = pack.entry({ name: `org-reg-${SHA.slice(0, 7)}/bom.bin`, size, type: 'file' });
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += zeros.length) {
    if (!entry.write(zeros)) await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
  }
  entry.end(() => undefined);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Hands out `bytes` in small chunks and counts how many were taken, to see where a stream stopped. */
function chunked(bytes: Buffer, size = 1024): { stream: Readable; taken: () => number } {
  let taken = 0;
  const stream = new Readable({
    highWaterMark: size,
    read() {
      if (taken * size >= bytes.length) this.push(null);
      else this.push(bytes.subarray(taken++ * size, taken * size));
    },
  });
  return { stream, taken: () => taken * size };
}

describe('a file name with a backslash', () => {
  it('is reported from an archive exactly as the CLI reports it from disk', async () => {
    const files = { ...clean, 'processing/a\\b.yml': 'id: ab\nname: Backslash\n' };
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'register-check-backslash-'));
    try {
      for (const [name, content] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await fs.writeFile(path.join(dir, name), content);
      }
      expect(await fs.readdir(path.join(dir, 'processing'))).toContain('a\\b.yml');
      const fromDisk = problems(await loadRegister(new FileSystemSource(dir)));
      const { source } = await unpackTarball(await tarball(files), '', DEFAULT_ARCHIVE_LIMITS, registerFileFilter());
      const fromArchive = problems(await loadRegister(source));
      expect(fromDisk).toContain('file-unreadable/badName/processing/a\\b.yml');
      expect(fromArchive).toEqual(fromDisk);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('only register files are kept', () => {
  it('a large file beside the register is streamed past, listed with its size, and never read as empty', async () => {
    const scan = randomBytes(512 * 1024);
    const gz = await tarball({ ...clean, 'bijlagen/verwerkersovereenkomst.pdf': scan, 'README.md': '# Register\n' });
    // 256 KiB of content may be kept: the register fits, the scan does not.
    const small = limits({ maxKeptBytes: 256 * 1024 });
    const { source } = await unpackTarball(gz, '', small, registerFileFilter());
    const listed = await source.list();
    expect(listed.find((e) => e.path === 'bijlagen/verwerkersovereenkomst.pdf')).toEqual({ path: 'bijlagen/verwerkersovereenkomst.pdf', type: 'file', size: scan.length });
    // A drained file read by mistake is an error, not empty content and not a finding.
    const read = await source.read('bijlagen/verwerkersovereenkomst.pdf', DEFAULT_ARCHIVE_LIMITS.maxFileBytes).then(() => 'read', (e: unknown) => e);
    expect(read).toBeInstanceOf(Error);
    expect(read).not.toBeInstanceOf(UnreadableError);
    // Markdown anywhere is kept: an entry may name it as its notice.
    expect(Buffer.from(await source.read('README.md', 1024)).toString()).toBe('# Register\n');
    const register = await loadRegister(source);
    expect(register.registerFile).toBeDefined();
    expect(problems(register)).toEqual([]);
    // The control: keeping everything, the same archive passes the memory limit.
    const everything = await unpackTarball(gz, '', small).then(() => undefined, (e: unknown) => e);
    expect(everything).toBeInstanceOf(ArchiveLimitError);
    expect((everything as ArchiveLimitError).limit).toBe('kept');
  });

  it('the filter follows the configured globs and the loader\'s fixed names', () => {
    const keep = registerFileFilter({ paths: { processing: 'verwerkingen/*.yml' } });
    expect(['register.yml', 'register.yaml', 'verwerkingen/a.yml', 'partnerships/b.yaml', 'notices/c.md', 'docs/privacy.txt', 'elders/d.markdown'].filter(keep)).toHaveLength(7);
    expect(['processing/a.yml', 'logo.png', 'scan.pdf', '.github/workflows/ci.yml', 'verwerkingen/sub/a.yml'].filter(keep)).toEqual([]);
  });
});

describe('the limits stop the archive', () => {
  it('a gzip bomb stops at the unpacked limit, long before its end', async () => {
    // 256 MiB of zeros gzip to about 1.2 MB at level 1: inflating all of it is what the limit prevents.
    // (Large enough that the streams' own buffers, 64 KiB a stream since Node 22, stay a small part of it.)
    const gz = await zeroBomb(256 * 1024 * 1024);
    const input = chunked(gz);
    const error = await unpackTarball(input.stream, '', limits({ maxUnpackedBytes: 1024 * 1024 }), registerFileFilter()).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveLimitError);
    expect((error as ArchiveLimitError).limit).toBe('unpacked');
    expect((error as ArchiveLimitError).describe('nl')).toBe('Het archief van de repository pakt uit tot meer dan 1 MiB; register-check leest zo\'n groot archief niet.');
    expect((error as ArchiveLimitError).describe('en')).toBe('The repository\'s archive unpacks to more than 1 MiB; register-check does not read an archive that large.');
    // The download was not read to its end: what was taken is what the streams buffer, a small part of it.
    console.log(`gzip bomb: ${gz.length} bytes gzipped for 256 MiB, ${input.taken()} bytes taken before the unpacked limit (1 MiB) stopped it`);
    expect(input.taken()).toBeLessThan(gz.length / 3);
  });

  it('a download larger than the compressed limit stops there', async () => {
    const gz = await tarball({ ...clean, 'ruis.bin': randomBytes(1024 * 1024) });
    const input = chunked(gz);
    const error = await unpackTarball(input.stream, '', limits({ maxCompressedBytes: 128 * 1024 })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveLimitError);
    expect((error as ArchiveLimitError).limit).toBe('compressed');
    expect((error as ArchiveLimitError).describe('nl')).toBe('Het archief van de repository is groter dan 128 KiB (gecomprimeerd); register-check leest zo\'n groot archief niet.');
    expect((error as ArchiveLimitError).describe('en')).toBe('The repository\'s archive is larger than 128 KiB (compressed); register-check does not read an archive that large.');
    expect(input.taken()).toBeLessThan(gz.length / 2);
  });

  it('more entries than the entry limit stop the archive', async () => {
    const files: Record<string, string> = { ...clean };
    for (let i = 0; i < 60; i++) files[`processing/extra-${i}.yml`] = `id: extra-${i}\n`;
    const error = await unpackTarball(await tarball(files), '', limits({ maxEntries: 50 })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveLimitError);
    expect((error as ArchiveLimitError).limit).toBe('entries');
    expect((error as ArchiveLimitError).describe('nl')).toBe('Het archief van de repository bevat meer dan 50 bestanden en mappen; register-check leest zo\'n groot archief niet.');
  });

  it('the defaults hold a register of 10,000 files of about 1.5 KB with room to spare', async () => {
    const files: Record<string, string> = { ...clean };
    const template = clean['processing/hondenbelasting.yml'];
    const padding = `# ${'x'.repeat(1500 - template.length - 3)}\n`;
    for (let i = 0; i < 10_000; i++) files[`processing/extra-${i}.yml`] = `${template.replace('id: hondenbelasting', `id: extra-${i}`)}${padding}`;
    const gz = await tarball(files);
    const { source } = await unpackTarball(gz, '', DEFAULT_ARCHIVE_LIMITS, registerFileFilter());
    const listed = await source.list();
    const bytes = listed.reduce((sum, e) => sum + e.size, 0);
    expect(listed.length).toBe(Object.keys(files).length);
    expect(bytes / 10_000).toBeGreaterThan(1450);
    // Three times the register on every limit, measured rather than assumed (the tar is about 2 KB a file).
    expect(gz.length * 3).toBeLessThan(DEFAULT_ARCHIVE_LIMITS.maxCompressedBytes);
    expect(listed.length * 2048 * 3).toBeLessThan(DEFAULT_ARCHIVE_LIMITS.maxUnpackedBytes);
    expect(bytes * 3).toBeLessThan(DEFAULT_ARCHIVE_LIMITS.maxKeptBytes);
    expect(listed.length * 3).toBeLessThan(DEFAULT_ARCHIVE_LIMITS.maxEntries);
  });
});

describe('downloadSnapshot against the simulator', () => {
  let sim: GitHubSimulator;
  let client: GitHubClient;
  beforeAll(async () => {
    sim = await startGitHubSimulator();
    sim.addRepo({ owner: 'org', repo: 'reg', defaultBranch: 'main' });
    sim.addToken('ghs_archive', { login: 'github-actions[bot]', repos: ['org/reg'] });
    sim.setTree('org', 'reg', SHA, { ...clean, 'bijlagen/scan.pdf': randomBytes(256 * 1024) }, { ref: 'main' });
    client = getOctokit('ghs_archive', { baseUrl: sim.url }) as unknown as GitHubClient;
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('streams the download through the redirect and keeps the register', async () => {
    const { source } = await downloadSnapshot(client, { owner: 'org', repo: 'reg' }, SHA, '', { config: {} });
    const register = await loadRegister(source);
    expect(problems(register)).toEqual([]);
    expect(register.processing.length).toBeGreaterThan(0);
    expect((await source.list()).find((e) => e.path === 'bijlagen/scan.pdf')?.size).toBe(256 * 1024);
    expect(sim.requests.filter((r) => r.kind === 'codeload')).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('stops a download past the compressed limit with the limit as the reason', async () => {
    const error = await downloadSnapshot(client, { owner: 'org', repo: 'reg' }, SHA, '', { config: {}, limits: limits({ maxCompressedBytes: 64 * 1024 }) }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveLimitError);
    expect((error as ArchiveLimitError).limit).toBe('compressed');
  });
});
