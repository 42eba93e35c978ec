/**
 * Reads a spreadsheet (xlsx with exceljs, CSV with csv-parse) into rows of cells with their kind, so that the
 * import can tell text from a number that may be an Excel date. CSV: ";" or "," (whichever the first line holds
 * more of), UTF-8 with or without a byte-order mark, else Windows-1252 (the encoding Excel on Windows saves in).
 */

import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { sayBoth } from '../report/vocabulary.js';
import { TransferError } from './errors.js';

/** One cell as read: its text, and whether the spreadsheet held it as a number or a date. */
export interface Cell {
  text: string;
  kind: 'text' | 'number' | 'date' | 'empty';
  /** For a number cell: the number. */
  number?: number;
  /** Whether this cell is part of a merged range and not its top-left cell (it repeats that cell's value). */
  mergedCopy?: boolean;
}

/** A sheet as rows of cells; `rows[i]` is spreadsheet row i + 1. */
export interface Table {
  sheet?: string;
  rows: Cell[][];
}

const EMPTY: Cell = { text: '', kind: 'empty' };

/** A date as YYYY-MM-DD, read in UTC (exceljs gives a spreadsheet date as midnight UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date an Excel serial number stands for (1900 date system, with its leap-year quirk), or undefined outside 1900–9999. */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465) return undefined;
  // Serial 25569 is 1970-01-01; from serial 61 (1900-03-01) on, the days count right.
  return isoDate(new Date((serial - 25569) * 86_400_000));
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { text: value, kind: 'text' };
  if (typeof value === 'number') return { text: String(value), kind: 'number', number: value };
  if (typeof value === 'boolean') return { text: String(value), kind: 'text' };
  if (value instanceof Date) return { text: isoDate(value), kind: 'date' };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return cellOf(value.richText.map((part) => part.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return cellOf((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return EMPTY;
  }
  return { text: String(value), kind: 'text' };
}

/** The rows of one worksheet. */
function sheetTable(sheet: ExcelJS.Worksheet): Table {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = cellOf(cell.value);
      cells[column - 1] = cell.isMerged && cell.master !== cell ? { ...read, mergedCopy: true } : read;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet: sheet.name, rows };
}

/**
 * Reads the first worksheet of an xlsx file, or the one named `sheetName`, and the workbook's other worksheets
 * (where a sheet of partnerships may be), each read only when asked for.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table & { others: { name: string; table: () => Table }[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new TransferError(sayBoth('transfer.error.notXlsx'));
  }
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    throw new TransferError(
      sheetName === undefined ? sayBoth('transfer.error.noSheet') : sayBoth('transfer.error.sheetMissing', { sheet: sheetName, sheets: workbook.worksheets.map((w) => w.name).join(', ') }),
    );
  }
  const others = workbook.worksheets.filter((w) => w !== sheet).map((w) => ({ name: w.name, table: () => sheetTable(w) }));
  return { ...sheetTable(sheet), others };
}

/** The Excel serial number a date cell may hold: a cell kept as a number, or five digits alone in CSV. */
export function serialIn(cell: Cell): number | undefined {
  if (cell.kind === 'number' && cell.number !== undefined && excelSerialDate(cell.number)) return cell.number;
  const digits = cell.text.trim();
  return /^\d{5}$/.test(digits) && excelSerialDate(Number(digits)) ? Number(digits) : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** The text of CSV bytes: UTF-8 (a byte-order mark dropped) when they are valid UTF-8, otherwise Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(body), encoding: 'windows-1252' };
  }
}

/** The separator of a CSV text: ";" or ",", whichever its first line holds more of outside quotes (a tie is ","). */
export function csvDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads CSV bytes into rows of text cells. */
export function readCsv(bytes: Uint8Array): Table & { encoding: 'utf-8' | 'windows-1252'; delimiter: ';' | ',' } {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = csvDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    throw new TransferError(sayBoth('transfer.error.csv', { detail: (error as Error).message.split('\n')[0] }));
  }
  // A cell an export wrote as '=… (so that Excel shows it as text) is read back without the quote.
  const rows = records.map((record) => record.map((text): Cell => (text.trim() === '' ? EMPTY : { text: unprotect(text), kind: 'text' })));
  return { rows, encoding, delimiter };
}

/** Characters that make a spreadsheet program read a cell as a formula. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A cell text that a spreadsheet program will show as text, never run as a formula: a leading ' before =, +, -, @. */
export function protect(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text;
}

/** The text {@link protect} was given. */
export function unprotect(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.has(text[1]) ? text.slice(1) : text;
}
