#!/usr/bin/env node
// Entry point of the command line; the TypeScript is compiled to lib/ by `npm run build` (run by `prepare`).
import { main } from '../lib/src/cli.js';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTty: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`register-check: unexpected error / onverwachte fout: ${error?.stack ?? error}\n`);
    process.exitCode = 3;
  },
);
