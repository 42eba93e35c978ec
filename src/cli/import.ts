/** `register-check import`: a spreadsheet of processing activities becomes a register folder, with a report of what to review. */

import path from 'node:path';
import { say, sayBoth } from '../report/vocabulary.js';
import { TransferError } from '../transfer/errors.js';
import { REPORT_FILE, planImport, writePlan, type ImportOptions } from '../transfer/import.js';
import { renderMarkdown, renderText, type ReportInput } from '../transfer/report.js';
import { progressLine } from '../transfer/progress.js';
import { UsageError, type CommandContext } from './options.js';

export async function run(ctx: CommandContext): Promise<number> {
  const { values, io } = ctx;
  const [input, ...rest] = ctx.args;
  if (input === undefined) throw new UsageError(sayBoth('transfer.error.noInput'));
  if (rest.length > 0) throw new UsageError(sayBoth('transfer.error.oneInput', { value: rest[0] }));
  if (values.out === undefined) throw new UsageError(sayBoth('transfer.error.noOut'));
  const progress = progressLine(io, 'transfer.progress.import', ctx.language);
  const options: ImportOptions = {
    input: path.resolve(io.cwd, input),
    dir: path.resolve(io.cwd, values.out),
    mapping: values.mapping === undefined ? undefined : path.resolve(io.cwd, values.mapping),
    force: values.force === true,
    language: ctx.language,
    progress: progress.update,
  };
  try {
    const plan = await planImport(options);
    progress.done();
    const report = (result: ReportInput['result']): ReportInput => ({ plan, result, input, dir: values.out!, language: ctx.language });
    const result = await writePlan(plan, options, (r) => renderMarkdown(report(r)));
    const written = result.written.includes(REPORT_FILE);
    const file = path.join(values.out, REPORT_FILE);
    io.stdout(`${renderText(report(result))}${say(written ? 'transfer.report.file.written' : 'transfer.report.file.kept', ctx.language, { file })}\n`);
    return 0;
  } catch (error) {
    progress.done();
    if (error instanceof TransferError) throw new UsageError(error.text, false);
    throw error;
  }
}
