/** The `register-check` command line. Exit codes: 0 clean, 1 findings at `fail_on`, 2 usage or configuration. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkRegister, failsOn, localToday } from './check.js';
import { loadRegister } from './load.js';
import { FileSystemSource } from './source.js';
import { GitSource } from './git-source.js';
import { CONFIG_DEFAULTS, CONFIG_PATH, ConfigError, findRepositoryRoot, readConfigFile, resolveConfig } from './config.js';
import { RULES } from './rules/index.js';
import type { CheckConfig } from './model.js';
import { LANGUAGES, isLanguage, type Language, type Bilingual } from './types.js';
import { FORMATS, RENDERERS, isFormat } from './report/index.js';
import { say, sayBoth, severityWord } from './report/vocabulary.js';
import { isIsoDate } from './model.js';
import { VERSION } from './meta.js';
import { closest } from './validate.js';

const run = promisify(execFile);

/** Every option's words in one language: `--name VALUE` and what it does, as the help lists them. */
function optionLines(language: Language): string {
  const rows = (Object.keys(OPTIONS) as OptionName[]).map((name) => {
    const option: OptionSpec = OPTIONS[name];
    const flag = option.type === 'string' ? `--${name} ${option.value(language)}` : option.short ? `-${option.short}, --${name}` : `--${name}`;
    return { flag, description: say(`cli.option.${name}`, language, { config: CONFIG_PATH }) };
  });
  const width = Math.max(...rows.map((row) => row.flag.length));
  // A description of several lines continues under its first line.
  return rows.map((row) => `  ${row.flag.padEnd(width)}  ${row.description.split('\n').join(`\n${' '.repeat(width + 4)}`)}`).join('\n');
}

/** The help text, with the options and the output formats taken from their tables. */
function help(language: Language): string {
  return say('cli.usage', language, { options: optionLines(language), config: CONFIG_PATH });
}

/** Every rule on one line: id, question, default severity, what it checks. */
function renderRuleList(language: Language): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${(r.question ?? '–').padEnd(2)}  ${severityWord(r.severity, language).padEnd(12)}  ${r.description[language]}`);
  return `${lines.join('\n')}\n\n${say('cli.moreRules', language)}\n`;
}

/** A text built the same way in each language. */
function inBoth(build: (language: Language) => string): Bilingual {
  return { nl: build('nl'), en: build('en') };
}

/** A usage error: printed (with the help hint unless it would not help), exit code 2. */
class UsageError extends Error {
  constructor(
    readonly text: Record<Language, string>,
    readonly helpHint = true,
  ) {
    super(text.en);
  }
}

/** How an option is read, and (for one with a value) how help writes that value in a language. */
type OptionSpec = { type: 'string'; value: (language: Language) => string } | { type: 'boolean'; short?: string };

/** The options the command line knows, in the order help lists them. */
const OPTIONS = {
  format: { type: 'string', value: () => FORMATS.join('|') },
  language: { type: 'string', value: () => LANGUAGES.join('|') },
  today: { type: 'string', value: (language) => say('cli.value.date', language) },
  config: { type: 'string', value: (language) => say('cli.value.file', language) },
  base: { type: 'string', value: () => 'GIT-REF' },
  'fail-on': { type: 'string', value: () => 'error|warning|never' },
  output: { type: 'string', value: (language) => say('cli.value.file', language) },
  'path-prefix': { type: 'string', value: (language) => say('cli.value.path', language) },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

/** Parsed options: a string per string option, true per boolean option given. */
type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/**
 * Reads the arguments with node's parseArgs in its lenient mode and judges every option token itself,
 * so that a mistake is told in the user's language (parseArgs' own errors are English only).
 */
function parseOptions(argv: string[]): { values: OptionValues; positionals: string[]; problem?: UsageError } {
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  let problem: UsageError | undefined;
  for (const token of tokens) {
    if (problem || token.kind !== 'option') continue;
    const raw = token.rawName;
    if (!Object.hasOwn(OPTIONS, token.name)) {
      const suggestion = raw.startsWith('--') ? closest(token.name, Object.keys(OPTIONS)) : undefined;
      problem = new UsageError(
        inBoth((l) => `${say('cli.unknownOption', l, { option: raw })}${suggestion ? ` ${say('cli.didYouMean', l, { option: suggestion })}` : ''}`),
      );
      continue;
    }
    const option: OptionSpec = OPTIONS[token.name as OptionName];
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        problem = new UsageError(sayBoth('cli.noValueTaken', { option: raw }));
      }
      continue;
    }
    // Without "=", parseArgs takes the next argument even when it is the next option ("--output --format").
    const swallowed = token.value !== undefined && !token.inlineValue && token.value.length > 1 && token.value.startsWith('-');
    if (token.value === undefined || swallowed) {
      problem = new UsageError(
        inBoth(
          (l) =>
            `${say('cli.valueNeeded', l, { option: raw, value: option.value(l) })}${swallowed ? ` ${say('cli.valueWithDash', l, { option: raw, value: say('cli.value.value', l) })}` : ''}`,
        ),
      );
    }
  }
  return { values: values as OptionValues, positionals, problem };
}

/** A prefix as the user wrote it, made a clean repository-relative folder ("register/"), or an error. */
function normalisePathPrefix(raw: string): string {
  const parts = raw.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (/^([a-zA-Z]:)?[\\/]/.test(raw) || parts.includes('..')) {
    throw new UsageError(sayBoth('cli.badPathPrefix', { value: raw }));
  }
  return parts.length > 0 ? `${parts.join('/')}/` : '';
}

/** Writes the report; a folder that is missing or a path that cannot be written is a usage error, not a crash. */
async function writeReport(file: string, text: string): Promise<void> {
  try {
    await fs.writeFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = path.dirname(file);
    // EPERM says what EACCES says; any other code is named as it stands.
    const known = { ENOENT: 'cli.write.ENOENT', ENOTDIR: 'cli.write.ENOTDIR', EISDIR: 'cli.write.EISDIR', EACCES: 'cli.write.EACCES', EPERM: 'cli.write.EACCES' } as const;
    const data = { file, folder, example: { nl: path.join(file, say('cli.write.exampleName', 'nl')), en: path.join(file, say('cli.write.exampleName', 'en')) } };
    throw new UsageError(
      code && Object.hasOwn(known, code) ? sayBoth(known[code as keyof typeof known], data) : sayBoth('cli.write.other', { file, code: code ?? (error as Error).message }),
      false,
    );
  }
}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now?: Date;
}

/** `dir` relative to `root` as a folder prefix with forward slashes ("register/"), or "" for the root itself. */
function relativeFolder(root: string, dir: string): string {
  const relative = path.relative(root, dir).split(path.sep).join('/');
  return relative ? `${relative}/` : '';
}

async function baseSource(dir: string, ref: string): Promise<GitSource> {
  let top: string;
  try {
    top = (await run('git', ['-C', dir, 'rev-parse', '--show-toplevel'])).stdout.trim();
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

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let language: Language = CONFIG_DEFAULTS.language;
  try {
    const { values, positionals, problem } = parseOptions(argv);
    // The language first, so that a mistake in the other options is told in it.
    if (isLanguage(values.language)) language = values.language;
    if (problem) throw problem;
    if (values.language !== undefined && !isLanguage(values.language)) throw new UsageError(sayBoth('cli.unknownLanguage', { value: values.language }));
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const [command, dirArg, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(help(language));
      return values.help || command === 'help' ? 0 : 2;
    }
    if (command === 'rules') {
      if (dirArg !== undefined) throw new UsageError(sayBoth('cli.rulesTakesNoArgument', { value: dirArg }));
      io.stdout(renderRuleList(language));
      return 0;
    }
    if (command !== 'check') {
      throw new UsageError(sayBoth('cli.unknownCommand', { value: command }));
    }
    if (rest.length > 0) throw new UsageError(sayBoth('cli.oneFolder', { value: rest[0] }));
    const format = values.format ?? 'text';
    if (!isFormat(format)) throw new UsageError(sayBoth('cli.unknownFormat', { value: format, formats: FORMATS.join(', ') }));
    const today = values.today ?? localToday(io.now);
    if (!isIsoDate(today)) throw new UsageError(sayBoth('cli.badToday', { value: today }));
    const failOnArg = values['fail-on'];
    if (failOnArg !== undefined && !['error', 'warning', 'never'].includes(failOnArg)) {
      throw new UsageError(sayBoth('cli.badFailOn', { value: failOnArg }));
    }

    const dir = path.resolve(io.cwd, dirArg ?? '.');
    const stat = await fs.stat(dir).catch(() => undefined);
    if (!stat?.isDirectory()) throw new UsageError(sayBoth('cli.noFolder', { dir }));

    const pathPrefixArg = values['path-prefix'] === undefined ? undefined : normalisePathPrefix(values['path-prefix']);

    // One rule for the command line and the Action: the configuration sits at the repository root.
    const { root, inRepository } = await findRepositoryRoot(dir);
    const realDir = await fs.realpath(dir);
    if (values.config === undefined && root !== realDir && (await fs.lstat(path.join(realDir, CONFIG_PATH)).then(() => true, () => false))) {
      io.stderr(`${say('cli.configNotRead', language, { file: path.join(realDir, CONFIG_PATH), root: path.join(root, CONFIG_PATH) })}\n`);
    }
    const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : path.join(root, CONFIG_PATH);
    const config = await readConfigFile(configFile, { required: values.config !== undefined });
    const settings = resolveConfig(config);
    if (values.language === undefined) language = settings.language;
    const failOn = (failOnArg as CheckConfig['fail_on']) ?? settings.fail_on;

    const register = await loadRegister(new FileSystemSource(dir), config);
    const base = values.base ? await loadRegister(await baseSource(dir, values.base), config) : undefined;
    const { findings, summary } = checkRegister(register, { config, today, base });

    const pathPrefix = pathPrefixArg ?? (inRepository ? relativeFolder(root, realDir) : '');
    const output = RENDERERS[format]({ findings, summary, language, pathPrefix });
    if (values.output !== undefined) await writeReport(path.resolve(io.cwd, values.output), output);
    else io.stdout(output);
    return findings.some((f) => failsOn(f, failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.describe(language)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      const hint = error.helpHint ? `${say('cli.seeHelp', language)}\n` : '';
      io.stderr(`register-check: ${error.text[language]}\n${hint}`);
      return 2;
    }
    throw error;
  }
}
