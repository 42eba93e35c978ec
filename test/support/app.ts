/** Runs the built GitHub App the way it is deployed: `node lib/app/main.js` on loopback, with signed webhook deliveries. */

import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Probot, type ProbotOctokit } from 'probot';
import { appOctokit } from '../../app/octokit.js';
import registerCheckApp from '../../app/index.js';
import type { GitHubSimulator, PullFileSpec, RawTarEntry, TreeFile } from '../github-sim/index.js';
import { changedFiles, commit, createRepo, type Changes } from './git.js';

/** The built server and sweep command. */
export const APP_MAIN = fileURLToPath(new URL('../../lib/app/main.js', import.meta.url));
export const SWEEP_CLI = fileURLToPath(new URL('../../lib/app/sweep-cli.js', import.meta.url));

/** An RSA key pair as GitHub hands out for an App: PKCS#1 private key, SPKI public key. */
export function appKeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1 (Probot's Server treats port 0 as 3000). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The environment of the App's processes: no inherited GitHub settings, only what is given. */
export function appEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', LOG_LEVEL: 'warn', ...extra };
}

/** The App server running in a subprocess. */
export interface AppServer {
  url: string;
  child: ChildProcess;
  /** What the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node lib/app/main.js` and waits until GET /ping answers (bounded). */
export async function startAppServer(options: { env: Record<string, string>; cwd: string; timeoutMs?: number }): Promise<AppServer> {
  const port = await freePort();
  const env = appEnv({ HOST: '127.0.0.1', PORT: String(port), ...options.env });
  const child = spawn(process.execPath, [APP_MAIN], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited !== undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`the app exited with code ${exited} before answering:\n${output}`);
    try {
      const response = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(1000) });
      if (response.ok && (await response.text()) === 'PONG') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer GET /ping within ${options.timeoutMs ?? 15_000} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, child, output: () => output, stop };
}

/** `sha256=<hex>` as GitHub signs a delivery. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The answer to one delivery. */
export interface Delivery {
  status: number;
  body: string;
  id: string;
}

/**
 * POSTs a webhook delivery as GitHub does. `sign`: the secret to sign with (default the right one),
 * or `false` for no signature header at all.
 */
export async function deliver(app: AppServer, event: string, payload: unknown, options: { secret: string; sign?: string | false; id?: string; timeoutMs?: number }): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const id = options.id ?? randomUUID();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/test',
    'x-github-event': event,
    'x-github-delivery': id,
    'x-github-hook-installation-target-type': 'integration',
  };
  if (options.sign !== false) headers['x-hub-signature-256'] = signature(options.sign ?? options.secret, body);
  const response = await fetch(`${app.url}/api/github/webhooks`, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 25_000) });
  return { status: response.status, body: await response.text(), id };
}

/** Waits until the simulator has seen no request for `quietMs` (bounded): for work that goes on after an answer. */
export async function quiet(sim: GitHubSimulator, quietMs: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = sim.requests.length;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`the simulator did not go quiet within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (sim.requests.length !== count) {
      count = sim.requests.length;
      since = Date.now();
    }
  }
}

/** Runs `node lib/app/sweep-cli.js` to completion. */
export async function runSweepCli(options: { env: Record<string, string>; cwd: string; args?: string[]; timeoutMs?: number }): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SWEEP_CLI, ...(options.args ?? [])], { cwd: options.cwd, env: appEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** Applies changes (null deletes) to a file map. */
export function applyChanges(files: Changes, changes: Changes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries({ ...files, ...changes })) if (content !== null) out[name] = content;
  return out;
}

/**
 * Seeds a pull request in the simulator: base and head commits (made with git, for real patches),
 * their trees, and the changed files. `base` also becomes the default branch unless `mainRef` is false;
 * with `addPull: false` only the commits are stored (for a push to an existing pull request).
 * `headExtra`/`headRaw`/`extraFiles` add what git cannot carry here (symlinks, hostile tar entries).
 */
export async function seedPullRequest(
  sim: GitHubSimulator,
  options: {
    owner: string;
    repo: string;
    number: number;
    base: Changes;
    change: Changes;
    user?: string;
    mainRef?: boolean;
    addPull?: boolean;
    headExtra?: Record<string, TreeFile>;
    headRaw?: RawTarEntry[];
    extraFiles?: PullFileSpec[];
  },
): Promise<{ baseSha: string; headSha: string; files: PullFileSpec[] }> {
  const git = await createRepo(options.base);
  await commit(git, options.change);
  const files = [...changedFiles(git), ...(options.extraFiles ?? [])];
  sim.setTree(options.owner, options.repo, git.baseSha, applyChanges(options.base, {}), options.mainRef === false ? {} : { ref: 'main' });
  sim.setTree(options.owner, options.repo, git.headSha, { ...applyChanges(options.base, options.change), ...options.headExtra }, { ref: `pr-${options.number}`, raw: options.headRaw });
  if (options.addPull !== false) {
    sim.addPullRequest(options.owner, options.repo, {
      number: options.number,
      user: options.user ?? 'jdevries',
      head: { sha: git.headSha, ref: `pr-${options.number}` },
      base: { sha: git.baseSha, ref: 'main' },
      files,
    });
  }
  await fs.rm(git.dir, { recursive: true, force: true });
  return { baseSha: git.baseSha, headSha: git.headSha, files };
}

/** The App's Octokit with the throttle's waits off, handed to Probot as its `Octokit` option (retries stay). */
export const UnthrottledOctokit = appOctokit({ enabled: false });

/** The App in this process: the same application function, a Probot of its own, deliveries handed to it directly. */
export interface InProcessApp {
  probot: Probot;
  /** Handles a delivery as the server would after checking its signature: 200 when the handlers ran, 500 when one threw. */
  receive(event: string, payload: unknown, id?: string): Promise<number>;
  /** What the App logged so far (Probot's logger, JSON lines). */
  output(): string;
}

/**
 * Loads the App into a Probot pointed at the simulator. `throttle: false` turns the Octokit throttle's waits off (writes a
 * second apart, three for those that notify) through Probot's own Octokit option; leave it on to test the production client.
 * `app`: the application function, by default the one Probot loads from app/index.ts (checks on this thread).
 */
export async function inProcessApp(options: { appId: number; privateKey: string; baseUrl: string; throttle?: boolean; Octokit?: typeof ProbotOctokit; app?: (app: Probot) => void }): Promise<InProcessApp> {
  let output = '';
  const log = pino({ level: 'info' }, { write: (line: string) => void (output += line) });
  const probot = new Probot({ appId: options.appId, privateKey: options.privateKey, baseUrl: options.baseUrl, log, Octokit: options.Octokit ?? (options.throttle === false ? UnthrottledOctokit : appOctokit()) });
  await probot.load(options.app ?? registerCheckApp);
  return {
    probot,
    output: () => output,
    async receive(event, payload, id = randomUUID()) {
      try {
        await probot.receive({ id, name: event, payload } as never);
        return 200;
      } catch {
        return 500;
      }
    },
  };
}
