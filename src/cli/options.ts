/**
 * The command line's options, read the same way for every command: one table of every option, each command
 * naming the ones it takes, and mistakes told in the user's language (node's parseArgs speaks English only).
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_PATH } from '../config.js';
import { LANGUAGES, type Bilingual, type Language } from '../types.js';
import { FORMATS } from '../report/index.js';
import { say, sayBoth, sayKnown } from '../report/vocabulary.js';
import { closest } from '../validate.js';

/** How an option is read, and (for one with a value) how help writes that value in a language. */
export type OptionSpec = { type: 'string'; value: (language: Language) => string } | { type: 'boolean'; short?: string };

/** Every option of every command, in the order help lists them; each is described by `cli.option.<name>`. */
export const OPTIONS = {
  format: { type: 'string', value: () => FORMATS.join('|') },
  language: { type: 'string', value: () => LANGUAGES.join('|') },
  today: { type: 'string', value: (language) => say('cli.value.date', language) },
  config: { type: 'string', value: (language) => say('cli.value.file', language) },
  base: { type: 'string', value: () => 'GIT-REF' },
  'fail-on': { type: 'string', value: () => 'error|warning|never' },
  output: { type: 'string', value: (language) => say('cli.value.file', language) },
  'path-prefix': { type: 'string', value: (language) => say('cli.value.path', language) },
  out: { type: 'string', value: (language) => say('cli.value.path', language) },
  mapping: { type: 'string', value: (language) => say('cli.value.file', language) },
  force: { type: 'boolean' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Parsed options: a string per string option, true per boolean option given. */
export type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** A text built the same way in each language. */
export function inBoth(build: (language: Language) => string): Bilingual {
  return { nl: build('nl'), en: build('en') };
}

/** A usage error: printed (with the help hint unless it would not help), exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly text: Record<Language, string>,
    readonly helpHint = true,
  ) {
    super(text.en);
  }
}

/**
 * The options `names` of `command` as help lists them: `--name VALUE` and what it does, in one language. A command
 * may show its own values (`values`) and describe an option its own way (`cli.option.<command>.<name>`).
 */
export function optionLines(
  command: string,
  names: readonly OptionName[],
  language: Language,
  values: Partial<Record<OptionName, (language: Language) => string>> = {},
): string {
  const rows = names.map((name) => {
    const option: OptionSpec = OPTIONS[name];
    const value = values[name] ?? (option.type === 'string' ? option.value : undefined);
    const flag = value ? `--${name} ${value(language)}` : option.type === 'boolean' && option.short ? `-${option.short}, --${name}` : `--${name}`;
    const description = sayKnown('cli.option.', `${command}.${name}`, language, { config: CONFIG_PATH }) ?? say(`cli.option.${name}`, language, { config: CONFIG_PATH });
    return { flag, description };
  });
  const width = Math.max(...rows.map((row) => row.flag.length));
  // A description of several lines continues under its first line.
  return rows.map((row) => `  ${row.flag.padEnd(width)}  ${row.description.split('\n').join(`\n${' '.repeat(width + 4)}`)}`).join('\n');
}

/**
 * Reads the arguments with node's parseArgs in its lenient mode and judges every option token itself against
 * the options `allowed` (a command's own), so that a mistake is told in the user's language.
 */
export function parseOptions(argv: string[], allowed: readonly OptionName[]): { values: OptionValues; positionals: string[]; problem?: UsageError } {
  const { values, positionals, tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  let problem: UsageError | undefined;
  for (const token of tokens) {
    if (problem || token.kind !== 'option') continue;
    const raw = token.rawName;
    if (!allowed.includes(token.name as OptionName)) {
      const suggestion = raw.startsWith('--') ? closest(token.name, allowed) : undefined;
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

/** Writes an output file; a folder that is missing or a path that cannot be written is a usage error, not a crash. */
export async function writeOutputFile(file: string, text: string | Uint8Array): Promise<void> {
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

/** The context every command runs in. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now?: Date;
  /** Whether stderr is a terminal (progress lines are drawn only there). */
  isTty?: boolean;
}

/** What a command is handed: its parsed options, its positionals (after the command's name), the language. */
export interface CommandContext {
  values: OptionValues;
  args: string[];
  io: Io;
  language: Language;
}
