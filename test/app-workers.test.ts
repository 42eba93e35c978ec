/**
 * The App's checks in worker threads (app/pool.ts, app/checks.ts, app/check-worker.ts). The threads run the built worker,
 * lib/app/check-worker.js (`npm run build` first, as for the subprocess tests); the App around them runs in this process
 * against the GitHub API simulator. The server's smoke tests in test/app.test.ts run the same pool as deployed
 * (`node lib/app/main.js`). Nothing here bounds a time: how long the event loop waits is printed, and measured by
 * `node scripts/bench-app.js`.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startGitHubSimulator, type GitHubSimulator } from './github-sim/index.js';
import { pullRequestPayload, repositoryPayload } from './support/action.js';
import { appKeyPair, applyChanges, inProcessApp, seedPullRequest, type InProcessApp } from './support/app.js';
import { ROOT } from './support/cli.js';
import { FIXTURES, FIXTURE_TODAY, listCases, materialise, type FixtureCase } from './support/fixtures.js';
import { readTree, type Changes } from './support/git.js';
import { withPartnership } from './support/scenario.js';
import { checkWorkers, packedBuffers, packSource, poolChecker, unpackSource, type CheckTask } from '../app/checks.js';
import { createApp } from '../app/index.js';
import { PoolBusyError, PoolClosedError, WorkerPool } from '../app/pool.js';
import { IN_PROCESS, type PullRequestFindings, type RegisterFindings, type RepositoryReader } from '../src/github/flows.js';
import { loadRegister } from '../src/load.js';
import type { CheckConfig } from '../src/model.js';
import { FileSystemSource, MemorySource, type MemoryFile, type RegisterSource, type UnreadableError } from '../src/source.js';

/** The built worker script the threads run. */
const WORKER = new URL('../lib/app/check-worker.js', import.meta.url);

/** scripts/synthetic-register.js, loaded by URL: plain JavaScript without types, shared with scripts/bench-app.js. */
const { syntheticRegister } = (await import(pathToFileURL(path.join(ROOT, 'scripts/synthetic-register.js')).href)) as {
  syntheticRegister: (activities: number, options?: { defectEvery?: number }) => Record<string, string>;
};

const pool = (size: number, extra: { maxWaiting?: number; resourceLimits?: { maxOldGenerationSizeMb: number } } = {}) =>
  new WorkerPool<CheckTask, PullRequestFindings | RegisterFindings>({ script: WORKER, size, maxWaiting: 32, ...extra });

/** A register held in memory, as an unpacked archive holds it. */
const inMemory = (files: Record<string, string>): RegisterSource =>
  new MemorySource(new Map(Object.entries(files).map(([p, content]) => [p, { type: 'file' as const, bytes: new TextEncoder().encode(content) }])));

/** Reads each commit's register from its folder on disk. */
function folderReader(folders: Record<string, string>, config: CheckConfig = {}): RepositoryReader {
  return {
    config: async () => config,
    register: (ref, c) => loadRegister(new FileSystemSource(folders[ref]), c),
    source: async (ref) => new FileSystemSource(folders[ref]),
  };
}

/** The fixture cases, but for those that lower the loader's limits (the App never does). */
const CASES = (await listCases()).filter((c) => c.options.maxFileBytes === undefined && c.options.maxFiles === undefined && c.options.maxFindingsPerFile === undefined);

describe('a pull request checked in a worker thread finds what it finds in process', () => {
  const threads = pool(2);
  const made: string[] = [];
  afterAll(async () => {
    await threads.close();
    await Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });

  it('the example register against the clean one: the same findings, new and existing, and the same partnerships', async () => {
    const reader = folderReader({ head: path.join(ROOT, 'examples/gemeente-voorbeeld'), base: path.join(ROOT, 'test/registers/schoon') });
    const run = { headSha: 'head', baseSha: 'base', config: {}, today: '2026-11-29' };
    const here = await IN_PROCESS.pullRequest(reader, run);
    const there = await poolChecker(threads).pullRequest(reader, run);
    expect(there).toEqual(here);
    expect(here.findings.length).toBeGreaterThan(0);
    expect(here.partnerships.length).toBeGreaterThan(0);
    // The base holds none of the example's defects: every finding is new.
    expect(here.findings.every((f) => f.new === true)).toBe(true);
  });

  it('the example register on its own, for the register issues: the same findings and entries', async () => {
    const reader = folderReader({ main: path.join(ROOT, 'examples/gemeente-voorbeeld') });
    const run = { ref: 'main', config: {}, today: '2026-11-29' };
    const here = await IN_PROCESS.register(reader, run);
    expect(await poolChecker(threads).register(reader, run)).toEqual(here);
    expect(here.findings.length).toBeGreaterThan(0);
    expect(here.entries.processing.length).toBeGreaterThan(0);
    expect(here.hasRegisterFile).toBe(true);
  });

  it('the example register against itself: the same findings, none of them new', async () => {
    const example = path.join(ROOT, 'examples/gemeente-voorbeeld');
    const reader = folderReader({ head: example, base: example });
    const run = { headSha: 'head', baseSha: 'base', config: {}, today: '2026-11-29' };
    const there = await poolChecker(threads).pullRequest(reader, run);
    expect(there).toEqual(await IN_PROCESS.pullRequest(reader, run));
    expect(there.findings.length).toBeGreaterThan(0);
    expect(there.findings.some((f) => f.new !== false)).toBe(false);
  });

  it.each(CASES.map((c): [string, FixtureCase] => [`${c.rule}/${c.name}`, c]))('fixture %s', async (_name, fixture) => {
    const head = await materialise(fixture);
    made.push(head);
    let base = path.join(FIXTURES, '_base');
    if (fixture.options.base) made.push((base = await materialise(fixture, path.join(fixture.dir, fixture.options.base))));
    const reader = folderReader({ head, base }, fixture.options.config);
    const run = { headSha: 'head', baseSha: 'base', config: fixture.options.config ?? {}, today: fixture.options.today ?? FIXTURE_TODAY };
    const here = await IN_PROCESS.pullRequest(reader, run);
    expect(await poolChecker(threads).pullRequest(reader, run)).toEqual(here);
    // Every must-fire case fires through the thread too.
    if (!fixture.valid) expect(here.findings.some((f) => f.rule === fixture.rule)).toBe(true);
    // And so does the check for the register issues, of the head alone.
    const alone = { ref: 'head', config: run.config, today: run.today };
    expect(await poolChecker(threads).register(reader, alone)).toEqual(await IN_PROCESS.register(reader, alone));
  });
});

/** A task checking the clean register against itself. */
const small = async (): Promise<Extract<CheckTask, { kind: 'pull-request' }>> => {
  const schoon = new FileSystemSource(path.join(ROOT, 'test/registers/schoon'));
  return { kind: 'pull-request', head: await packSource(schoon), base: await packSource(schoon), config: {}, today: FIXTURE_TODAY };
};

describe('the pool', () => {

  it('an error thrown by the check fails that task only, as that error; the thread goes on with the next', async () => {
    const threads = pool(1);
    try {
      // A source that fails in a way that is not a finding (the archive's keep filter and the loader disagreeing): the loader throws.
      const disagreeing: RegisterSource = {
        list: async () => [{ path: 'register.yml', type: 'file', size: 10 }],
        read: async () => {
          throw new Error('register.yml was not kept from the archive');
        },
      };
      const broken: CheckTask = { kind: 'register', register: await packSource(disagreeing), config: {}, today: FIXTURE_TODAY };
      await expect(threads.run(broken)).rejects.toThrow('register.yml was not kept from the archive');
      const next = await small();
      const answer = await threads.run(next, packedBuffers(next.head, next.base));
      expect(answer.summary.files).toBeGreaterThan(0);
    } finally {
      await threads.close();
    }
  });

  it('a full queue refuses the next task at once; closing fails what waits and what runs, and stops every thread', async () => {
    const threads = pool(1, { maxWaiting: 1 });
    const [a, b, c] = [await small(), await small(), await small()];
    const running = threads.run(a);
    const waiting = threads.run(b);
    await expect(threads.run(c)).rejects.toBeInstanceOf(PoolBusyError);
    expect(threads.load).toEqual({ running: 1, waiting: 1 });
    const refused = [expect(waiting).rejects.toBeInstanceOf(PoolClosedError), expect(running).rejects.toBeInstanceOf(PoolClosedError)];
    await threads.close();
    await Promise.all(refused);
    await expect(threads.run(c)).rejects.toBeInstanceOf(PoolClosedError);
    expect(threads.load).toEqual({ running: 0, waiting: 0 });
  });

  it.each([
    [{}, 8, 4],
    [{}, 4, 3],
    [{}, 2, 1],
    [{}, 1, 1],
    [{ CHECK_WORKERS: '6' }, 2, 6],
    [{ CHECK_WORKERS: ' 1 ' }, 8, 1],
    [{ CHECK_WORKERS: '' }, 3, 2],
    [{ CHECK_WORKERS: '0' }, 8, undefined],
    [{ CHECK_WORKERS: '65' }, 8, undefined],
    [{ CHECK_WORKERS: '2.5' }, 8, undefined],
    [{ CHECK_WORKERS: 'vier' }, 8, undefined],
  ])('CHECK_WORKERS %o on %i processors: %s threads', (env, processors, expected) => {
    expect(checkWorkers(env, processors)).toBe(expected);
  });
});

describe('the App with its checks in worker threads', () => {
  const APP_ID = 4343;
  const OWNER = 'gemeente-synthetisch';
  const INSTALLATION = 5202;
  let sim: GitHubSimulator;
  let keys: { privateKey: string; publicKey: string };
  let clean: Changes;
  let nextPull = 1;

  beforeAll(async () => {
    keys = appKeyPair();
    sim = await startGitHubSimulator();
    sim.app = { id: APP_ID, slug: 'register-check', publicKey: keys.publicKey };
    const repos = ['groot', 'klein', 'te-groot', 'hier', 'in-een-draad'];
    for (const repo of repos) sim.addRepo({ owner: OWNER, repo, defaultBranch: 'main', collaborators: ['jdevries'] });
    sim.addInstallation({ id: INSTALLATION, account: OWNER, repos: repos.map((r) => `${OWNER}/${r}`) });
    clean = await readTree(path.join(ROOT, 'test/registers/schoon'));
  });
  afterAll(async () => {
    await sim?.close();
  });

  const payload = (repo: string, number: number, shas: { headSha: string; baseSha: string }) => {
    const p = pullRequestPayload({ owner: OWNER, repo, number, ...shas });
    p.installation = { id: INSTALLATION, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNTIwMg==' };
    return p;
  };
  /** A pull request adding a synthetic register of `activities` entries to a repository that holds only register.yml. */
  const seedSynthetic = (repo: string, activities: number, defectEvery: number) => {
    const number = nextPull++;
    const files = syntheticRegister(activities, { defectEvery });
    const [baseSha, headSha] = [`${number}`.padStart(40, 'b'), `${number}`.padStart(40, 'a')];
    sim.setTree(OWNER, repo, baseSha, { 'register.yml': files['register.yml'] }, { ref: 'main' });
    sim.setTree(OWNER, repo, headSha, files, { ref: `pr-${number}` });
    const defects = Object.keys(files).filter((f) => f.startsWith('processing/') && !files[f].includes('legal_basis:'));
    const added = defects.map((filename) => ({ filename, status: 'added' as const, patch: `@@ -0,0 +1,${files[filename].trimEnd().split('\n').length} @@\n${files[filename].trimEnd().split('\n').map((l) => `+${l}`).join('\n')}` }));
    sim.addPullRequest(OWNER, repo, { number, user: 'jdevries', head: { sha: headSha, ref: `pr-${number}` }, base: { sha: baseSha, ref: 'main' }, files: added });
    return { number, headSha, baseSha, defects };
  };
  /** A small pull request on the clean register: a partnership without legal basis. */
  const seedSmall = async () => {
    const number = nextPull++;
    const shas = await seedPullRequest(sim, { owner: OWNER, repo: 'klein', number, base: clean, change: withPartnership(clean) });
    return { number, ...shas };
  };
  const runsFor = (repo: string, sha: string) => sim.state.checkRuns.filter((r) => r.repo === `${OWNER}/${repo}` && r.head_sha === sha && r.name === 'register-check' && r.app.id === APP_ID);

  it('the event loop stays free: while a 10,000-activity register is checked in a thread, a small pull request is checked from start to end', { timeout: 600_000 }, async () => {
    /** How many files the head of each task handed to the pool holds. */
    const started: number[] = [];
    const threads = new (class extends WorkerPool<CheckTask, PullRequestFindings | RegisterFindings> {
      override run(task: CheckTask, transfer?: Parameters<WorkerPool<CheckTask, PullRequestFindings | RegisterFindings>['run']>[1]) {
        started.push(task.kind === 'pull-request' ? task.head.count : task.register.count);
        return super.run(task, transfer);
      }
    })({ script: WORKER, size: 2, maxWaiting: 32 });
    const app: InProcessApp = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false, app: createApp({ checker: poolChecker(threads) }) });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    try {
      // Both threads started and warm before the measurement, so the small check does not wait for a thread to load.
      await Promise.all([small(), small()].map(async (task) => threads.run(await task)));
      started.length = 0;

      const big = seedSynthetic('groot', 10_000, 5000);
      const little = await seedSmall();
      let bigAnswered = false;
      const bigDelivery = app.receive('pull_request', payload('groot', big.number, big)).then((status) => ((bigAnswered = true), status));
      // Wait, without a clock, until the big register is in a thread.
      while (!started.some((files) => files > 10_000)) {
        if (bigAnswered) throw new Error(`the big pull request was answered before it was checked:\n${app.output()}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      delay.enable();

      expect(await app.receive('pull_request', payload('klein', little.number, little))).toBe(200);
      const [smallRun] = runsFor('klein', little.headSha);
      expect(smallRun).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(smallRun.output.annotations.map((a) => a.title)).toContain('legal-basis-missing');
      // The small one went through the event loop and a thread while the big one was still being checked.
      expect(bigAnswered).toBe(false);
      expect(threads.load.running).toBe(1);
      expect(runsFor('groot', big.headSha)).toMatchObject([{ status: 'in_progress' }]);

      expect(await bigDelivery).toBe(200);
      delay.disable();
      const [bigRun] = runsFor('groot', big.headSha);
      expect(bigRun).toMatchObject({ status: 'completed', conclusion: 'failure' });
      const annotated = bigRun.output.annotations.filter((a) => a.title === 'legal-basis-missing').map((a) => a.path);
      expect(annotated.sort()).toEqual(big.defects.sort());
      expect(sim.violations).toEqual([]);
      // The histogram records the time between two samples 10 ms apart: the delay is that less 10 ms.
      const ms = (ns: number) => Math.max(0, ns / 1e6 - 10).toFixed(1);
      console.log(`event loop delay while a 10,000-activity register was checked in a thread: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms (measured, not asserted; see scripts/bench-app.js)`);
    } finally {
      await threads.close();
    }
  });

  it('a push to the default branch: the register issues a thread finds are those this thread finds', async () => {
    const threads = pool(1);
    const inThread = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false, app: createApp({ checker: poolChecker(threads) }) });
    const here = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false });
    try {
      // Stale, without a legal basis, and with a partnership nobody registered: issues of more than one concern.
      const files = applyChanges(clean, {
        'processing/jeugdhulp.yml': clean['processing/jeugdhulp.yml']!.replace(/reviewed: .*/, 'reviewed: 2020-01-15').replace(/owner: .*/, 'owner: jdevries'),
        ...withPartnership(clean),
      });
      const sha = 'c'.repeat(40);
      const issuesOf = (repo: string) =>
        sim.state.issues
          .filter((i) => i.repo === `${OWNER}/${repo}`)
          .map((i) => ({ title: i.title, body: i.body?.replaceAll(repo, '<repo>'), labels: i.labels, assignees: i.assignees, state: i.state }))
          .sort((a, b) => (a.title < b.title ? -1 : 1));
      for (const [repo, app] of [['hier', here], ['in-een-draad', inThread]] as const) {
        sim.setTree(OWNER, repo, sha, files, { ref: 'main' });
        const push = repositoryPayload('push', { owner: OWNER, repo, ref: 'refs/heads/main', after: sha });
        push.installation = { id: INSTALLATION };
        push.deleted = false;
        expect(await app.receive('push', push)).toBe(200);
      }
      expect(issuesOf('hier').length).toBeGreaterThan(1);
      expect(issuesOf('in-een-draad')).toEqual(issuesOf('hier'));
      expect(sim.violations).toEqual([]);
    } finally {
      await threads.close();
    }
  });

  it('a thread that dies (out of memory on a register too large for it) fails that job on its check run; the next job succeeds', { timeout: 120_000 }, async () => {
    // A heap of 24 MiB checks the clean register; a register of 5,000 activities needs far more.
    const threads = pool(1, { resourceLimits: { maxOldGenerationSizeMb: 24 } });
    const app = await inProcessApp({ appId: APP_ID, privateKey: keys.privateKey, baseUrl: sim.url, throttle: false, app: createApp({ checker: poolChecker(threads) }) });
    try {
      const heavy = seedSynthetic('te-groot', 5000, 0);
      expect(await app.receive('pull_request', payload('te-groot', heavy.number, heavy))).toBe(200);
      const [failed] = runsFor('te-groot', heavy.headSha);
      expect(failed).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(failed.output.title).toBe('register-check kon niet worden afgerond / register-check could not be finished');
      expect(app.output()).toContain('WorkerStoppedError');
      expect(app.output()).toContain('taak mislukt / job failed');

      const little = await seedSmall();
      expect(await app.receive('pull_request', payload('klein', little.number, little))).toBe(200);
      const [run] = runsFor('klein', little.headSha);
      expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(run.output.title).not.toContain('could not be finished');
      expect(run.output.annotations.map((a) => a.title)).toContain('legal-basis-missing');
      expect(sim.violations).toEqual([]);
    } finally {
      await threads.close();
    }
  });
});

describe('a packed source', () => {
  it('lists and reads as the source it was packed from: bytes, links, other entries, files too large, refusals, names it never listed', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const files = new Map<string, MemoryFile>([
      ['register.yml', { type: 'file', bytes: bytes('organisation:\n  name: X\n') }],
      ['processing/é ü.yml', { type: 'file', bytes: bytes('id: e\n') }],
      ['processing/leeg.yml', { type: 'file', bytes: new Uint8Array() }],
      ['processing/binair.yml', { type: 'file', bytes: new Uint8Array([0xff, 0xfe, 0x00]) }],
      ['processing/link.yml', { type: 'symlink', bytes: new Uint8Array() }],
      ['processing/pijp.yml', { type: 'other', bytes: new Uint8Array() }],
      ['processing/groot.yml', { type: 'file', bytes: new Uint8Array(), size: 5_000_000 }],
      ['processing/net-te-groot.yml', { type: 'file', bytes: bytes('x'.repeat(2000)) }],
      ['processing/jeugd\\toegang.yml', { type: 'file', bytes: bytes('id: j\n') }],
    ]);
    const memory = new MemorySource(files);
    // A source that also refuses one listed file in its own way, as the archive does with a file it streamed past.
    const original: RegisterSource = {
      list: () => memory.list(),
      read: async (p, max) => {
        if (p === 'processing/leeg.yml') throw new Error(`${p} was not kept from the archive`);
        return memory.read(p, max);
      },
    };
    const copy = unpackSource(await packSource(original));
    expect(await copy.list()).toEqual(await original.list());
    const outcome = async (source: RegisterSource, p: string, max: number) =>
      source.read(p, max).then(
        (b) => ({ bytes: [...b] }),
        (error: Error) => ({ error: error.constructor.name, reason: (error as UnreadableError).reason, message: error.message }),
      );
    const asked = [...files.keys(), 'processing/./é ü.yml', 'processing/nergens.yml', '../buiten.yml', 'processing/a\u0000b.yml'];
    for (const p of asked) for (const max of [1024 * 1024, 1024]) expect(await outcome(copy, p, max), `${p} within ${max} bytes`).toEqual(await outcome(original, p, max));
  });

  it('copies a synthetic register byte for byte', async () => {
    const files = syntheticRegister(30, { defectEvery: 7 });
    const copy = unpackSource(await packSource(inMemory(files)));
    const listed = await copy.list();
    expect(listed.map((e) => e.path)).toEqual(Object.keys(files).sort());
    for (const entry of listed) expect(new TextDecoder().decode(await copy.read(entry.path, 1024 * 1024))).toBe(files[entry.path]);
  });
});
