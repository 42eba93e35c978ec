#!/usr/bin/env node
// Benchmark (`npm run bench`, a few minutes): the check against the practical limit of what it does, on
// synthetic registers of 1,000 and 10,000 processing activities with one partnership per ten.
//
// - practical limit: a plain read loop, the fastest YAML parse to data of the same files and ajv's validation,
//   each on its own, summed. The fastest parser installed is `yaml`: the fastest of three ways to data with it
//   counts; js-yaml is no dependency of this project and is not measured.
// - loader: loadRegister over the folder; full check: load and every rule; pull request: head and base (one
//   file changed) loaded with a shared cache and checked, findings marked new or existing.
// - memory: the heap a loaded register holds after a collection, and the process's peak resident size.
// - CLI: the time to the first finding of `register-check check examples/gemeente-voorbeeld` against `node -e 0`,
//   spawned alternately, medians.
//
// `--lib <folder>` measures another build (a folder holding src/ and bin/ as lib/ does), to compare before and
// after a change. Each register size runs in a child process of its own, so that peak memory is its own.
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Composer, Parser, parse, parseDocument } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const addFormats = addFormatsModule.default ?? addFormatsModule;
const TODAY = '2026-06-01';
const COUNTS = [1000, 10000];
const RUNS = { 1000: 5, 10000: 3 };
const CLI_RUNS = 11;
/** The aims of issue #15: the full check within twice the practical limit; the CLI within 0.3 s of `node -e 0`. */
const MAX_RATIO = 2;
const MAX_CLI_OVERHEAD_MS = 300;

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const LIB = path.resolve(option('--lib') ?? path.join(ROOT, 'lib'));

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

const REGISTER = 'organisation:\n  name: Gemeente Bench\n  kind: municipality\nreview_interval_months: 12\nnotice_max_age_months: 24\n';

async function generate(count) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `register-bench-${count}-`));
  const partnerships = Math.max(1, Math.floor(count / 10));
  await fs.mkdir(path.join(dir, 'processing'));
  await fs.mkdir(path.join(dir, 'partnerships'));
  await fs.writeFile(path.join(dir, 'register.yml'), REGISTER);
  for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir, 'processing', `verwerking-${String(i).padStart(5, '0')}.yml`), processing(i, partnerships));
  for (let j = 0; j < partnerships; j++) await fs.writeFile(path.join(dir, 'partnerships', `samenwerking-${String(j).padStart(5, '0')}.yml`), partnership(j));
  return dir;
}

/** The median of `runs` timed calls, after one untimed call that warms the code up. */
async function time(runs, fn) {
  let value = await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    value = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], value };
}

/** Every file below a folder, relative paths with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

const roleOf = (file) => (file.startsWith('processing/') ? 'processing' : file.startsWith('partnerships/') ? 'partnership' : 'register');

/** One register size, in this process: prints the measurements as JSON. */
async function measure(count) {
  const lib = (file) => import(pathToFileURL(path.join(LIB, 'src', file)).href);
  const { FileSystemSource } = await lib('source.js');
  const { loadRegister, ParseCache } = await lib('load.js');
  const { checkRegister } = await lib('check.js');
  const runs = RUNS[count];

  const dir = await generate(count);
  // The base of a pull request: the same register with one processing activity changed.
  const baseDir = `${dir}-base`;
  await fs.cp(dir, baseDir, { recursive: true });
  const changed = path.join(baseDir, 'processing', 'verwerking-00001.yml');
  await fs.writeFile(changed, (await fs.readFile(changed, 'utf8')).replace('reviewed: 2026-01-15', 'reviewed: 2025-12-01'));

  const files = listFiles(dir).sort();
  const bytes = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).byteLength, 0);

  // The practical limit, part by part.
  const read = await time(runs, () => files.map((f) => readFileSync(path.join(dir, f), 'utf8')));
  const texts = read.value;
  const parsers = {
    'yaml parse()': (text) => parse(text, { version: '1.2', uniqueKeys: false }),
    'yaml parseDocument()': (text) => parseDocument(text, { version: '1.2', uniqueKeys: false, prettyErrors: false }).toJS(),
    'yaml Composer': (text) => {
      for (const doc of new Composer({ version: '1.2', uniqueKeys: false }).compose(new Parser().parse(text))) return doc.toJS();
    },
  };
  let fastest;
  for (const [name, fn] of Object.entries(parsers)) {
    const result = await time(runs, () => texts.map(fn));
    if (!fastest || result.ms < fastest.ms) fastest = { name, ...result };
  }
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const schema = (file) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8'));
  const validators = {
    register: ajv.compile(schema('register.schema.json')),
    processing: ajv.compile(schema('processing-activity.schema.json')),
    partnership: ajv.compile(schema('partnership.schema.json')),
  };
  const validate = await time(runs, () => fastest.value.reduce((valid, data, i) => valid + Number(validators[roleOf(files[i])](data)), 0));

  // The project's own.
  const load = () => loadRegister(new FileSystemSource(dir));
  const loader = await time(runs, load);
  const full = await time(runs, async () => checkRegister(await load(), { today: TODAY }).findings.length);
  const pull = await time(runs, async () => {
    const cache = ParseCache ? new ParseCache() : undefined;
    const [head, base] = await Promise.all([loadRegister(new FileSystemSource(dir), {}, undefined, cache), loadRegister(new FileSystemSource(baseDir), {}, undefined, cache)]);
    return checkRegister(head, { today: TODAY, base }).findings.filter((f) => f.new).length;
  });

  // The heap a loaded register holds.
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = await load();
  globalThis.gc?.();
  const heldBytes = process.memoryUsage().heapUsed - before;
  if (held.files.length !== files.length) throw new Error(`loaded ${held.files.length} of ${files.length} files`);

  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(baseDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      count,
      files: files.length,
      bytes,
      read: read.ms,
      parse: fastest.ms,
      parser: fastest.name,
      validate: validate.ms,
      valid: validate.value,
      loader: loader.ms,
      full: full.ms,
      findings: full.value,
      pull: pull.ms,
      newFindings: pull.value,
      heldBytes,
      maxRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

/** Milliseconds from spawning a command to its first output, and to its exit. */
function spawnTimed(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let first;
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => (first = performance.now() - start));
    child.on('error', reject);
    child.on('close', () => {
      const exit = performance.now() - start;
      resolve({ first: first ?? exit, exit });
    });
  });
}

async function cliTimes() {
  const bin = path.join(LIB, '..', 'bin', 'register-check.js');
  const cli = [bin, 'check', 'examples/gemeente-voorbeeld', '--today', '2026-11-29'];
  const bare = [];
  const check = [];
  await spawnTimed(process.execPath, cli);
  for (let i = 0; i < CLI_RUNS; i++) {
    bare.push((await spawnTimed(process.execPath, ['-e', '0'])).exit);
    check.push((await spawnTimed(process.execPath, cli)).first);
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { bare: median(bare), first: median(check) };
}

if (args.includes('--count')) {
  await measure(Number(option('--count')));
} else {
  const results = COUNTS.map((count) =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--count', String(count), '--lib', LIB], { encoding: 'utf8', maxBuffer: 1 << 20 })),
  );
  const cli = await cliTimes();

  const ms = (n) => `${n.toFixed(0)} ms`;
  const mib = (n) => `${(n / 1048576).toFixed(0)} MiB`;
  const rows = [['', ...results.map((r) => `${r.count.toLocaleString('en')} activities`)]];
  const row = (label, fn) => rows.push([label, ...results.map(fn)]);
  const limit = (r) => r.read + r.parse + r.validate;
  row('files (size)', (r) => `${r.files} (${(r.bytes / 1048576).toFixed(1)} MB)`);
  row('read (plain loop)', (r) => ms(r.read));
  row('parse (fastest)', (r) => `${ms(r.parse)}, ${r.parser}`);
  row('validate (ajv)', (r) => `${ms(r.validate)}, ${r.valid} valid`);
  row('practical limit', (r) => ms(limit(r)));
  row('loader', (r) => `${ms(r.loader)} (${(r.loader / limit(r)).toFixed(2)}×)`);
  row('full check', (r) => `${ms(r.full)} (${(r.full / limit(r)).toFixed(2)}×), ${r.findings} findings`);
  row('pull request', (r) => `${ms(r.pull)} (${(r.pull / limit(r)).toFixed(2)}×), ${r.newFindings} new`);
  row('heap held by the register', (r) => `${mib(r.heldBytes)} (${(r.heldBytes / r.bytes).toFixed(1)}× its size)`);
  row('peak resident size', (r) => mib(r.maxRss));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   '));

  const [small, large] = results;
  console.log(`growth 1k → 10k: full check ${(large.full / small.full).toFixed(2)}×, practical limit ${(limit(large) / limit(small)).toFixed(2)}×`);
  console.log(`CLI on the example register: first finding after ${ms(cli.first)}, node -e 0 ${ms(cli.bare)}: ${ms(cli.first - cli.bare)} more (aim ≤ ${MAX_CLI_OVERHEAD_MS} ms)`);
  const worst = Math.max(...results.map((r) => r.full / limit(r)));
  console.log(`worst full check / practical limit: ${worst.toFixed(2)}× (aim ≤ ${MAX_RATIO}×)`);
  const ok = worst <= MAX_RATIO && cli.first - cli.bare <= MAX_CLI_OVERHEAD_MS;
  console.log(ok ? 'aims met' : 'AIMS MISSED');
  process.exitCode = ok ? 0 : 1;
}
