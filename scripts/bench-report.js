#!/usr/bin/env node
// Benchmark of `register-check report`: builds the report folder (the council report and the citizen site) for a synthetic register of 1,000 partnerships
// and 5,000 processing activities, and for one a tenth of that size, and prints the time and the output size of
// each, so that growth can be seen to be linear. Not a test. Run after `npm run build`: node scripts/bench-report.js
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FileSystemSource } from '../lib/src/source.js';
import { loadRegister } from '../lib/src/load.js';
import { checkRegister } from '../lib/src/check.js';
import { buildReport } from '../lib/src/site/index.js';

const TODAY = '2026-06-01';
const RUNS = 3;
const id = (prefix, n) => `${prefix}-${String(n).padStart(5, '0')}`;

function processing(i, partnerships) {
  return `id: ${id('verwerking', i)}
name: Verwerking ${i} in het sociaal domein
owner: gemeente-bench/team-${i % 7}
purposes:
  - Uitvoeren van taak ${i} op grond van de Participatiewet
legal_basis:
  - ground: public-task
    provision: Participatiewet, art. 7 lid 1 onder a
data_subjects:
  - Inwoners die een uitkering aanvragen
personal_data:
  - category: NAW-gegevens
  - category: Inkomensgegevens
recipients:
  - partnership: ${id('samenwerking', i % partnerships)}
retention: 10 jaar na beëindiging van de uitkering
notice:
  url: https://www.gemeente-bench.nl/privacy/${i}
  updated: 2025-09-01
  contact: privacy@gemeente-bench.nl
reviewed: 2026-01-15
`;
}

// Every tenth partnership cites only a covenant, every seventh has no notice: the report has open points to write.
function partnership(j) {
  const covenantOnly = j % 10 === 0;
  const notice = j % 7 === 0 ? '' : `notice:
  url: https://www.gemeente-bench.nl/privacy/samenwerking-${j}
  updated: 2025-09-01
  contact: privacy@gemeente-bench.nl
  explains_decisions: true
  objection: https://www.gemeente-bench.nl/bezwaar
`;
  return `id: ${id('samenwerking', j)}
name: Samenwerkingsverband ${j}
owner: gemeente-bench/team-veiligheid
purpose: Gezamenlijke aanpak van multiproblematiek in wijk ${j}
started: 2024-01-01
participants:
  - id: gemeente
    name: Gemeente Bench
    kind: municipality
    role: joint-controller
    self: true
  - id: politie
    name: Politie, eenheid Bench
    kind: police
    role: joint-controller
  - id: zorgaanbieder
    name: Zorgaanbieder ${j}
    kind: care-provider
    role: joint-controller
agreements:
  - kind: joint-controller-arrangement
    reference: Regeling gezamenlijke verantwoordelijkheid ${j}
    signed: 2023-12-01
    essence_published: https://www.gemeente-bench.nl/privacy/samenwerking-${j}
data_flows:
  - from: gemeente
    to: [politie, zorgaanbieder]
    data: [NAW-gegevens, signalen over zorg en veiligheid]
    sensitive: true
    legal_basis:
      - ground: public-task
        provision: ${covenantOnly ? 'Convenant wijkaanpak 2023' : 'Wet politiegegevens, art. 20'}
    necessity: Zonder deze gegevens kan het casusoverleg geen plan van aanpak maken.
    decisions: true
  - from: politie
    to: gemeente
    data: [politiegegevens]
    criminal: true
    exception: UAVG art. 33 lid 1 onder a
    legal_basis:
      - ground: legal-obligation
        provision: Wet politiegegevens, art. 20 lid 1
    necessity: De gemeente heeft de gegevens nodig voor de procesregie.
dpia:
  reference: DPIA-S-${j}
  date: 2023-11-01
${notice}reviewed: 2026-01-15
`;
}

async function generate(partnerships) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `register-report-bench-${partnerships}-`));
  await fs.mkdir(path.join(dir, 'processing'));
  await fs.mkdir(path.join(dir, 'partnerships'));
  await fs.writeFile(path.join(dir, 'register.yml'), 'organisation:\n  name: Gemeente Bench\n  kind: municipality\n  dpo: fg@gemeente-bench.nl\nreview_interval_months: 12\n');
  for (let i = 0; i < partnerships * 5; i++) await fs.writeFile(path.join(dir, 'processing', `${id('verwerking', i)}.yml`), processing(i, partnerships));
  for (let j = 0; j < partnerships; j++) await fs.writeFile(path.join(dir, 'partnerships', `${id('samenwerking', j)}.yml`), partnership(j));
  return dir;
}

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
  const dir = await generate(partnerships);
  try {
    const register = await loadRegister(new FileSystemSource(dir), {});
    const check = await median(() => checkRegister(register, { today: TODAY }));
    const input = { register, result: check.value, config: {}, today: TODAY, language: 'nl' };
    buildReport(input); // warm-up
    const report = await median(() => buildReport(input));
    const bytes = Object.fromEntries([...report.value].map(([file, text]) => [file, Buffer.byteLength(text)]));
    results.push({ partnerships, activities: partnerships * 5, findings: check.value.findings.length, checkMs: check.ms, reportMs: report.ms, bytes });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
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
