/** The Action's `mode: report`, run in process with the runner's environment: it writes the council report to a folder in the workspace and needs no GitHub API. */

import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryPayload, runActionInProcess } from './support/action.js';
import { ROOT } from './support/cli.js';
import { say } from '../src/report/vocabulary.js';

const OWNER = 'gemeente-voorbeeld';
const REPO = 'verwerkingsregister';
const TODAY = '2026-11-29';
const temporary: string[] = [];

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A workspace holding the example register under `register/` (or at its root). */
async function workspace(folder = 'register'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'workspace-'));
  temporary.push(dir);
  await fs.cp(path.join(ROOT, 'examples/gemeente-voorbeeld'), path.join(dir, folder), { recursive: true });
  return dir;
}

/** Runs the Action on a push; no API is reachable, so any request it made would fail the run. */
function run(dir: string, inputs: Record<string, string>) {
  return runActionInProcess({
    apiUrl: 'http://127.0.0.1:9',
    workspace: dir,
    eventName: 'push',
    payload: repositoryPayload('push', { owner: OWNER, repo: REPO, ref: 'refs/heads/main' }),
    repository: `${OWNER}/${REPO}`,
    token: 'ghs_unused',
    inputs: { mode: 'report', today: TODAY, ...inputs },
  });
}

describe('mode: report', () => {
  it.each([
    ['the register in a folder, the default report folder', 'register', { path: 'register' }, 'site'],
    ['the register at the root, a report folder of its own', '.', {}, 'public/raad'],
  ])('%s: writes the citizen site, both council files and the style sheet, and passes despite findings', async (_name, folder, inputs, reportFolder) => {
    const dir = await workspace(folder);
    const result = await run(dir, { ...inputs, ...(reportFolder === 'site' ? {} : { 'report-folder': reportFolder }) });
    expect(result.code).toBe(0);
    const out = path.join(dir, reportFolder);
    expect((await fs.readdir(out)).sort()).toEqual(['assets', 'en', 'index.html', 'partnerships', 'processing', 'raadsrapportage.html', 'raadsrapportage.md']);
    const markdown = await fs.readFile(path.join(out, 'raadsrapportage.md'), 'utf8');
    expect(markdown).toContain(say('council.status.missing', 'nl'));
    expect(markdown).toContain(`${TODAY}`);
    const written = (await fs.readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
    expect(written).toBeGreaterThan(3);
    expect(result.stdout).toContain(say('action.reportWritten', 'nl', { n: written, folder: reportFolder }));
  });

  it('speaks the language input', async () => {
    const dir = await workspace();
    const result = await run(dir, { path: 'register', language: 'en' });
    expect(result.code).toBe(0);
    const html = await fs.readFile(path.join(dir, 'site/raadsrapportage.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(say('council.overview', 'en'));
  });

  it.each([
    ['the workspace itself', '.', 'register'],
    ['a folder outside the workspace', '../elders', 'register'],
    ['an absolute path', '/tmp/site', 'register'],
    ['the register folder', 'register', 'register'],
    ['a folder that holds the register', 'data', 'data/register'],
  ])('refuses %s and writes nothing', async (_name, reportFolder, registerPath) => {
    const dir = await workspace(registerPath);
    const before = await fs.readdir(dir, { recursive: true });
    const result = await run(dir, { path: registerPath, 'report-folder': reportFolder });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(say('action.badReportFolder', 'en', { value: reportFolder }));
    expect(await fs.readdir(dir, { recursive: true })).toEqual(before);
  });
});
