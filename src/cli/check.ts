/** `register-check check`: loads the register (and a base version), checks it and renders the findings. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkRegister, failsOn, localToday } from '../check.js';
import { ParseCache, loadRegister } from '../load.js';
import { FileSystemSource } from '../source.js';
import { GitSource } from '../git-source.js';
import { CONFIG_PATH, findRepositoryRoot, readConfigFile, resolveConfig } from '../config.js';
import type { CheckConfig } from '../model.js';
import { FORMATS, RENDERERS, isFormat } from '../report/index.js';
import { say, sayBoth } from '../report/vocabulary.js';
import { isIsoDate } from '../model.js';
import { UsageError, writeOutputFile, type CommandContext } from './options.js';

const exec = promisify(execFile);

/** A prefix as the user wrote it, made a clean repository-relative folder ("register/"), or an error. */
function normalisePathPrefix(raw: string): string {
  const parts = raw.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (/^([a-zA-Z]:)?[\\/]/.test(raw) || parts.includes('..')) {
    throw new UsageError(sayBoth('cli.badPathPrefix', { value: raw }));
  }
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}

/** `dir` relative to `root` as a folder prefix with forward slashes ("register/"), or "" for the root itself. */
function relativeFolder(root: string, dir: string): string {
  const relative = path.relative(root, dir).split(path.sep).join('/');
  return relative ? `${relative}/` : '';
}

async function baseSource(dir: string, ref: string): Promise<GitSource> {
  let top: string;
  try {
    top = (await exec('git', ['-C', dir, 'rev-parse', '--show-toplevel'])).stdout.trim();
  } catch {
    throw new UsageError(sayBoth('cli.baseNoRepository', { dir }));
  }
  let commit: string;
  try {
    commit = await GitSource.resolve(top, ref);
  } catch {
    throw new UsageError(sayBoth('cli.baseUnknownRevision', { ref }));
  }
  const realDir = await fs.realpath(dir);
  const realTop = await fs.realpath(top);
  const prefix = path.relative(realTop, realDir).split(path.sep).join('/');
  return new GitSource(top, commit, prefix);
}

/** The date deadlines are measured against: `--today` or the local date; a malformed date is a usage error. */
export function todayOption(ctx: CommandContext): string {
  const today = ctx.values.today ?? localToday(ctx.io.now);
  if (!isIsoDate(today)) throw new UsageError(sayBoth('cli.badToday', { value: today }));
  return today;
}

/** The register folder a command is given (default: the current folder), one only. */
export function folderArgument(ctx: CommandContext): string | undefined {
  const [dirArg, ...rest] = ctx.args;
  if (rest.length > 0) throw new UsageError(sayBoth('cli.oneFolder', { value: rest[0] }));
  return dirArg;
}

/** The register folder a command is given, made absolute; it must exist. */
export async function registerFolder(ctx: CommandContext): Promise<string> {
  const dir = path.resolve(ctx.io.cwd, folderArgument(ctx) ?? '.');
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(sayBoth('cli.noFolder', { dir }));
  return dir;
}

/**
 * The configuration for a register folder, read where the Action reads it: at the repository root (or from
 * `--config`). Sets the language from it unless `--language` was given. Warns about a file the check would not read.
 */
export async function registerConfiguration(ctx: CommandContext, dir: string) {
  const { values, io } = ctx;
  const { root, inRepository } = await findRepositoryRoot(dir);
  const realDir = await fs.realpath(dir);
  if (values.config === undefined && root !== realDir && (await fs.lstat(path.join(realDir, CONFIG_PATH)).then(() => true, () => false))) {
    io.stderr(`${say('cli.configNotRead', ctx.language, { file: path.join(realDir, CONFIG_PATH), root: path.join(root, CONFIG_PATH) })}\n`);
  }
  const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : path.join(root, CONFIG_PATH);
  const config = await readConfigFile(configFile, { required: values.config !== undefined });
  const settings = resolveConfig(config);
  if (values.language === undefined) ctx.language = settings.language;
  return { config, settings, root, realDir, inRepository };
}

export async function run(ctx: CommandContext): Promise<number> {
  const { values, io } = ctx;
  folderArgument(ctx);
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(sayBoth('cli.unknownFormat', { value: format, formats: FORMATS.join(', ') }));
  const today = todayOption(ctx);
  const failOnArg = values['fail-on'];
  if (failOnArg !== undefined && !['error', 'warning', 'never'].includes(failOnArg)) {
    throw new UsageError(sayBoth('cli.badFailOn', { value: failOnArg }));
  }
  const dir = await registerFolder(ctx);
  const pathPrefixArg = values['path-prefix'] === undefined ? undefined : normalisePathPrefix(values['path-prefix']);

  const { config, settings, root, realDir, inRepository } = await registerConfiguration(ctx, dir);
  const failOn = (failOnArg as CheckConfig['fail_on']) ?? settings.fail_on;

  // A file that is the same in the base is parsed once.
  const cache = new ParseCache();
  const register = await loadRegister(new FileSystemSource(dir), config, undefined, cache);
  const base = values.base ? await loadRegister(await baseSource(dir, values.base), config, undefined, cache) : undefined;
  const { findings, summary } = checkRegister(register, { config, today, base });

  const pathPrefix = pathPrefixArg ?? (inRepository ? relativeFolder(root, realDir) : '');
  const output = RENDERERS[format]({ findings, summary, language: ctx.language, pathPrefix });
  if (values.output !== undefined) await writeOutputFile(path.resolve(io.cwd, values.output), output);
  else io.stdout(output);
  return findings.some((f) => failsOn(f, failOn)) ? 1 : 0;
}
