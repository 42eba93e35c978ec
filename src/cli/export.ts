/** `register-check export`: the register as a spreadsheet (xlsx, csv) or as VNG Verwerkingsactiviteit objects (vng-json). Reads only. */

import path from 'node:path';
import { loadRegister } from '../load.js';
import { FileSystemSource } from '../source.js';
import { CONFIG_PATH } from '../config.js';
import { say, sayBoth } from '../report/vocabulary.js';
import { isExportFormat, partnershipSheet, processingSheet, vngObjects, writeCsv, writeXlsx, type ExportFormat } from '../transfer/export.js';
import { progressLine } from '../transfer/progress.js';
import { registerConfiguration, registerFolder } from './check.js';
import { UsageError, writeOutputFile, type CommandContext } from './options.js';

/** The format a file's extension names, if any. */
function formatOfFile(file: string): ExportFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : extension === '.json' ? 'vng-json' : undefined;
}

export async function run(ctx: CommandContext): Promise<number> {
  const { values, io } = ctx;
  if (values.format !== undefined && !isExportFormat(values.format)) throw new UsageError(sayBoth('transfer.error.format', { value: values.format }));
  if (values.out === undefined) throw new UsageError(sayBoth('transfer.error.exportOut'));
  const format = (values.format as ExportFormat | undefined) ?? formatOfFile(values.out);
  if (format === undefined) throw new UsageError(sayBoth('transfer.error.exportOut'));
  const dir = await registerFolder(ctx);
  const { config } = await registerConfiguration(ctx, dir);
  const out = path.resolve(io.cwd, values.out);
  const register = await loadRegister(new FileSystemSource(dir), config);
  const relative = path.relative(dir, out).split(path.sep).join('/');
  if (register.paths.has(relative)) throw new UsageError(sayBoth('transfer.error.exportIntoRegister', { file: relative }), false);

  const language = ctx.language;
  const progress = progressLine(io, 'transfer.progress.export', language);
  let bytes: string | Uint8Array;
  if (format === 'vng-json') {
    const oin = config.export?.oin;
    if (typeof oin !== 'string') throw new UsageError(sayBoth('transfer.error.noOin', { config: CONFIG_PATH }), false);
    const { objects, notes } = vngObjects(register, oin);
    for (const note of notes) io.stderr(`${say(note.kind === 'noBasis' ? 'transfer.export.noBasis' : 'transfer.export.shortened', language, { id: note.id, field: note.field })}\n`);
    bytes = `${JSON.stringify(objects, null, 2)}\n`;
  } else {
    const sheet = processingSheet(register, language, progress.update);
    bytes = format === 'csv' ? writeCsv(sheet) : await writeXlsx([sheet, partnershipSheet(register, language)]);
  }
  progress.done();
  await writeOutputFile(out, bytes);
  io.stderr(`${say('transfer.export.written', language, { n: register.processing.length, file: values.out })}\n`);
  return 0;
}
