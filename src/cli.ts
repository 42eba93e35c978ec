/**
 * The `register-check` command line: one table of commands, each loaded only when it runs (so that `check` never
 * pays for the site or the spreadsheet libraries). Exit codes: 0 clean, 1 findings at `fail_on` (or, for a
 * command that checks something, the thing out of date), 2 usage or configuration.
 */

import { CONFIG_DEFAULTS, CONFIG_PATH, ConfigError } from './config.js';
import { isLanguage, type Language } from './types.js';
import { say, sayBoth, sayKnown } from './report/vocabulary.js';
import { VERSION } from './meta.js';
import { UsageError, optionLines, parseOptions, type CommandContext, type Io, type OptionName } from './cli/options.js';

export type { Io } from './cli/options.js';

/** A command: the options it takes (beyond --help and --language), how help shows their values, and its code. */
interface Command {
  options: readonly OptionName[];
  /** Values help shows for an option where this command's differ from the common ones (`--format xlsx|csv`). */
  values?: Partial<Record<OptionName, (language: Language) => string>>;
  load: () => Promise<{ run: (ctx: CommandContext) => Promise<number> }>;
}

/** Every command, in the order help lists them; each has a synopsis `cli.synopsis.<name>` and a help text `cli.usage.<name>`. */
const COMMANDS: Record<string, Command> = {
  check: { options: ['format', 'language', 'today', 'config', 'base', 'fail-on', 'output', 'path-prefix', 'help', 'version'], load: () => import('./cli/check.js') },
  rules: { options: ['language', 'help'], load: () => import('./cli/rules.js') },
  report: { options: ['out', 'language', 'today', 'config', 'help'], load: () => import('./cli/report.js') },
  codeowners: { options: ['check', 'config', 'language', 'help'], load: () => import('./cli/codeowners.js') },
  import: { options: ['out', 'mapping', 'force', 'language', 'help'], load: () => import('./cli/import.js') },
  export: {
    options: ['format', 'out', 'language', 'config', 'help'],
    values: { format: () => 'xlsx|csv|vng-json', out: (language) => say('cli.value.file', language) },
    load: () => import('./cli/export.js'),
  },
};

/** Every option any command takes: the first reading, before the command is known, must not mistake a value for it. */
const ALL_OPTIONS = [...new Set(Object.values(COMMANDS).flatMap((command) => command.options))];

/** The help of a command, or of the whole tool: its usage text with its options, and the list of commands. */
function help(name: string, language: Language): string {
  const command = COMMANDS[name]!;
  const commands = Object.keys(COMMANDS)
    .map((key) => `       register-check ${sayKnown('cli.synopsis.', key, language) ?? key}`)
    .join('\n')
    .trimStart();
  return say(`cli.usage.${name}` as 'cli.usage.check', language, {
    options: optionLines(name, command.options, language, command.values),
    config: CONFIG_PATH,
    commands,
  });
}

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let language: Language = CONFIG_DEFAULTS.language;
  try {
    // A first reading finds the command and the language, so that every later mistake is told in that language.
    const first = parseOptions(argv, ALL_OPTIONS.concat('help', 'version'));
    if (isLanguage(first.values.language)) language = first.values.language;
    const [name] = first.positionals;
    const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
    const { values, positionals, problem } = command ? parseOptions(argv, command.options) : first;
    if (problem) throw problem;
    if (values.language !== undefined && !isLanguage(values.language)) throw new UsageError(sayBoth('cli.unknownLanguage', { value: values.language }));
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (name === undefined || name === 'help') {
      io.stdout(help('check', language));
      return values.help || name === 'help' ? 0 : 2;
    }
    if (!command) throw new UsageError(sayBoth('cli.unknownCommand', { value: name, commands: Object.keys(COMMANDS).join(', ') }));
    if (values.help) {
      io.stdout(help(name, language));
      return 0;
    }
    const ctx: CommandContext = { values, args: positionals.slice(1), io, language };
    const { run } = await command.load();
    return await run(ctx).finally(() => (language = ctx.language));
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
