import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most of the time goes to waiting on subprocesses and loopback HTTP, not to the CPU: two files at a time even on
    // two cores (vitest's default is one fewer than the cores).
    maxWorkers: 2,
  },
});
