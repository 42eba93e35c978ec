/** `register-check report`: checks the register and writes the council report into a folder outside it. */

import path from 'node:path';
import { checkRegister } from '../check.js';
import { loadRegister } from '../load.js';
import { FileSystemSource } from '../source.js';
import { say, sayBoth } from '../report/vocabulary.js';
import { buildReport } from '../site/index.js';
import { assertOutsideRegister, SiteWriteError, writeSite } from '../site/write.js';
import { folderArgument, registerConfiguration, registerFolder, todayOption } from './check.js';
import { UsageError, type CommandContext } from './options.js';

export async function run(ctx: CommandContext): Promise<number> {
  folderArgument(ctx);
  const today = todayOption(ctx);
  if (ctx.values.out === undefined) throw new UsageError(sayBoth('cli.report.outNeeded'));
  const dir = await registerFolder(ctx);
  const out = path.resolve(ctx.io.cwd, ctx.values.out);
  try {
    // Refused before anything is read or written: the report never goes into the register.
    await assertOutsideRegister(out, dir);
    const { config } = await registerConfiguration(ctx, dir);
    const register = await loadRegister(new FileSystemSource(dir), config);
    const result = checkRegister(register, { config, today });
    const files = buildReport({ register, result, config, today, language: ctx.language });
    const written = await writeSite(out, files);
    ctx.io.stdout(`${say('cli.report.wrote', ctx.language, { n: written.length, out })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SiteWriteError) throw new UsageError(error.text, false);
    throw error;
  }
}
