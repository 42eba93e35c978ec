/** The Node.js versions package.json promises are ones every locked dependency accepts, and the README says the same. */

import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './support/cli.js';

// npm's own range semantics, from the copy the dev tools already install (no types of its own here).
const semver = createRequire(import.meta.url)('semver') as {
  Range: new (range: string) => { set: { semver: { version: string }; operator: string }[][] };
  minVersion(range: string | { set: unknown }): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  os?: string[];
  cpu?: string[];
}

describe('supported Node.js versions', () => {
  it('every locked dependency accepts the lowest version of each line package.json supports', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(await fs.readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
    // The floor of each alternative ("^22.13.0 || >=24" → 22.13.0 and 24.0.0): where a too-low promise shows first.
    const floors = new semver.Range(pkg.engines.node).set.map((comparators) => semver.minVersion(comparators.map((c) => `${c.operator}${c.semver.version}`).join(' '))!.version);
    expect(floors.length).toBeGreaterThan(0);
    const refused: string[] = [];
    for (const [name, locked] of Object.entries(lock.packages)) {
      // Platform binaries install only where they fit; the root is this package.
      if (name === '' || locked.os || locked.cpu) continue;
      const range = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
      if (!range) continue;
      for (const floor of floors) if (!semver.satisfies(floor, range)) refused.push(`${name}@${locked.version} wants node ${range}, not ${floor}`);
    }
    expect(refused).toEqual([]);
  });

  it('the README names the same lowest version', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
    const lowest = semver.minVersion(pkg.engines.node)!.version.split('.');
    expect(readme).toContain(`Node.js ${lowest[0]}.${lowest[1]} or newer`);
  });
});
