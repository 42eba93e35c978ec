#!/usr/bin/env node
// Benchmark of `register-check report`: builds the report folder (the council report and the citizen site) for a synthetic register of 1,000 partnerships
// and 5,000 processing activities, and for one a tenth of that size, and prints the time and the output size of
// each, so that growth can be seen to be linear. Not a test. Run after `npm run build`: node scripts/bench-report.js
import { performance } from 'node:perf_hooks';
import { MemorySource } from '../lib/src/source.js';
import { loadRegister } from '../lib/src/load.js';
import { checkRegister } from '../lib/src/check.js';
import { buildReport } from '../lib/src/site/index.js';
import { memoryFiles, syntheticRegister } from './synthetic-register.js';

const TODAY = '2026-06-01';
const RUNS = 3;
/** Five processing activities per partnership; every tenth activity lacks its legal basis, so the report has open points. */
const ACTIVITIES_PER_PARTNERSHIP = 5;

async function median(fn) {
  const samples = [];
  let value;
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], value };
}

const results = [];
for (const partnerships of [100, 1000]) {
  const activities = partnerships * ACTIVITIES_PER_PARTNERSHIP;
  const register = await loadRegister(new MemorySource(memoryFiles(syntheticRegister(activities, { partnerships, defectEvery: 10 }))), {});
  const check = await median(() => checkRegister(register, { today: TODAY }));
  const input = { register, result: check.value, config: {}, today: TODAY, language: 'nl' };
  buildReport(input); // warm-up
  const report = await median(() => buildReport(input));
  const bytes = Object.fromEntries([...report.value].map(([file, text]) => [file, Buffer.byteLength(text)]));
  results.push({ partnerships, activities, findings: check.value.findings.length, checkMs: check.ms, reportMs: report.ms, bytes });
}

const mib = (n) => `${(n / 1048576).toFixed(2)} MiB`;
for (const r of results) {
  console.log(
    `${String(r.partnerships).padStart(5)} partnerships, ${String(r.activities).padStart(5)} processing activities, ${r.findings} findings: check ${r.checkMs.toFixed(0)} ms, report ${r.reportMs.toFixed(0)} ms; raadsrapportage.md ${mib(r.bytes['raadsrapportage.md'])}, raadsrapportage.html ${mib(r.bytes['raadsrapportage.html'])}; the whole folder with the citizen site ${Object.keys(r.bytes).length} files, ${mib(Object.values(r.bytes).reduce((a, b) => a + b, 0))}`,
  );
}
const [small, large] = results;
console.log(
  `growth for 10× the register: report time ${(large.reportMs / small.reportMs).toFixed(2)}×, folder ${(Object.values(large.bytes).reduce((a, b) => a + b, 0) / Object.values(small.bytes).reduce((a, b) => a + b, 0)).toFixed(2)}×, Markdown ${(large.bytes['raadsrapportage.md'] / small.bytes['raadsrapportage.md']).toFixed(2)}×, HTML ${(large.bytes['raadsrapportage.html'] / small.bytes['raadsrapportage.html']).toFixed(2)}× (linear is about 10×)`,
);
