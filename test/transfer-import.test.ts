/** Import from spreadsheets: fixtures written here with exceljs or as bytes, each imported and read back field by field. */

import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { main } from '../src/cli.js';
import { loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { FileSystemSource } from '../src/source.js';
import { readBasisLine } from '../src/transfer/cells.js';
import { matchHeader } from '../src/transfer/columns.js';
import { safeTarget } from '../src/transfer/import.js';
import { excelSerialDate } from '../src/transfer/read.js';
import { TransferError } from '../src/transfer/errors.js';

const temporary: string[] = [];
afterEach(async () => {
  for (const dir of temporary.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'transfer-import-'));
  temporary.push(dir);
  return dir;
}

/** Runs the CLI in-process; returns exit code and output. */
async function run(args: string[], cwd: string, isTty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty });
  return { code, stdout, stderr };
}

/** Writes an xlsx made by `build` and returns its path. */
async function xlsx(dir: string, build: (ws: ExcelJS.Worksheet) => void, name = 'register.xlsx'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Register'));
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function readYaml(file: string): Promise<Record<string, unknown>> {
  return parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
}

/** Every file below a folder, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

const DUTCH_HEADER = ['Verwerking', 'Doel van de verwerking', 'Verwerkingsgrondslag', 'Categorieën betrokkenen', 'Categorieën persoonsgegevens', 'Categorieën bijzondere persoonsgegevens', 'Categorieën ontvangers', 'Bewaartermijn', 'Beveiligingsmaatregelen', 'Naam verwerker', 'Verwerkersovereenkomst', 'PIA uitgevoerd'];

describe('import of a Dutch model register (xlsx)', () => {
  it('reads a title block, odd spacing, merged cells, empty rows, Excel dates and placeholders, field by field', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.getCell('A1').value = 'Verwerkingsregister Gemeente Proefstad';
      ws.mergeCells('A1:D1');
      // Odd spacing and case in the headers; the header is on row 3.
      ws.getRow(3).values = DUTCH_HEADER.map((h, i) => (i === 1 ? '  doel  VAN de   verwerking ' : i === 7 ? 'Bewaar-termijn' : h));
      ws.getRow(4).values = [
        'Schuldhulpverlening',
        'Beoordelen van een verzoek om schuldhulp\nBudgetbeheer',
        'Wettelijke verplichting: Wet gemeentelijke schuldhulpverlening, art. 3\nart. 6 lid 1 sub e AVG; Wmo 2015, art. 2.3.2',
        'Inwoners met schulden',
        'NAW-gegevens\nInkomen en schulden',
        'Gezondheidsgegevens',
        'Zorg- en Veiligheidshuis\nStadsbank Voorbeeld',
        '[bewaartermijn]',
        'Rolgebaseerde toegang',
        'Leverancier Schuldsysteem B.V.',
        'VO-2021-12 — 2021-03-01',
        44713,
      ];
      // Row 5 is empty on purpose.
      ws.getRow(6).values = ['Parkeervergunningen', 'Verlenen van parkeervergunningen', 'Publiekrechtelijke taak', 'Bewoners', 'Kenteken', 'nee', 'RIEC', '2 jaar', '', '', '', 'Ja'];
      ws.getRow(7).values = ['Leerplicht', 'Toezicht op leerplicht', 'Convenant Thuiszitters 2020', 'Jongeren', 'NAW', '', 'Dienst Uitvoering Onderwijs', '5 jaar', '', '', '', 'Niet nodig — geen bijzondere gegevens'];
    });
    const out = path.join(dir, 'out');
    const result = await run(['import', file, '--out', out], dir);
    expect(result.code).toBe(0);

    expect(await tree(out)).toEqual([
      'IMPORT-REPORT.md',
      'partnerships/riec.yml',
      'partnerships/zorg-en-veiligheidshuis.yml',
      'processing/leerplicht.yml',
      'processing/parkeervergunningen.yml',
      'processing/schuldhulpverlening.yml',
      'register.yml',
    ]);
    const first = await fs.readFile(path.join(out, 'processing/schuldhulpverlening.yml'), 'utf8');
    expect(first.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/processing-activity.schema.json');
    expect(await readYaml(path.join(out, 'processing/schuldhulpverlening.yml'))).toEqual({
      id: 'schuldhulpverlening',
      name: 'Schuldhulpverlening',
      purposes: ['Beoordelen van een verzoek om schuldhulp', 'Budgetbeheer'],
      legal_basis: [
        { ground: 'legal-obligation', provision: 'Wet gemeentelijke schuldhulpverlening, art. 3' },
        { ground: 'public-task', provision: 'Wmo 2015, art. 2.3.2' },
      ],
      data_subjects: ['Inwoners met schulden'],
      personal_data: [{ category: 'NAW-gegevens' }, { category: 'Inkomen en schulden' }, { category: 'Gezondheidsgegevens', special: 'health' }],
      recipients: [{ partnership: 'zorg-en-veiligheidshuis' }, { organisation: 'Stadsbank Voorbeeld' }],
      retention: '[bewaartermijn]',
      security: 'Rolgebaseerde toegang',
      processors: [{ organisation: 'Leverancier Schuldsysteem B.V.', agreement: { reference: 'VO-2021-12', signed: '2021-03-01' } }],
    });
    expect(await readYaml(path.join(out, 'processing/parkeervergunningen.yml'))).toEqual({
      id: 'parkeervergunningen',
      name: 'Parkeervergunningen',
      purposes: ['Verlenen van parkeervergunningen'],
      legal_basis: [{ ground: 'public-task' }],
      data_subjects: ['Bewoners'],
      personal_data: [{ category: 'Kenteken' }],
      recipients: [{ partnership: 'riec' }],
      retention: '2 jaar',
    });
    expect(await readYaml(path.join(out, 'processing/leerplicht.yml'))).toMatchObject({ dpia: { required: false, reason: 'geen bijzondere gegevens' } });
    expect((await readYaml(path.join(out, 'processing/leerplicht.yml'))).legal_basis).toBeUndefined();
    expect(await readYaml(path.join(out, 'partnerships/zorg-en-veiligheidshuis.yml'))).toEqual({ id: 'zorg-en-veiligheidshuis', name: 'Zorg- en Veiligheidshuis' });
    expect(await readYaml(path.join(out, 'register.yml'))).toEqual({ organisation: { name: '[naam van de organisatie]' } });

    // The report names each gap at its row and column.
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    const rows = report.split('\n').filter((l) => l.startsWith('| '));
    const has = (row: string, column: string, words: string) => rows.some((l) => l.startsWith(`| ${row} `) && l.includes(column) && l.includes(words));
    expect(has('4', 'Bewaar-termijn', 'bewaartermijn')).toBe(true);
    expect(has('4', 'PIA uitgevoerd', '44713') && has('4', 'PIA uitgevoerd', '2022-06-01')).toBe(true);
    expect(has('4', 'Categorieën ontvangers', 'partnerships/zorg-en-veiligheidshuis.yml')).toBe(true);
    expect(has('6', 'Verwerkingsgrondslag', 'Publiekrechtelijke taak')).toBe(true);
    expect(has('6', 'PIA uitgevoerd', 'Ja')).toBe(true);
    expect(has('7', 'Verwerkingsgrondslag', 'Convenant Thuiszitters 2020')).toBe(true);
    expect(report).toContain('reviewed');
    expect(result.stdout).toContain('IMPORT-REPORT.md');
    // Nothing from the merged title cell or the empty row became an activity.
    expect(report).not.toMatch(/Verwerkingsregister Gemeente Proefstad/);
  });

  it('gives a first check a work list with the rules for the gaps, and loads without file errors', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(DUTCH_HEADER);
      ws.addRow(['Schuldhulp', 'Schuldhulp bieden', 'Publiekrechtelijke taak', 'Inwoners', 'NAW', '', 'Wijkteam Noord', '[bewaartermijn]', '', '', '', '']);
    });
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out], dir)).code).toBe(0);
    const register = await loadRegister(new FileSystemSource(out));
    const { findings } = checkRegister(register, { today: '2026-06-01' });
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules.has('yaml-syntax')).toBe(false);
    expect(rules.has('file-unreadable')).toBe(false);
    for (const rule of ['placeholder-value', 'legal-basis-provision-missing', 'schema']) expect(rules, rule).toContain(rule);
    // reviewed and owner are left for the owner: the schema rule names them.
    const schemaMessages = findings.filter((f) => f.rule === 'schema' && f.file === 'processing/schuldhulp.yml').map((f) => JSON.stringify(f.data));
    expect(schemaMessages.join(' ')).toMatch(/reviewed/);
    // The new register.yml's placeholder name is on the list too.
    expect(findings.some((f) => f.rule === 'placeholder-value' && f.file === 'register.yml')).toBe(true);
  });
});

describe('import of other layouts', () => {
  it('reads English headers', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Processing activity', 'Owner', 'Purposes of the processing', 'Legal basis', 'Categories of data subjects', 'Categories of personal data', 'Categories of recipients', 'Retention period']);
      ws.addRow(['Dog tax', 'team-tax', 'Levying dog tax', 'GDPR Art. 6(1)(e) (public task) — Gemeentewet, art. 226', 'Dog owners', 'Name and address', 'Tax collector', '7 years']);
    });
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out, '--language', 'en'], dir)).code).toBe(0);
    expect(await readYaml(path.join(out, 'processing/dog-tax.yml'))).toEqual({
      id: 'dog-tax',
      name: 'Dog tax',
      owner: 'team-tax',
      purposes: ['Levying dog tax'],
      legal_basis: [{ ground: 'public-task', provision: 'Gemeentewet, art. 226' }],
      data_subjects: ['Dog owners'],
      personal_data: [{ category: 'Name and address' }],
      recipients: [{ organisation: 'Tax collector' }],
      retention: '7 years',
    });
    expect(await readYaml(path.join(out, 'register.yml'))).toEqual({ organisation: { name: '[name of the organisation]' } });
  });

  it('asks for a statutory article (Art. 6(3)) only with a legal obligation or public task', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Verwerkingsgrondslag', 'Bewaartermijn']);
      ws.addRow(['Nieuwsbrief', 'Toestemming — aanmeldformulier op de website', '1 jaar']);
      ws.addRow(['Hondenbelasting', 'Publieke taak — Gemeentewet', '7 jaar']);
    });
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out], dir)).code).toBe(0);
    expect((await readYaml(path.join(out, 'processing/nieuwsbrief.yml'))).legal_basis).toEqual([{ ground: 'consent', provision: 'aanmeldformulier op de website' }]);
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    expect(report).toContain('"Gemeentewet" noemt geen artikel');
    expect(report).not.toContain('aanmeldformulier op de website" noemt geen artikel');
  });

  it('takes a header cell merged over two columns as one column, and reports a real duplicate', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Bewaartermijn', '', 'Doel van de verwerking', 'Doel', 'Opmerkingen']);
      ws.mergeCells('B1:C1');
      ws.addRow(['Leerplicht', '5 jaar', 'restje', 'Toezicht', 'Tweede doel', 'intern']);
    });
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out], dir)).code).toBe(0);
    const data = await readYaml(path.join(out, 'processing/leerplicht.yml'));
    expect(data.retention).toBe('5 jaar');
    expect(data.purposes).toEqual(['Toezicht']);
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    expect(report.match(/staat er twee keer/g)).toHaveLength(1);
    expect(report).toContain('"Doel"');
    expect(report).toContain('"Opmerkingen"');
  });

  it('reads a Windows-1252 CSV separated by ";"', async () => {
    const dir = await tempDir();
    const text = 'Verwerking;Categorieën betrokkenen;Bewaartermijn;Verwerkingsgrondslag\r\nBeëindiging uitkering;Cliënten;"10 jaar; daarna vernietigen";"art. 6 lid 1 sub c AVG; Participatiewet, art. 64"\r\n';
    const bytes = Buffer.from([...text].map((c) => ({ ë: 0xeb }[c] ?? c.charCodeAt(0))));
    expect(bytes.includes(0xeb)).toBe(true);
    const file = path.join(dir, 'register.csv');
    await fs.writeFile(file, bytes);
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out], dir)).code).toBe(0);
    expect(await readYaml(path.join(out, 'processing/beeindiging-uitkering.yml'))).toEqual({
      id: 'beeindiging-uitkering',
      name: 'Beëindiging uitkering',
      legal_basis: [{ ground: 'legal-obligation', provision: 'Participatiewet, art. 64' }],
      data_subjects: ['Cliënten'],
      retention: '10 jaar; daarna vernietigen',
    });
  });

  it('reads a UTF-8 CSV with a byte-order mark separated by ",", with a "44713" and a duplicate name', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'register.csv');
    await fs.writeFile(file, '\ufeffVerwerking,Doel van de verwerking,PIA uitgevoerd,Id\nBijstand,"Beoordelen, betalen",44713,\nBijstand,Terugvorderen,"DPIA-7 — 2024-02-01",Bijstand!\n');
    const out = path.join(dir, 'out');
    const result = await run(['import', file, '--out', out], dir);
    expect(result.code).toBe(0);
    expect(await readYaml(path.join(out, 'processing/bijstand.yml'))).toEqual({ id: 'bijstand', name: 'Bijstand', purposes: ['Beoordelen, betalen'] });
    expect(await readYaml(path.join(out, 'processing/bijstand-2.yml'))).toEqual({ id: 'bijstand-2', name: 'Bijstand', purposes: ['Terugvorderen'], dpia: { reference: 'DPIA-7', date: '2024-02-01' } });
    expect(result.stdout).toMatch(/2 +PIA uitgevoerd +44713 lijkt een datum/);
    expect(result.stdout).toContain('bijstand-2');
  });

  it('maps other headers with a mapping file, and refuses a mapping to a field that does not exist', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Activiteit', 'Wettelijke basis', 'Hoe lang']);
      ws.addRow(['Hondenbelasting', 'wettelijke verplichting — Gemeentewet, art. 226', '7 jaar']);
    }, 'tool-export.xlsx');
    const mapping = path.join(dir, 'mapping.yml');
    await fs.writeFile(mapping, 'sheet: Register\ncolumns:\n  Activiteit: name\n  Hoe lang: retention\n');
    const out = path.join(dir, 'out');
    expect((await run(['import', file, '--out', out, '--mapping', mapping], dir)).code).toBe(0);
    expect(await readYaml(path.join(out, 'processing/hondenbelasting.yml'))).toEqual({
      id: 'hondenbelasting',
      name: 'Hondenbelasting',
      legal_basis: [{ ground: 'legal-obligation', provision: 'Gemeentewet, art. 226' }],
      retention: '7 jaar',
    });
    await fs.writeFile(mapping, 'columns:\n  Activiteit: naam\n');
    const bad = await run(['import', file, '--out', path.join(dir, 'out2'), '--mapping', mapping], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"naam"');
    expect(await tree(path.join(dir, 'out2'))).toEqual([]);
  });
});

/** A workbook of a processing sheet and a partnership sheet written by hand (English headers, as an export writes them). */
async function withPartnershipSheet(dir: string, partnershipRows: string[][], sheetName = 'Partnerships'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const activities = workbook.addWorksheet('Processing activities');
  activities.addRow(['Processing activity', 'Purposes of the processing', 'Categories of recipients']);
  activities.addRow(['Casusoverleg', 'Aanpak van complexe casuïstiek', 'Partnership: Zorg- en Veiligheidshuis (zvh)\nPartnership: Wijkteam Noord']);
  const partnerships = workbook.addWorksheet(sheetName);
  partnerships.addRow(['Id', 'Partnership', 'Owner', 'Started', 'Participants (kind, role)', 'Agreements', 'Data from', 'Data to', 'Data', 'Special, criminal or sensitive data', 'Legal basis', 'Necessity', 'Feeds decisions']);
  for (const row of partnershipRows) partnerships.addRow(row);
  const file = path.join(dir, 'register.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

const ZVH_PARTICIPANTS = 'Gemeente Proefstad (gemeente) — municipality — joint controller — own organisation\nPolitie — police — joint controller';

describe('import of the partnership sheet', () => {
  it('writes each partnership with participants, agreements and flows; a recipient it describes gets no starting file', async () => {
    const dir = await tempDir();
    const file = await withPartnershipSheet(dir, [
      ['zvh', 'Zorg- en Veiligheidshuis', 'team-veiligheid', '2020-01-01', ZVH_PARTICIPANTS, 'covenant — Convenant ZVH 2019 — 2019-11-28\njoint-controller arrangement — Regeling ZVH — effective: 2020-01-01 — https://proefstad.nl/zvh', 'Politie', 'Gemeente Proefstad', 'Politiecontacten', 'criminal', 'GDPR Art. 6(1)(c) — Wet politiegegevens, art. 20', 'Voor het plan van aanpak', 'yes'],
      // A second flow: the partnership's own columns left empty, the recipient named by its id.
      ['zvh', '', '', '', '', '', 'gemeente', 'politie', 'Plan van aanpak', 'health, sensitive', 'public task — Wmo 2015, art. 5.1.1', '', ''],
    ]);
    const out = path.join(dir, 'register');
    const result = await run(['import', file, '--out', out, '--language', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sheet Partnerships (header in row 1): 1 partnerships');
    expect(await readYaml(path.join(out, 'partnerships/zvh.yml'))).toEqual({
      id: 'zvh',
      name: 'Zorg- en Veiligheidshuis',
      owner: 'team-veiligheid',
      started: '2020-01-01',
      participants: [
        { id: 'gemeente', name: 'Gemeente Proefstad', kind: 'municipality', role: 'joint-controller', self: true },
        { id: 'politie', name: 'Politie', kind: 'police', role: 'joint-controller' },
      ],
      agreements: [
        { kind: 'covenant', reference: 'Convenant ZVH 2019', signed: '2019-11-28' },
        { kind: 'joint-controller-arrangement', reference: 'Regeling ZVH', effective: '2020-01-01', essence_published: 'https://proefstad.nl/zvh' },
      ],
      data_flows: [
        { from: 'politie', to: 'gemeente', data: ['Politiecontacten'], criminal: true, legal_basis: [{ ground: 'legal-obligation', provision: 'Wet politiegegevens, art. 20' }], necessity: 'Voor het plan van aanpak', decisions: true },
        { from: 'gemeente', to: 'politie', data: ['Plan van aanpak'], special: ['health'], sensitive: true, legal_basis: [{ ground: 'public-task', provision: 'Wmo 2015, art. 5.1.1' }] },
      ],
    });
    // The processing activity refers to the sheet's partnership; only the partnership the sheet lacks gets a starting file.
    expect((await readYaml(path.join(out, 'processing/casusoverleg.yml'))).recipients).toEqual([{ partnership: 'zvh' }, { partnership: 'wijkteam-noord' }]);
    expect(await tree(path.join(out, 'partnerships'))).toEqual(['wijkteam-noord.yml', 'zvh.yml']);
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    expect(report).toContain('Wijkteam Noord');
    expect(report).not.toContain('"Zorg- en Veiligheidshuis" is a partnership');
  });

  it('reports per row and column what it cannot read, and guesses nothing', async () => {
    const dir = await tempDir();
    const file = await withPartnershipSheet(dir, [
      ['zvh', 'Zorg- en Veiligheidshuis', 'team-veiligheid', '44197', `${ZVH_PARTICIPANTS}\nGGZ — zorginstelling — joint controller`, 'convenant zonder vindplaats', 'Politie', 'Reclassering', 'Politiecontacten', 'verdacht', 'wettelijke taak', '', 'misschien'],
      ['zvh', 'Zorg- en Veiligheidshuis Proefstad', '', '', '', '', 'Politie', 'Gemeente Proefstad', '', '', '', '', ''],
      ['', '', '', '', '', '', 'Politie', 'Gemeente Proefstad', '', '', '', '', ''],
    ]);
    const out = path.join(dir, 'register');
    expect((await run(['import', file, '--out', out, '--language', 'en'], dir)).code).toBe(0);
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    const item = (row: number, column: string) => report.split('\n').filter((l) => l.startsWith(`| ${row} `) && l.includes(`Partnerships: ${column}`));
    expect(item(2, 'Started').map((l) => l.includes('44197'))).toEqual([true]);
    expect(item(2, 'Participants (kind, role)').map((l) => l.includes('"zorginstelling"'))).toEqual([true]);
    expect(item(2, 'Agreements').map((l) => l.includes('convenant zonder vindplaats'))).toEqual([true]);
    expect(item(2, 'Data to').map((l) => l.includes('"Reclassering" is not a participant'))).toEqual([true]);
    expect(item(2, 'Special, criminal or sensitive data')).toHaveLength(1);
    expect(item(2, 'Legal basis').map((l) => l.includes('wettelijke taak'))).toEqual([true]);
    expect(item(2, 'Feeds decisions').map((l) => l.includes('misschien'))).toEqual([true]);
    expect(item(3, 'Partnership').map((l) => l.includes('Zorg- en Veiligheidshuis Proefstad'))).toEqual([true]);
    expect(report.split('\n').filter((l) => l.startsWith('| 4 ') && l.includes('names no partnership'))).toHaveLength(1);
    const zvh = await readYaml(path.join(out, 'partnerships/zvh.yml'));
    expect(zvh.name).toBe('Zorg- en Veiligheidshuis');
    expect(zvh.started).toBeUndefined();
    expect(zvh.agreements).toBeUndefined();
    expect((zvh.participants as unknown[])[2]).toEqual({ id: 'ggz', name: 'GGZ', role: 'joint-controller' });
    expect(zvh.data_flows).toEqual([{ from: 'politie', data: ['Politiecontacten'] }, { from: 'politie', to: 'gemeente' }]);
  });

  it('keeps an existing partnership file without --force, reads a sheet a mapping file names, and refuses one without the header', async () => {
    const dir = await tempDir();
    const file = await withPartnershipSheet(dir, [['zvh', 'Zorg- en Veiligheidshuis', '', '', ZVH_PARTICIPANTS, '', '', '', '', '', '', '', '']], 'Ketens');
    const out = path.join(dir, 'register');
    await fs.mkdir(path.join(out, 'partnerships'), { recursive: true });
    await fs.writeFile(path.join(out, 'partnerships/zvh.yml'), 'id: zvh\nname: eigen tekst\n');
    const mapping = path.join(dir, 'mapping.yml');
    await fs.writeFile(mapping, 'partnership_sheet: Ketens\ncolumns: {}\n');
    expect((await run(['import', file, '--out', out, '--mapping', mapping], dir)).code).toBe(0);
    expect(await fs.readFile(path.join(out, 'partnerships/zvh.yml'), 'utf8')).toBe('id: zvh\nname: eigen tekst\n');
    expect((await readYaml(path.join(out, 'processing/casusoverleg.yml'))).recipients).toEqual([{ partnership: 'zvh' }, { partnership: 'wijkteam-noord' }]);
    expect((await run(['import', file, '--out', out, '--force'], dir)).code).toBe(0);
    expect((await readYaml(path.join(out, 'partnerships/zvh.yml'))).name).toBe('Zorg- en Veiligheidshuis');

    await fs.writeFile(mapping, 'partnership_sheet: Processing activities\ncolumns: {}\n');
    const other = path.join(dir, 'other');
    const refused = await run(['import', file, '--out', other, '--mapping', mapping], dir);
    expect(refused.code).toBe(2);
    expect(await tree(other)).toEqual([]);
  });
});

describe('writing safely', () => {
  it('never overwrites without --force, and replaces with it', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Bewaartermijn']);
      ws.addRow(['Leerplicht', '5 jaar']);
    });
    const out = path.join(dir, 'out');
    await fs.mkdir(path.join(out, 'processing'), { recursive: true });
    await fs.writeFile(path.join(out, 'processing/leerplicht.yml'), 'id: leerplicht\n# mine\n');
    const kept = await run(['import', file, '--out', out], dir);
    expect(kept.code).toBe(0);
    expect(await fs.readFile(path.join(out, 'processing/leerplicht.yml'), 'utf8')).toBe('id: leerplicht\n# mine\n');
    expect(kept.stdout).toContain('processing/leerplicht.yml bestond al');
    // A second run keeps the report of the first too.
    const report = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    const again = await run(['import', file, '--out', out], dir);
    expect(again.stdout).toContain('IMPORT-REPORT.md bestond al');
    expect(await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8')).toBe(report);
    expect((await run(['import', file, '--out', out, '--force'], dir)).code).toBe(0);
    expect(await readYaml(path.join(out, 'processing/leerplicht.yml'))).toEqual({ id: 'leerplicht', name: 'Leerplicht', retention: '5 jaar' });
  });

  it('refuses a folder that leads outside the register folder, before writing anything', async () => {
    const dir = await tempDir();
    const elsewhere = path.join(dir, 'elsewhere');
    await fs.mkdir(elsewhere);
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Bewaartermijn']);
      ws.addRow(['Leerplicht', '5 jaar']);
    });
    const out = path.join(dir, 'out');
    await fs.mkdir(out);
    await fs.symlink(elsewhere, path.join(out, 'processing'));
    const result = await run(['import', file, '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('processing');
    expect(await tree(elsewhere)).toEqual([]);
    // Only the link the test made: no register.yml, no report.
    expect(await tree(out)).toEqual(['processing']);
    await expect(safeTarget(out, '../escape.yml')).rejects.toBeInstanceOf(TransferError);
    await expect(safeTarget(out, '/etc/passwd')).rejects.toBeInstanceOf(TransferError);
  });

  it('writes nothing when the input has no header it can read', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Iets', 'Anders']);
      ws.addRow(['a', 'b']);
    });
    const out = path.join(dir, 'out');
    const result = await run(['import', file, '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/kopregel/);
    await expect(fs.stat(out)).rejects.toThrow();
    expect((await run(['import', path.join(dir, 'register.txt'), '--out', out], dir)).code).toBe(2);
    expect((await run(['import', file], dir)).code).toBe(2);
  });

  it('lands hostile cell text as data: markup, YAML syntax, very long cells', async () => {
    const dir = await tempDir();
    const long = `${'Bewaren tot '.repeat(5_000)}einde.`;
    const hostile = {
      name: '<script>alert(1)</script>: name # not a comment',
      purpose: '- [x]: {a: b} & *alias !!str',
      retention: long,
      security: "'; DROP TABLE; --\n---\n...",
      subjects: '@mention #1 ` ``` ',
    };
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Doel van de verwerking', 'Bewaartermijn', 'Beveiligingsmaatregelen', 'Categorieën betrokkenen']);
      ws.addRow([hostile.name, hostile.purpose, hostile.retention, hostile.security, hostile.subjects]);
    });
    const out = path.join(dir, 'out');
    const result = await run(['import', file, '--out', out], dir);
    expect(result.code).toBe(0);
    const [activity] = await fs.readdir(path.join(out, 'processing'));
    expect(activity).toBe('script-alert-1-script-name-not-a-comment.yml');
    const data = await readYaml(path.join(out, 'processing', activity));
    expect(data.name).toBe(hostile.name);
    expect(data.purposes).toEqual(['[x]: {a: b} & *alias !!str']);
    expect(data.retention).toBe(long);
    expect(data.security).toBe(hostile.security);
    expect(data.data_subjects).toEqual([hostile.subjects.trim()]);
    const register = await loadRegister(new FileSystemSource(out));
    const { findings } = checkRegister(register, { today: '2026-06-01' });
    expect(findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'file-unreadable')).toEqual([]);
    const markdown = await fs.readFile(path.join(out, 'IMPORT-REPORT.md'), 'utf8');
    expect(markdown).not.toContain('<script>');
  });

  it('draws a progress line only on a terminal', async () => {
    const dir = await tempDir();
    const file = await xlsx(dir, (ws) => {
      ws.addRow(['Verwerking', 'Bewaartermijn']);
      for (let i = 0; i < 300; i++) ws.addRow([`Verwerking ${i}`, '1 jaar']);
    });
    const quiet = await run(['import', file, '--out', path.join(dir, 'a')], dir, false);
    expect(quiet.stderr).toBe('');
    const tty = await run(['import', file, '--out', path.join(dir, 'b')], dir, true);
    expect(tty.stderr).toContain('rij 250 van 300');
  });
});

describe('reading cells', () => {
  it.each([
    ['art. 6 lid 1 sub c', { kind: 'basis', ground: 'legal-obligation' }],
    ['Wettelijke verplichting', { kind: 'basis', ground: 'legal-obligation' }],
    ['Publiekrechtelijke taak', { kind: 'basis', ground: 'public-task' }],
    ['algemeen belang — Jeugdwet, art. 2.3', { kind: 'basis', ground: 'public-task', provision: 'Jeugdwet, art. 2.3' }],
    ['AVG art. 6 lid 1 onder e (taak van algemeen belang of openbaar gezag) — Participatiewet, art. 7 lid 1 — https://wetten.overheid.nl/x', { kind: 'basis', ground: 'public-task', provision: 'Participatiewet, art. 7 lid 1', link: 'https://wetten.overheid.nl/x' }],
    ['artikel 6, eerste lid, onder a AVG', { kind: 'basis', ground: 'consent' }],
    ['GDPR Art. 6(1)(f)', { kind: 'basis', ground: 'legitimate-interest' }],
    // Another act's article 6 is no GDPR ground; a phrase that could be c or e is not guessed.
    ['Gemeentewet art. 6 lid 1 onder a', { kind: 'unknown' }],
    ['Wettelijke taak', { kind: 'unknown' }],
    ['Overeenkomst', { kind: 'unknown' }],
    ['Convenant Veiligheidshuis', { kind: 'unknown' }],
    ['art. 6 lid 1 sub c en art. 6 lid 1 sub e AVG', { kind: 'ambiguous' }],
    ['Wettelijke verplichting — zie AVG art. 6 lid 1 onder e', { kind: 'ambiguous' }],
    ['Wettelijke verplichting — AVG art. 6 lid 1 onder c; Participatiewet, art. 64', { kind: 'basis', ground: 'legal-obligation', provision: 'AVG art. 6 lid 1 onder c; Participatiewet, art. 64' }],
    ['Wettelijke verplichting — Gemeentewet art. 6 lid 1 onder a', { kind: 'basis', ground: 'legal-obligation', provision: 'Gemeentewet art. 6 lid 1 onder a' }],
    // Point (b) needs a contract with the data subject: a bare "contract" may be one between organisations.
    ['Contract', { kind: 'unknown' }],
    ['Contract met Parkeerbeheer B.V.', { kind: 'unknown' }],
    ['Performance of a contract', { kind: 'basis', ground: 'contract' }],
    ['AVG art. 6 lid 1 onder c (taak van algemeen belang)', { kind: 'ambiguous' }],
  ])('reads the legal basis %j', (line, expected) => {
    expect(readBasisLine(line)).toEqual(expected);
  });

  it.each([
    ['Verwerking', 'name'],
    ['  CATEGORIEËN   persoons-gegevens ', 'personal_data'],
    ['Categorien persoonsgegevens', 'personal_data'],
    ['Bewaartermijnen', 'retention'],
    ['Retention period', 'retention'],
    ['Opmerkingen', undefined],
    ['x'.repeat(100_000), undefined],
  ])('matches the header %#', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('reads Excel serial dates as the days Excel counts', () => {
    expect(excelSerialDate(44713)).toBe('2022-06-01');
    expect(excelSerialDate(25569)).toBe('1970-01-01');
    expect(excelSerialDate(12.5)).toBeUndefined();
  });
});
