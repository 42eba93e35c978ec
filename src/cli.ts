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
import { CONFIG_PATH, ConfigError, readConfigFile } from './config.js';
import { RULES } from './rules/index.js';
import type { CheckConfig } from './model.js';
import type { Language } from './types.js';
import { renderText } from './report/text.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderMarkdown } from './report/markdown.js';
import { isIsoDate } from './rules/helpers.js';
import { VERSION } from './meta.js';
import { SEVERITY_LABEL } from './report/labels.js';

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
  --config BESTAND                   configuratie (standaard MAP/${CONFIG_PATH})
  --base GIT-REF                     vergelijk met deze versie: bevindingen die
                                     daar al waren, heten "bestond al"
  --fail-on error|warning|never      vanaf welke ernst de controle faalt
  --output BESTAND                   schrijf het rapport naar een bestand
  -h, --help                         deze hulp
  --version                          versie

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
  --config FILE                      configuration (default DIR/${CONFIG_PATH})
  --base GIT-REF                     compare with this version: findings that
                                     were there already are marked "existing"
  --fail-on error|warning|never      the severity from which the check fails
  --output FILE                      write the report to a file
  -h, --help                         this help
  --version                          version

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

/** A usage error: printed with the help hint, exit code 2. */
class UsageError extends Error {
  constructor(readonly text: Record<Language, string>) {
    super(text.en);
  }
}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now?: Date;
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
  let language: Language = 'nl';
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        language: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string' },
        base: { type: 'string' },
        'fail-on': { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
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
      io.stdout(renderRuleList(language));
      return 0;
    }
    if (command !== 'check') {
      throw new UsageError({ nl: `Onbekende opdracht "${command}"; bedoeld is "check" of "rules".`, en: `Unknown command "${command}"; expected "check" or "rules".` });
    }
    if (rest.length > 0) throw new UsageError({ nl: `Eén map tegelijk, niet ook "${rest[0]}".`, en: `One folder at a time, not also "${rest[0]}".` });
    const format = values.format as Format;
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

    const configFile = values.config ? path.resolve(io.cwd, values.config) : path.join(dir, CONFIG_PATH);
    const config = await readConfigFile(configFile, { required: values.config !== undefined });
    if (values.language === undefined && config.language) language = config.language;
    const failOn = (failOnArg as CheckConfig['fail_on']) ?? config.fail_on ?? 'error';

    const register = await loadRegister(new FileSystemSource(dir), config);
    const base = values.base ? await loadRegister(await baseSource(dir, values.base), config) : undefined;
    const { findings, summary } = checkRegister(register, { config, today, language, base });

    const output =
      format === 'json'
        ? renderJson(findings, summary)
        : format === 'sarif'
          ? renderSarif(findings, language)
          : format === 'markdown'
            ? renderMarkdown(findings, summary, language)
            : renderText(findings, summary, language);
    if (values.output) await fs.writeFile(path.resolve(io.cwd, values.output), output);
    else io.stdout(output);
    return findings.some((f) => failsOn(f, failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.describe(language)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`register-check: ${error.text[language]}\n${language === 'nl' ? 'Zie register-check --help.' : 'See register-check --help.'}\n`);
      return 2;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`register-check: ${(error as Error).message}\n${language === 'nl' ? 'Zie register-check --help.' : 'See register-check --help.'}\n`);
      return 2;
    }
    throw error;
  }
}
