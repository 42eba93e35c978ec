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
import type { Language } from './types.js';
import { renderText } from './report/text.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderMarkdown } from './report/markdown.js';
import { isIsoDate } from './model.js';
import { VERSION } from './meta.js';
import { SEVERITY_LABEL } from './report/labels.js';
import { closest } from './validate.js';

const run = promisify(execFile);

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const HELP: Record<Language, string> = {
  nl: `Gebruik: register-check check [MAP] [opties]
       register-check rules [--language nl|en]

Controleert een verwerkingsregister (AVG art. 30) en de samenwerkingsverbanden
in MAP (standaard: de huidige map) op de drie vragen van de Autoriteit
Persoonsgegevens.

Opties:
  --format text|json|sarif|markdown  uitvoervorm (standaard text)
  --language nl|en                   taal van de meldingen (standaard nl)
  --today JJJJ-MM-DD                 de datum waartegen termijnen worden getoetst
  --config BESTAND                   configuratie (standaard: ${CONFIG_PATH}
                                     in de hoofdmap van de repository, zie onder)
  --base GIT-REF                     vergelijk met deze versie: bevindingen die
                                     daar al waren, heten "bestond al"
  --fail-on error|warning|never      vanaf welke ernst de controle faalt
  --output BESTAND                   schrijf het rapport naar een bestand
  --path-prefix PAD                  zet PAD voor elke bestandsnaam in SARIF
                                     (standaard: de map van het register vanaf
                                     de hoofdmap van de repository)
  -h, --help                         deze hulp
  --version                          versie

De hoofdmap van de repository is de dichtstbijzijnde map, vanaf MAP omhoog,
met een .git erin; is die er niet, dan MAP zelf. Daar leest de controle
${CONFIG_PATH}, net als de GitHub Action.
Bestandsnamen in SARIF gelden vanaf die hoofdmap, zodat code scanning de
bestanden vindt.

Afsluitcode: 0 in orde, 1 bevindingen op of boven fail_on, 2 fout in gebruik of configuratie.
`,
  en: `Usage: register-check check [DIR] [options]
       register-check rules [--language nl|en]

Checks a register of processing activities (GDPR Art. 30) and the partnerships
in DIR (default: the current folder) against the three questions of the Dutch
data protection authority.

Options:
  --format text|json|sarif|markdown  output format (default text)
  --language nl|en                   language of the messages (default nl)
  --today YYYY-MM-DD                 the date deadlines are measured against
  --config FILE                      configuration (default: ${CONFIG_PATH}
                                     at the repository root, see below)
  --base GIT-REF                     compare with this version: findings that
                                     were there already are marked "existing"
  --fail-on error|warning|never      the severity from which the check fails
  --output FILE                      write the report to a file
  --path-prefix PATH                 put PATH before every file name in SARIF
                                     (default: the register's folder relative
                                     to the repository root)
  -h, --help                         this help
  --version                          version

The repository root is the nearest folder, from DIR upwards, that holds a
.git; when there is none, DIR itself. The check reads ${CONFIG_PATH}
there, as the GitHub Action does.
File names in SARIF are relative to that root, so code scanning finds the
files.

Exit code: 0 clean, 1 findings at or above fail_on, 2 usage or configuration error.
`,
};

/** Every rule on one line: id, question, default severity, what it checks. */
function renderRuleList(language: Language): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${(r.question ?? '–').padEnd(2)}  ${SEVERITY_LABEL[language][r.severity].padEnd(12)}  ${r.description[language]}`);
  const footer = language === 'nl' ? 'Meer per regel: docs/rules/<regel>.md' : 'More per rule: docs/rules/<rule>.md';
  return `${lines.join('\n')}\n\n${footer}\n`;
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

/** The options the command line knows: whether each takes a value, and how help writes that value. */
const OPTIONS = {
  format: { type: 'string', value: { nl: FORMATS.join('|'), en: FORMATS.join('|') } },
  language: { type: 'string', value: { nl: 'nl|en', en: 'nl|en' } },
  today: { type: 'string', value: { nl: 'JJJJ-MM-DD', en: 'YYYY-MM-DD' } },
  config: { type: 'string', value: { nl: 'BESTAND', en: 'FILE' } },
  base: { type: 'string', value: { nl: 'GIT-REF', en: 'GIT-REF' } },
  'fail-on': { type: 'string', value: { nl: 'error|warning|never', en: 'error|warning|never' } },
  output: { type: 'string', value: { nl: 'BESTAND', en: 'FILE' } },
  'path-prefix': { type: 'string', value: { nl: 'PAD', en: 'PATH' } },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies Record<string, { type: 'string'; value: Record<Language, string> } | { type: 'boolean'; short?: string }>;

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
      problem = new UsageError({
        nl: `Onbekende optie "${raw}".${suggestion ? ` Bedoelt u --${suggestion}?` : ''}`,
        en: `Unknown option "${raw}".${suggestion ? ` Did you mean --${suggestion}?` : ''}`,
      });
      continue;
    }
    const option = OPTIONS[token.name as OptionName];
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        problem = new UsageError({ nl: `De optie ${raw} neemt geen waarde; schrijf alleen ${raw}.`, en: `The option ${raw} takes no value; write just ${raw}.` });
      }
      continue;
    }
    // Without "=", parseArgs takes the next argument even when it is the next option ("--output --format").
    const swallowed = token.value !== undefined && !token.inlineValue && token.value.length > 1 && token.value.startsWith('-');
    if (token.value === undefined || swallowed) {
      problem = new UsageError({
        nl: `Na ${raw} hoort een waarde: ${raw} ${option.value.nl}.${swallowed ? ` Begint de waarde met een streepje, schrijf dan ${raw}=WAARDE.` : ''}`,
        en: `${raw} needs a value: ${raw} ${option.value.en}.${swallowed ? ` If the value starts with a dash, write ${raw}=VALUE.` : ''}`,
      });
    }
  }
  return { values: values as OptionValues, positionals, problem };
}

/** A prefix as the user wrote it, made a clean repository-relative folder ("register/"), or an error. */
function normalisePathPrefix(raw: string): string {
  const parts = raw.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (/^([a-zA-Z]:)?[\\/]/.test(raw) || parts.includes('..')) {
    throw new UsageError({
      nl: `--path-prefix "${raw}" moet een map binnen de repository zijn, gerekend vanaf de hoofdmap, zoals register/ (geen volledig pad, geen "..").`,
      en: `--path-prefix "${raw}" must be a folder inside the repository, counted from its root, such as register/ (not a full path, no "..").`,
    });
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
    const texts: Record<string, Record<Language, string>> = {
      ENOENT: {
        nl: `Het rapport kan niet worden geschreven naar ${file}: de map ${folder} bestaat niet. Maak die map eerst aan, of kies bij --output een bestand in een bestaande map.`,
        en: `The report cannot be written to ${file}: the folder ${folder} does not exist. Create that folder first, or give --output a file in a folder that exists.`,
      },
      ENOTDIR: {
        nl: `Het rapport kan niet worden geschreven naar ${file}: een deel van dat pad is een bestand, geen map. Kies bij --output een bestand in een bestaande map.`,
        en: `The report cannot be written to ${file}: part of that path is a file, not a folder. Give --output a file in a folder that exists.`,
      },
      EISDIR: {
        nl: `Het rapport kan niet worden geschreven naar ${file}: dat is een map. Geef bij --output een bestandsnaam, zoals ${path.join(file, 'rapport.txt')}.`,
        en: `The report cannot be written to ${file}: that is a folder. Give --output a file name, such as ${path.join(file, 'report.txt')}.`,
      },
      EACCES: {
        nl: `Het rapport kan niet worden geschreven naar ${file}: u hebt daar geen schrijfrechten. Kies bij --output een andere plek.`,
        en: `The report cannot be written to ${file}: you may not write there. Give --output another place.`,
      },
    };
    texts.EPERM = texts.EACCES;
    throw new UsageError(
      (code ? texts[code] : undefined) ?? {
        nl: `Het rapport kan niet worden geschreven naar ${file} (${code ?? (error as Error).message}). Kies bij --output een andere plek.`,
        en: `The report cannot be written to ${file} (${code ?? (error as Error).message}). Give --output another place.`,
      },
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
    throw new UsageError({ nl: `--base vraagt om een git-repository, maar ${dir} hoort niet bij een repository.`, en: `--base needs a git repository, but ${dir} is not in one.` });
  }
  let commit: string;
  try {
    commit = await GitSource.resolve(top, ref);
  } catch {
    throw new UsageError({ nl: `Git kent de versie "${ref}" niet. Haal die eerst op (git fetch).`, en: `Git does not know the revision "${ref}". Fetch it first (git fetch).` });
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
    if (values.language === 'nl' || values.language === 'en') language = values.language;
    if (problem) throw problem;
    if (values.language !== undefined) {
      if (values.language !== 'nl' && values.language !== 'en') {
        throw new UsageError({ nl: `Onbekende taal "${values.language}"; kies nl of en.`, en: `Unknown language "${values.language}"; choose nl or en.` });
      }
      language = values.language;
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const [command, dirArg, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP[language]);
      return values.help || command === 'help' ? 0 : 2;
    }
    if (command === 'rules') {
      if (dirArg !== undefined) throw new UsageError({ nl: `De opdracht "rules" neemt geen map of ander argument, ook niet "${dirArg}".`, en: `The command "rules" takes no folder or other argument, not even "${dirArg}".` });
      io.stdout(renderRuleList(language));
      return 0;
    }
    if (command !== 'check') {
      throw new UsageError({ nl: `Onbekende opdracht "${command}"; bedoeld is "check" of "rules".`, en: `Unknown command "${command}"; expected "check" or "rules".` });
    }
    if (rest.length > 0) throw new UsageError({ nl: `Eén map tegelijk, niet ook "${rest[0]}".`, en: `One folder at a time, not also "${rest[0]}".` });
    const format = (values.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) {
      throw new UsageError({ nl: `Onbekende uitvoervorm "${format}"; kies ${FORMATS.join(', ')}.`, en: `Unknown format "${format}"; choose ${FORMATS.join(', ')}.` });
    }
    const today = values.today ?? localToday(io.now);
    if (!isIsoDate(today)) throw new UsageError({ nl: `--today "${today}" is geen datum JJJJ-MM-DD.`, en: `--today "${today}" is not a date YYYY-MM-DD.` });
    const failOnArg = values['fail-on'];
    if (failOnArg !== undefined && !['error', 'warning', 'never'].includes(failOnArg)) {
      throw new UsageError({ nl: `--fail-on "${failOnArg}": kies error, warning of never.`, en: `--fail-on "${failOnArg}": choose error, warning or never.` });
    }

    const dir = path.resolve(io.cwd, dirArg ?? '.');
    const stat = await fs.stat(dir).catch(() => undefined);
    if (!stat?.isDirectory()) throw new UsageError({ nl: `De map ${dir} bestaat niet.`, en: `The folder ${dir} does not exist.` });

    const pathPrefixArg = values['path-prefix'] === undefined ? undefined : normalisePathPrefix(values['path-prefix']);

    // One rule for the command line and the Action: the configuration sits at the repository root.
    const { root, inRepository } = await findRepositoryRoot(dir);
    const realDir = await fs.realpath(dir);
    if (values.config === undefined && root !== realDir && (await fs.lstat(path.join(realDir, CONFIG_PATH)).then(() => true, () => false))) {
      io.stderr(
        language === 'nl'
          ? `register-check: let op: ${path.join(realDir, CONFIG_PATH)} wordt niet gelezen. De configuratie staat in de hoofdmap van de repository: ${path.join(root, CONFIG_PATH)}. Verplaats het bestand daarheen, of geef het op met --config.\n`
          : `register-check: note: ${path.join(realDir, CONFIG_PATH)} is not read. The configuration belongs at the repository root: ${path.join(root, CONFIG_PATH)}. Move the file there, or name it with --config.\n`,
      );
    }
    const configFile = values.config !== undefined ? path.resolve(io.cwd, values.config) : path.join(root, CONFIG_PATH);
    const config = await readConfigFile(configFile, { required: values.config !== undefined });
    const settings = resolveConfig(config);
    if (values.language === undefined) language = settings.language;
    const failOn = (failOnArg as CheckConfig['fail_on']) ?? settings.fail_on;

    const register = await loadRegister(new FileSystemSource(dir), config);
    const base = values.base ? await loadRegister(await baseSource(dir, values.base), config) : undefined;
    const { findings, summary } = checkRegister(register, { config, today, language, base });

    const output =
      format === 'json'
        ? renderJson(findings, summary)
        : format === 'sarif'
          ? renderSarif(findings, language, { pathPrefix: pathPrefixArg ?? (inRepository ? relativeFolder(root, realDir) : '') })
          : format === 'markdown'
            ? renderMarkdown(findings, summary, language)
            : renderText(findings, summary, language);
    if (values.output !== undefined) await writeReport(path.resolve(io.cwd, values.output), output);
    else io.stdout(output);
    return findings.some((f) => failsOn(f, failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.describe(language)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      const hint = error.helpHint ? `${language === 'nl' ? 'Zie register-check --help.' : 'See register-check --help.'}\n` : '';
      io.stderr(`register-check: ${error.text[language]}\n${hint}`);
      return 2;
    }
    throw error;
  }
}
