#!/usr/bin/env node
// How long the App's event loop waits while a pull request on a large register is checked: on the event loop's own
// thread (as before, and as the Action still does) and in the App's worker threads. Needs `npm run build`.
//
//   node scripts/bench-app.js [activities]        (default 10000)
//
// The pull request: head and base both hold the register, two files differ. Both registers are held in memory, as
// the App holds an unpacked archive, so the figures are the check's and the hand-over's, not the download's.
// "loop busy" is how long the event loop's thread worked (eventLoopUtilization); monitorEventLoopDelay samples every
// 10 ms and records the time between two samples, so a delay is that less 10 ms. The first row, with nothing to do,
// shows what the machine's own load adds.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { MemorySource } from '../lib/src/source.js';
import { loadRegister } from '../lib/src/load.js';
import { IN_PROCESS } from '../lib/src/github/flows.js';
import { checkPool, poolChecker } from '../lib/app/checks.js';
import { memoryFiles, syntheticRegister } from './synthetic-register.js';

const activities = Number(process.argv[2] ?? 10_000);
const RESOLUTION_MS = 10;

const source = (files) => new MemorySource(memoryFiles(files));
const registers = { head: source(syntheticRegister(activities, { defectEvery: 5000 })), base: source(syntheticRegister(activities)) };
const reader = {
  config: async () => ({}),
  register: (ref, config) => loadRegister(registers[ref], config),
  source: async (ref) => registers[ref],
};
const run = { headSha: 'head', baseSha: 'base', config: {}, today: '2026-06-01' };

async function measure(label, check) {
  globalThis.gc?.();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  // The first sample only starts the clock: take it before the check.
  await new Promise((resolve) => setTimeout(resolve, 2 * RESOLUTION_MS));
  const start = performance.now();
  const busy = performance.eventLoopUtilization();
  const result = await check();
  const took = performance.now() - start;
  const { active } = performance.eventLoopUtilization(busy);
  // One more sample, so that a check that never let the loop turn is recorded as the one long wait it was.
  await new Promise((resolve) => setTimeout(resolve, 2 * RESOLUTION_MS));
  histogram.disable();
  const delay = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS).toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(34)} ${(took / 1000).toFixed(1).padStart(6)} s ${(active / 1000).toFixed(2).padStart(8)} s ${delay(histogram.percentile(50))} ms ${delay(histogram.percentile(99))} ms ${delay(histogram.max)} ms${result ? `   ${result.findings.length} findings` : ''}`,
  );
}

console.log(`A pull request on a register of ${activities.toLocaleString('en')} processing activities (${Math.max(1, Math.floor(activities / 10)).toLocaleString('en')} partnerships), head and base.`);
console.log(`${''.padEnd(34)} ${'time'.padStart(8)} ${'loop busy'.padStart(10)} ${'delay p50'.padStart(10)} ${'delay p99'.padStart(10)} ${'delay max'.padStart(10)}`);

// A warm-up run on each side: the schemas compiled and the code optimised, the thread started.
const pool = checkPool({ size: 1 });
const small = { headSha: 'head', baseSha: 'head', config: {}, today: run.today };
const smallReader = { ...reader, register: () => loadRegister(source(syntheticRegister(10)), {}), source: async () => source(syntheticRegister(10)) };
await IN_PROCESS.pullRequest(smallReader, small);
await poolChecker(pool).pullRequest(smallReader, small);

await measure('nothing: the machine alone, 5 s', () => new Promise((resolve) => setTimeout(resolve, 5000)));
await measure('checked on the event loop', () => IN_PROCESS.pullRequest(reader, run));
await measure('checked in a worker thread', () => poolChecker(pool).pullRequest(reader, run));
await pool.close();
