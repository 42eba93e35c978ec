#!/usr/bin/env node
// Benchmark: the full check against the floor (reading + YAML parsing + schema
// validation of the same files) on synthetic registers of 1,000 and 10,000
// processing activities with one partnership per ten. Run with `npm run bench`.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { FileSystemSource } from '../lib/src/source.js';
import { checkSource } from '../lib/src/check.js';
import { SCHEMAS } from '../lib/src/validate.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const TODAY = '2026-06-01';
const RUNS = 5;

function processing(i, partnerships) {
  const p = `samenwerking-${String(i % partnerships).padStart(5, '0')}`;
  const defect = i % 50 === 0;
  return `# yaml-language-server: $schema=../schemas/processing-activity.schema.json
id: verwerking-${String(i).padStart(5, '0')}
name: Verwerking ${i} in het sociaal domein
owner: gemeente-bench/team-${i % 7}
purposes:
  - Uitvoeren van taak ${i} op grond van de Participatiewet
  - Verantwoording en controle van de uitvoering
legal_basis:
  - ground: public-task
    provision: ${defect ? 'Convenant samenwerking 2021' : 'Participatiewet, art. 7 lid 1 onder a'}
data_subjects:
  - Inwoners die een uitkering aanvragen
  - Partners en huisgenoten van de aanvrager
personal_data:
  - category: NAW-gegevens
  - category: Inkomensgegevens
  - category: Gezondheidsgegevens
    special: health${defect ? '' : '\n    exception: UAVG art. 30 lid 3 onder b'}
recipients:
  - partnership: ${p}
  - organisation: ${defect ? 'ketenpartners' : 'Uitvoeringsinstituut Werknemersverzekeringen'}
retention: ${defect ? '[bewaartermijn]' : '10 jaar na beëindiging van de uitkering'}
security: Toegang op basis van rollen, logging en versleuteling
dpia:
  reference: DPIA-${i}
  date: 2025-01-15
notice:
  url: https://www.gemeente-bench.nl/privacy/${i}
  updated: 2025-09-01
  contact: privacy@gemeente-bench.nl
  explains_decisions: true
  objection: https://www.gemeente-bench.nl/bezwaar
reviewed: ${defect ? '2024-01-01' : '2026-01-15'}
`;
}

function partnership(j) {
  return `# yaml-language-server: $schema=../schemas/partnership.schema.json
id: samenwerking-${String(j).padStart(5, '0')}
name: Samenwerkingsverband ${j}
owner: gemeente-bench/team-veiligheid
purpose: Gezamenlijke aanpak van multiproblematiek in wijk ${j}
domain: zorg-en-veiligheid
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
        provision: Wet politiegegevens, art. 20
    necessity: Zonder deze gegevens kan het casusoverleg geen plan van aanpak maken.
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
notice:
  url: https://www.gemeente-bench.nl/privacy/samenwerking-${j}
  updated: 2025-09-01
  contact: privacy@gemeente-bench.nl
reviewed: 2026-01-15
`;
}

async function generate(count) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `register-bench-${count}-`));
  const partnerships = Math.max(1, Math.floor(count / 10));
  await fs.mkdir(path.join(dir, 'processing'));
  await fs.mkdir(path.join(dir, 'partnerships'));
  await fs.writeFile(path.join(dir, 'register.yml'), 'organisation:\n  name: Gemeente Bench\n  kind: municipality\nreview_interval_months: 12\nnotice_max_age_months: 24\n');
  for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir, 'processing', `verwerking-${String(i).padStart(5, '0')}.yml`), processing(i, partnerships));
  for (let j = 0; j < partnerships; j++) await fs.writeFile(path.join(dir, 'partnerships', `samenwerking-${String(j).padStart(5, '0')}.yml`), partnership(j));
  return dir;
}

/** The floor: list, read, parse with positions and validate, nothing else. */
async function floor(dir, validators) {
  const source = new FileSystemSource(dir);
  const entries = await source.list();
  let valid = 0;
  await Promise.all(
    entries.map(async (entry) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await source.read(entry.path, 1024 * 1024));
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
      const data = doc.toJS({ maxAliasCount: 100 });
      const role = entry.path === 'register.yml' ? 'register' : entry.path.startsWith('processing/') ? 'processing' : 'partnership';
      if (validators[role](data)) valid++;
    }),
  );
  return valid;
}

async function full(dir) {
  const result = await checkSource(new FileSystemSource(dir), { today: TODAY });
  return result.findings.length;
}

async function time(fn) {
  const samples = [];
  let value;
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], value };
}

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validators = {
  register: ajv.compile(SCHEMAS.register),
  processing: ajv.compile(SCHEMAS.processing),
  partnership: ajv.compile(SCHEMAS.partnership),
};

const results = {};
for (const count of [1000, 10000]) {
  const dir = await generate(count);
  await full(dir); // warm-up: compile schemas, JIT
  await floor(dir, validators);
  peakHeap = 0;
  const f = await time(() => floor(dir, validators));
  const c = await time(() => full(dir));
  results[count] = { floor: f.median, full: c.median, findings: c.value, files: f.value, peakHeapMiB: peakHeap / 1048576 };
  await fs.rm(dir, { recursive: true, force: true });
}
clearInterval(sampler);

const rows = [];
for (const [count, r] of Object.entries(results)) {
  rows.push(
    `${count.padStart(6)} processing activities: floor ${r.floor.toFixed(0)} ms, full check ${r.full.toFixed(0)} ms, ratio ${(r.full / r.floor).toFixed(2)}×, ${r.findings} findings, peak heap ${r.peakHeapMiB.toFixed(0)} MiB`,
  );
}
const growth = results[10000].full / results[1000].full;
const worstRatio = Math.max(results[1000].full / results[1000].floor, results[10000].full / results[10000].floor);
console.log(rows.join('\n'));
console.log(`growth 10k/1k: ${growth.toFixed(2)}× (target ≤ 12×); worst full/floor ratio ${worstRatio.toFixed(2)}× (target ≤ 1.5×); max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
const ok = growth <= 12 && worstRatio <= 1.5;
console.log(ok ? 'targets met' : 'TARGETS MISSED');
process.exitCode = ok ? 0 : 1;
