/** The workflow files in the README and the Action's metadata pass action-validator. */

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './support/cli.js';

const VALIDATOR = path.join(ROOT, 'node_modules/.bin/action-validator');

function validate(file: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(VALIDATOR, [file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const workflows = [...readme.matchAll(/^`\.github\/workflows\/([\w.-]+)`:\n\n```yaml\n([\s\S]*?)```/gm)].map((m) => ({ name: m[1], text: m[2] }));

describe('README workflows', () => {
  it('are there: one for pull requests, one for stale issues, one that publishes the council report', () => {
    expect(workflows.map((w) => w.name)).toEqual(['register-check.yml', 'register-stale.yml', 'register-pages.yml']);
  });

  it.each(workflows)('$name passes action-validator and sets the permissions it needs', ({ name, text }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'workflow-'));
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const result = validate(file);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
    const permissions = parse(text).permissions;
    expect(permissions.contents).toBe('read');
    // GitHub Pages deploys with pages: write and an OIDC token; the others write issues.
    if (name === 'register-pages.yml') expect([permissions.pages, permissions['id-token']]).toEqual(['write', 'write']);
    else expect(permissions.issues).toBe('write');
  });

  it('action-validator rejects a broken workflow (the check can fail)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'workflow-'));
    const file = path.join(dir, 'broken.yml');
    writeFileSync(file, 'on: pull_request\njobs:\n  check:\n    steps: 3\n');
    expect(validate(file).code).not.toBe(0);
  });
});

describe('action.yml', () => {
  it('passes action-validator, runs on node24 from dist/ and declares the documented inputs and outputs', () => {
    // action-validator 0.6's schema predates node24, so the rest of the file is validated with node20 in its place.
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(text).toContain('using: node24');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'action-')), 'action.yml');
    writeFileSync(file, text.replace('using: node24', 'using: node20'));
    const result = validate(file);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['token', 'path', 'config', 'language', 'fail-on', 'mode', 'max-comments', 'sarif-file', 'dry-run']));
    expect(action.inputs.token.default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'new-findings', 'sarif-file']);
  });
});
