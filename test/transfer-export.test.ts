/** Export to xlsx, csv and VNG JSON; the round trip import(export(register)); one subprocess smoke test of both commands. */

import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { main } from '../src/cli.js';
import { loadRegister } from '../src/load.js';
import { FileSystemSource } from '../src/source.js';
import { isRecord } from '../src/model.js';
import { checkRegister } from '../src/check.js';
import { parseDocument, stringify as stringifyYaml } from 'yaml';
import { cli, ROOT } from './support/cli.js';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const EXAMPLE = path.join(ROOT, 'examples/gemeente-voorbeeld');
const OIN = '00000001001234567000';

const temporary: string[] = [];
afterEach(async () => {
  for (const dir of temporary.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'transfer-export-'));
  temporary.push(dir);
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

/** A copy of the example register with a configuration that names the OIN (a repository root of its own). */
async function exampleCopy(): Promise<string> {
  const dir = await tempDir();
  await fs.cp(EXAMPLE, dir, { recursive: true });
  await fs.mkdir(path.join(dir, '.git'));
  await fs.mkdir(path.join(dir, '.github'));
  await fs.writeFile(path.join(dir, '.github/register-check.yml'), `export:\n  oin: "${OIN}"\n`);
  return dir;
}

/** A hash of every file below a folder: proof that nothing in it changed. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (rel: string) => {
    for (const entry of (await fs.readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else hash.update(child).update(await fs.readFile(path.join(dir, child)));
    }
  };
  await walk('');
  return hash.digest('hex');
}

/**
 * The VAR API's Verwerkingsactiviteit (VNG-Realisatie gemma-verwerkingenlogging, docs/api-write/oas-specification/
 * var-api/openapi.yaml, version 0.1.0), its field list and types written out here. Its own formats "naam" and
 * "beschrijving" are names for text, not checks, and are left out; maxLength, pattern, uuid and uri are kept.
 */
const VERWERKINGSACTIVITEIT = {
  type: 'object',
  required: ['id', 'naam', 'verantwoordelijkeOrganisatie', 'doel', 'grondslag'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    naam: { type: 'string', maxLength: 242 },
    gebaseerdOp: { type: 'string', format: 'uri', maxLength: 2042 },
    categorie: { type: 'string' },
    verantwoordelijkeOrganisatie: { type: 'string', pattern: '[0-9]{20}' },
    verantwoordelijkeBestuursorgaan: { type: 'string' },
    doel: { type: 'string', maxLength: 2042 },
    grondslag: { type: 'string' },
    toelichtingGrondslag: { type: 'string', maxLength: 2042 },
    bewaartermijn: { type: 'string', maxLength: 2042 },
    herkomst: { type: 'string', maxLength: 2042 },
    afnemendeInternationaleDerden: { type: 'array', items: { type: 'string', maxLength: 242 } },
    afnemendeCategorieOntvangers: { type: 'array', items: { type: 'string', maxLength: 242 } },
    verwerktePersoonsgegevens: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { rolBetrokkene: { type: 'string', maxLength: 242 }, naam: { type: 'string', maxLength: 242 } },
      },
    },
  },
};

describe('export', () => {
  it('writes an xlsx with a sheet of processing activities and one of partnerships and their flows, Dutch or English headers', async () => {
    const dir = await exampleCopy();
    const before = await fingerprint(dir);
    const out = path.join(await tempDir(), 'register.xlsx');
    expect((await run(['export', dir, '--format', 'xlsx', '--out', out], dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Verwerkingen', 'Samenwerkingsverbanden']);
    const [activities, partnerships] = workbook.worksheets;
    const header = (activities.getRow(1).values as string[]).slice(1);
    for (const name of ['Verwerking', 'Verwerkingsverantwoordelijke', 'Verwerkingsgrondslag', 'Doel van de verwerking', 'Categorieën betrokkenen', 'Categorieën persoonsgegevens', 'Categorieën bijzondere persoonsgegevens', 'Categorieën ontvangers', 'Bewaartermijn', 'Beveiligingsmaatregelen', 'Naam verwerker', 'Verwerkersovereenkomst', 'PIA uitgevoerd']) {
      expect(header).toContain(name);
    }
    expect(activities.rowCount).toBe(11);
    const register = await loadRegister(new FileSystemSource(dir));
    const flows = register.partnerships.reduce((n, p) => n + Math.max(1, (p.data.data_flows ?? []).length), 0);
    expect(partnerships.rowCount).toBe(flows + 1);
    // Export reads only.
    expect(await fingerprint(dir)).toBe(before);

    const en = path.join(path.dirname(out), 'register-en.xlsx');
    expect((await run(['export', dir, '--out', en, '--language', 'en'], dir)).code).toBe(0);
    const english = new ExcelJS.Workbook();
    await english.xlsx.readFile(en);
    expect(english.worksheets.map((w) => w.name)).toEqual(['Processing activities', 'Partnerships']);
    expect((english.worksheets[0].getRow(1).values as string[]).slice(1)).toContain('Retention period');
  });

  it('writes csv for Excel: a byte-order mark, ";" and quoted line breaks, formulas kept as text', async () => {
    const dir = await exampleCopy();
    const leerplicht = path.join(dir, 'processing/leerplicht.yml');
    await fs.writeFile(leerplicht, (await fs.readFile(leerplicht, 'utf8')).replace('owner: jdevries', 'owner: "=HYPERLINK(\\"http://x\\")"'));
    const out = path.join(await tempDir(), 'register.csv');
    expect((await run(['export', dir, '--format', 'csv', '--out', out], dir)).code).toBe(0);
    const bytes = await fs.readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(records).toHaveLength(11);
    const bijstand = records.find((r) => r[0] === 'bijstand')!;
    expect(bijstand[records[0].indexOf('Doel van de verwerking')].split('\n')).toHaveLength(4);
    // A cell that starts like a formula is written so that Excel shows it as text, and an import reads it back whole.
    const owner = records.find((r) => r[0] === 'leerplicht')![records[0].indexOf('Eigenaar')];
    expect(owner).toBe('\'=HYPERLINK("http://x")');
    const target = path.join(path.dirname(out), 'back');
    expect((await run(['import', out, '--out', target], dir)).code).toBe(0);
    expect((await fs.readFile(path.join(target, 'processing/leerplicht.yml'), 'utf8'))).toContain('owner: =HYPERLINK("http://x")');
  });

  it('writes VNG Verwerkingsactiviteit objects that the VAR API schema accepts', async () => {
    const dir = await exampleCopy();
    const out = path.join(await tempDir(), 'register.json');
    const result = await run(['export', dir, '--format', 'vng-json', '--out', out], dir);
    expect(result.code).toBe(0);
    const objects = JSON.parse(await fs.readFile(out, 'utf8')) as Record<string, unknown>[];
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile({ type: 'array', items: VERWERKINGSACTIVITEIT });
    expect(validate(objects), JSON.stringify(validate.errors)).toBe(true);
    expect(objects).toHaveLength(10);
    const bijstand = objects.find((o) => o.naam === 'Verlenen van bijstand (Participatiewet)')!;
    expect(bijstand).toMatchObject({ verantwoordelijkeOrganisatie: OIN, verantwoordelijkeBestuursorgaan: 'College van burgemeester en wethouders', grondslag: 'Publieke taak, Wettelijke verplichting' });
    expect(bijstand.toelichtingGrondslag).toContain('Participatiewet, art. 7 lid 1');
    // Ids are stable between exports.
    const again = path.join(path.dirname(out), 'again.json');
    await run(['export', dir, '--format', 'vng-json', '--out', again], dir);
    expect((JSON.parse(await fs.readFile(again, 'utf8')) as { id: string }[]).map((o) => o.id)).toEqual(objects.map((o) => o.id));
  });

  it('asks for the OIN, refuses to write into the register, and names a wrong format', async () => {
    const dir = await exampleCopy();
    await fs.writeFile(path.join(dir, '.github/register-check.yml'), 'language: nl\n');
    const out = path.join(await tempDir(), 'x.json');
    const noOin = await run(['export', dir, '--format', 'vng-json', '--out', out], dir);
    expect(noOin.code).toBe(2);
    expect(noOin.stderr).toContain('export: {oin');
    const before = await fingerprint(dir);
    const into = await run(['export', dir, '--format', 'csv', '--out', path.join(dir, 'processing/bijstand.yml')], dir);
    expect(into.code).toBe(2);
    expect(await fingerprint(dir)).toBe(before);
    expect((await run(['export', dir, '--format', 'pdf', '--out', out], dir)).code).toBe(2);
    expect((await run(['export', dir, '--out', path.join(dir, 'x.txt')], dir)).code).toBe(2);
  });
});

/**
 * What a spreadsheet carries of a processing activity: everything but `reviewed` (left for the owner to confirm),
 * `review_interval_months`, `status`, `ended`, a processor record's own `agreement`, a recipient's `legal_basis`,
 * `kind` and `bsn_basis`, the notice's fields other than `url`, and `x-` notes.
 */
function carried(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (['reviewed', 'review_interval_months', 'status', 'ended', 'agreement'].includes(key) || key.startsWith('x-')) continue;
    if (key === 'recipients' || key === 'sources') out[key] = (value as unknown[]).map((r) => (isRecord(r) && 'organisation' in r ? { organisation: r.organisation } : r));
    else if (key === 'notice') out[key] = isRecord(value) && value.url !== undefined ? { url: value.url } : undefined;
    else out[key] = value;
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * What a spreadsheet does not carry of a partnership, as paths ("[]" for any item of a list). Everything else the
 * partnership sheet carries and an import gives back unchanged. `reviewed` is left for the owner to confirm.
 */
const PARTNERSHIP_FIELDS_NOT_CARRIED = [
  'reviewed',
  'review_interval_months',
  'legal_basis',
  'x-note',
  'participants[].joined',
  'participants[].part_of',
  'participants[].processor_for',
  'agreements[].parties',
  'agreements[].provision',
  'agreements[].includes',
  'data_flows[].on_instruction_of',
  'data_flows[].automated',
  'data_flows[].bsn_basis',
  'notice.file',
  'notice.updated',
  'notice.contact',
  'notice.explains_decisions',
  'notice.objection',
  'notice.language_level',
].sort();

/** The paths at which `imported` differs from `original`: a key it lacks as the path, any other difference as "≠ path" ("[]" for a list item). */
function differences(original: unknown, imported: unknown, at = ''): string[] {
  if (Array.isArray(original) && Array.isArray(imported) && original.length === imported.length) return original.flatMap((item, i) => differences(item, imported[i], `${at}[]`));
  if (isRecord(original) && isRecord(imported)) {
    return [...new Set([...Object.keys(original), ...Object.keys(imported)])].flatMap((key) => {
      const path = at === '' ? key : `${at}.${key}`;
      if (!(key in imported)) return [path];
      return key in original ? differences(original[key], imported[key], path) : [`≠ ${path}`];
    });
  }
  return JSON.stringify(original) === JSON.stringify(imported) ? [] : [`≠ ${at}`];
}

/** The example register with every partnership field a spreadsheet does not carry filled in somewhere, so that the round trip meets each. */
async function withEveryPartnershipField(dir: string): Promise<void> {
  const file = path.join(dir, 'partnerships/riec.yml');
  const doc = parseDocument(await fs.readFile(file, 'utf8'));
  type Item = Record<string, unknown>;
  const data = doc.toJS() as Item & { participants: Item[]; agreements: Item[]; data_flows: Item[] };
  data.review_interval_months = 12;
  data.legal_basis = [{ ground: 'public-task', provision: 'Gemeentewet, art. 172 lid 1' }];
  data['x-note'] = 'intern';
  data.participants[1].joined = '2021-07-01';
  data.agreements[0].provision = 'Gemeentewet, art. 172';
  data.agreements[0].includes = ['joint-controller-arrangement'];
  Object.assign(data.data_flows[0], { on_instruction_of: 'gemeente-voorbeeld', automated: false, bsn_basis: 'Wet algemene bepalingen burgerservicenummer, art. 10' });
  await fs.writeFile(file, stringifyYaml(data));
}

describe('round trip: import(export(register))', () => {
  it.each(['xlsx', 'csv'])('gives the processing activities of the example register back field by field through %s', async (format) => {
    const dir = await exampleCopy();
    const work = await tempDir();
    const file = path.join(work, `register.${format}`);
    expect((await run(['export', dir, '--format', format, '--out', file], dir)).code).toBe(0);
    // A CSV holds processing activities only; register.yml and the partnerships stay where they are.
    const target = path.join(work, 'register');
    await fs.mkdir(target);
    await fs.cp(path.join(dir, 'register.yml'), path.join(target, 'register.yml'));
    await fs.cp(path.join(dir, 'partnerships'), path.join(target, 'partnerships'), { recursive: true });
    const before = await fingerprint(path.join(target, 'partnerships'));
    const result = await run(['import', file, '--out', target], work);
    expect(result.code).toBe(0);

    const original = await loadRegister(new FileSystemSource(dir));
    const imported = await loadRegister(new FileSystemSource(target));
    expect(imported.processing.map((p) => p.id).sort()).toEqual(original.processing.map((p) => p.id).sort());
    for (const entity of original.processing) {
      const back = imported.processing.find((p) => p.id === entity.id)!;
      expect(back.data, entity.id).toEqual(carried(entity.data as Record<string, unknown>));
      expect(back.data.reviewed).toBeUndefined();
    }
    // Nothing was invented or overwritten: no partnership starting files, the partnership files untouched.
    expect((await fs.readdir(path.join(target, 'partnerships'))).sort()).toEqual((await fs.readdir(path.join(dir, 'partnerships'))).sort());
    expect(await fingerprint(path.join(target, 'partnerships'))).toBe(before);
    // The only items: the placeholder the example holds on purpose, the reviewed column, and from the xlsx's partnership
    // sheet the RIEC flow that rests on a covenant (a deliberate defect) and each partnership file kept.
    const report = await fs.readFile(path.join(target, 'IMPORT-REPORT.md'), 'utf8');
    const rows = report.split('\n').filter((l) => /^\| (\d+|–) /.test(l));
    expect(rows.filter((l) => !l.includes('partnerships/'))).toHaveLength(2);
    const kept = rows.filter((l) => l.includes('partnerships/') && l.includes('--force'));
    expect(kept).toHaveLength(format === 'xlsx' ? original.partnerships.length : 0);
    expect(rows.filter((l) => l.includes('partnerships/') && !kept.includes(l)).map((l) => l.includes('Samenwerkingsverbanden: Grondslag') && l.includes('Convenant RIEC 2021'))).toEqual(format === 'xlsx' ? [true] : []);
  });

  it('gives the partnerships back from the xlsx field by field, but for a named list of fields a spreadsheet does not carry', async () => {
    const dir = await exampleCopy();
    await withEveryPartnershipField(dir);
    const work = await tempDir();
    const file = path.join(work, 'register.xlsx');
    expect((await run(['export', dir, '--format', 'xlsx', '--out', file], dir)).code).toBe(0);
    const target = path.join(work, 'register');
    await fs.mkdir(target);
    await fs.cp(path.join(dir, 'register.yml'), path.join(target, 'register.yml'));
    expect((await run(['import', file, '--out', target], work)).code).toBe(0);

    const original = await loadRegister(new FileSystemSource(dir));
    const imported = await loadRegister(new FileSystemSource(target));
    expect(imported.partnerships.map((p) => p.id).sort()).toEqual(original.partnerships.map((p) => p.id).sort());
    const differ = new Set<string>();
    for (const entity of original.partnerships) {
      const back = imported.partnerships.find((p) => p.id === entity.id)!;
      for (const at of differences(entity.data, back.data)) differ.add(at);
    }
    // Exactly the fields named as not carried are missing, and no value came back changed.
    expect([...differ].sort()).toEqual(PARTNERSHIP_FIELDS_NOT_CARRIED);
    // The processing activities still come back, and refer to the partnerships without starting files.
    for (const entity of original.processing) expect(imported.processing.find((p) => p.id === entity.id)!.data, entity.id).toEqual(carried(entity.data as Record<string, unknown>));

    // The imported register reads without file errors: nothing unparseable, no schema error but the reviewed dates left for the owners.
    const { findings } = checkRegister(imported, { today: '2026-11-29' });
    const fileErrors = findings.filter((f) => ['yaml-syntax', 'file-unreadable', 'schema', 'id-mismatch', 'duplicate-id', 'flow-party-unknown', 'unknown-partnership'].includes(f.rule));
    expect(fileErrors.filter((f) => !(f.rule === 'schema' && f.data.key === 'reviewed')).map((f) => `${f.file}: ${f.rule} ${JSON.stringify(f.data)}`)).toEqual([]);
    expect(fileErrors.filter((f) => f.rule === 'schema')).toHaveLength(original.processing.length + original.partnerships.length);
  });
});

describe('the commands as a user runs them', () => {
  it('imports and exports through node bin/register-check.js', async () => {
    const dir = await exampleCopy();
    const work = await tempDir();
    const file = path.join(work, 'register.xlsx');
    const exported = cli(['export', dir, '--format', 'xlsx', '--out', file], work);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`Verwerkingen geschreven naar ${file}: 10.`);
    const imported = cli(['import', file, '--out', path.join(work, 'new')], work);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('10 van 10');
    expect(imported.stderr).toBe('');
    const help = cli(['import', '--help'], work);
    expect(help.stdout).toContain('--mapping');
    expect(cli(['export', '--help'], work).stdout).toContain('--format xlsx|csv|vng-json');
  });
});
