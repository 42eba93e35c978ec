/** `register-check codeowners`: writes (or, with --check, compares) the register's block in .github/CODEOWNERS. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadRegister } from '../load.js';
import { FileSystemSource } from '../source.js';
import { BrokenBlockError, CODEOWNERS_BEGIN, CODEOWNERS_END, CODEOWNERS_PATH, codeownersRules, updateCodeowners } from '../codeowners.js';
import { say, sayBoth, sayCount } from '../report/vocabulary.js';
import { terminalText } from '../report/escape.js';
import { UsageError, type CommandContext } from './options.js';
import { registerConfiguration, registerFolder } from './check.js';

/** The file as it stands, or undefined when there is none; never through a link. */
async function readExisting(file: string, shown: string): Promise<string | undefined> {
  const stat = await fs.lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!stat) return undefined;
  if (!stat.isFile()) throw new UsageError(sayBoth('codeowners.notAFile', { file: shown }), false);
  return fs.readFile(file, 'utf8');
}

export async function run(ctx: CommandContext): Promise<number> {
  const { values, io } = ctx;
  const dir = await registerFolder(ctx);
  const { config, root, realDir } = await registerConfiguration(ctx, dir);
  const { language } = ctx;
  const register = await loadRegister(new FileSystemSource(dir), config);
  const relative = path.relative(root, realDir).split(path.sep).join('/');
  const { rules, skipped } = codeownersRules(register, relative ? `${relative}/` : '');
  // Register text (file names, owners) reaches a terminal: no escape sequences, no line breaks.
  for (const skip of skipped) {
    io.stderr(`register-check: ${say(skip.reason === 'owner' ? 'codeowners.skippedOwner' : 'codeowners.skippedPath', language, { file: terminalText(skip.file), owner: terminalText(skip.owner) })}\n`);
  }
  const file = path.join(root, CODEOWNERS_PATH);
  const existing = await readExisting(file, CODEOWNERS_PATH);
  // The note is said in both languages, so the block does not change with the reader's language.
  const block = [`# ${say('codeowners.note', 'nl')}`, `# ${say('codeowners.note', 'en')}`, ...rules];
  let update: ReturnType<typeof updateCodeowners>;
  try {
    update = updateCodeowners(existing, block);
  } catch (error) {
    if (error instanceof BrokenBlockError) throw new UsageError(sayBoth('codeowners.broken', { file: CODEOWNERS_PATH, begin: CODEOWNERS_BEGIN, end: CODEOWNERS_END }), false);
    throw error;
  }
  const entries = sayCount('entry', rules.length, language);
  if (!update.changed) {
    io.stdout(`${say('codeowners.upToDate', language, { file: CODEOWNERS_PATH, entries })}\n`);
    return 0;
  }
  if (values.check) {
    const { drift } = update;
    const lines = [
      say('codeowners.outOfDate', language, { file: CODEOWNERS_PATH }),
      ...(drift.missing ? [say('codeowners.missing', language)] : []),
      ...(drift.notLast ? [say('codeowners.notLast', language)] : []),
      ...drift.added.map((line) => `  ${say('codeowners.add', language, { line: terminalText(line) })}`),
      ...drift.removed.map((line) => `  ${say('codeowners.remove', language, { line: terminalText(line) })}`),
      ...(!drift.missing && !drift.notLast && drift.added.length === 0 && drift.removed.length === 0 ? [say('codeowners.otherText', language)] : []),
    ];
    io.stderr(`${lines.join('\n')}\n`);
    return 1;
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, update.text);
  io.stdout(`${say('codeowners.written', language, { file: CODEOWNERS_PATH, entries })}\n`);
  return 0;
}
