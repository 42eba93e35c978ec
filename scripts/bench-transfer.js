#!/usr/bin/env node
// Benchmark of import and export (not a test): builds a 5,000-row spreadsheet, imports it into an empty folder
// and exports the result as xlsx; prints the times and the peak memory. Needs `npm run build` first.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { main } from '../lib/src/cli.js';

const ROWS = 5_000;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 20);

const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), isTty: false };
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-transfer-'));
try {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Register');
  ws.addRow(['Verwerking', 'Doel van de verwerking', 'Verwerkingsgrondslag', 'Categorieën betrokkenen', 'Categorieën persoonsgegevens', 'Categorieën bijzondere persoonsgegevens', 'Categorieën ontvangers', 'Bewaartermijn', 'Beveiligingsmaatregelen', 'PIA uitgevoerd']);
  for (let i = 0; i < ROWS; i++) {
    ws.addRow([
      `Verwerking ${i} in het sociaal domein`,
      'Beoordelen van aanvragen\nVerantwoording en controle',
      i % 10 === 0 ? 'Publiekrechtelijke taak' : 'AVG art. 6 lid 1 onder e — Participatiewet, art. 7 lid 1',
      'Inwoners die een uitkering aanvragen',
      'NAW-gegevens\nInkomensgegevens',
      i % 3 === 0 ? 'Gezondheidsgegevens' : 'nee',
      i % 7 === 0 ? `Wijkteam ${i % 50}` : 'Uitvoeringsinstituut Werknemersverzekeringen',
      i % 50 === 0 ? '[bewaartermijn]' : '10 jaar na beëindiging',
      'Rolgebaseerde toegang en logging',
      `DPIA-${i} — 2025-01-15`,
    ]);
  }
  const input = path.join(dir, 'register.xlsx');
  await workbook.xlsx.writeFile(input);
  const size = (await fs.stat(input)).size;

  sample();
  let start = performance.now();
  const imported = await main(['import', input, '--out', path.join(dir, 'register')], io);
  const importMs = performance.now() - start;
  if (imported !== 0) throw new Error(`import exited ${imported}`);

  start = performance.now();
  const exported = await main(['export', path.join(dir, 'register'), '--format', 'xlsx', '--out', path.join(dir, 'export.xlsx')], io);
  const exportMs = performance.now() - start;
  if (exported !== 0) throw new Error(`export exited ${exported}`);
  sample();

  const mb = (n, digits = 0) => `${(n / 1024 / 1024).toFixed(digits)} MB`;
  console.log(`spreadsheet: ${ROWS} rows, ${mb(size, 2)} xlsx`);
  console.log(`import:      ${(importMs / 1000).toFixed(2)} s`);
  console.log(`export xlsx: ${(exportMs / 1000).toFixed(2)} s`);
  console.log(`peak memory: rss ${mb(peakRss)}, heap ${mb(peakHeap)}`);
} finally {
  clearInterval(sampler);
  await fs.rm(dir, { recursive: true, force: true });
}
