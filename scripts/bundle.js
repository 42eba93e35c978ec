#!/usr/bin/env node
// Bundles the Action into dist/index.js (committed; CI rebuilds it and fails on a diff).
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/** Gives the bundle package.json's version alone (src/meta.ts reads it), so other edits to package.json leave dist/ unchanged. */
const versionOnly = {
  name: 'package-json-version-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) =>
      args.path === PACKAGE_JSON ? { contents: JSON.stringify({ version: JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).version }), loader: 'json' } : undefined,
    );
  },
};

/** The esbuild options for the Action; the target is the runtime action.yml declares (runs.using: node24 → node24), so the two cannot drift. */
export function bundleOptions(actionYml) {
  const using = parse(actionYml)?.runs?.using;
  if (typeof using !== 'string' || !/^node\d+$/.test(using)) throw new Error(`action.yml: runs.using is ${JSON.stringify(using)}, not nodeNN`);
  return {
    entryPoints: ['action/index.ts'],
    outfile: 'dist/index.js',
    bundle: true,
    platform: 'node',
    target: using,
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [versionOnly],
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
}

// Bundle only when run as a script: the test imports bundleOptions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build(bundleOptions(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')));
}
