/** The checker's configuration (.github/register-check.yml): parsed, validated, never guessed. */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter } from 'yaml';
import type { CheckConfig } from './model.js';
import { SCHEMAS, closest, validateDocument } from './validate.js';
import type { ParsedFile } from './register.js';
import { locate } from './locate.js';
import type { Language, Bilingual } from './types.js';
import { render } from './template.js';
import { SCHEMA_MESSAGES } from './rules/schema.js';
import { RULES } from './rules/index.js';
import yamlSyntax from './rules/yaml-syntax.js';
import { parseYamlDocument, syntaxMessage } from './yaml.js';

/** A configuration with every key the schema gives a `default` filled in: what every consumer reads. */
export type ResolvedConfig = CheckConfig & {
  language: NonNullable<CheckConfig['language']>;
  fail_on: NonNullable<CheckConfig['fail_on']>;
  paths: Required<NonNullable<CheckConfig['paths']>>;
  stale_issues: Required<NonNullable<CheckConfig['stale_issues']>>;
  issues: Required<NonNullable<CheckConfig['issues']>>;
  review: Required<NonNullable<CheckConfig['review']>>;
  readability: Required<NonNullable<CheckConfig['readability']>>;
  /** Filled in even when the configuration has no `approvals`: whether the check runs is read from the configuration itself. */
  approvals: Required<NonNullable<CheckConfig['approvals']>>;
};

/** The part of a JSON Schema that defaults are read from. */
interface SchemaNode {
  default?: unknown;
  properties?: Record<string, SchemaNode>;
}

/**
 * Fills what the value leaves out from the schema's `default`s, object by object. An object the value
 * leaves out is created only when something inside it has a default, so `rules` stays absent.
 */
function applyDefaults(schema: SchemaNode, value: unknown): unknown {
  if (value === undefined && schema.default !== undefined) return structuredClone(schema.default);
  if (!schema.properties || (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown> | undefined) };
  for (const [key, property] of Object.entries(schema.properties)) {
    const filled = applyDefaults(property, out[key]);
    if (filled !== undefined) out[key] = filled;
  }
  return value === undefined && Object.keys(out).length === 0 ? undefined : out;
}

/**
 * The configuration with the schema's defaults filled in: the one place defaults come from (the schema
 * users' editors show them from), so no consumer restates one.
 */
export function resolveConfig(config: CheckConfig = {}): ResolvedConfig {
  return applyDefaults(SCHEMAS.config as SchemaNode, config) as ResolvedConfig;
}

/** The defaults alone, for what is said before any configuration is read (the CLI's first language). */
export const CONFIG_DEFAULTS: ResolvedConfig = resolveConfig({});

/** Where the configuration lives, relative to the repository root (not to the register folder). */
export const CONFIG_PATH = '.github/register-check.yml';

/**
 * The repository root the command line reads the configuration from: the nearest folder, from the register
 * folder upwards, that holds a `.git` (a folder, or a file in a worktree or submodule); the register folder
 * itself when none does. The same rule as the Action, whose root is the checked-out workspace.
 */
export async function findRepositoryRoot(registerDir: string): Promise<{ root: string; inRepository: boolean }> {
  // Through links to the real folder, as git itself does, so a linked register still finds its repository.
  const start = await fs.realpath(registerDir);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (await fs.lstat(path.join(dir, '.git')).then(() => true, () => false)) return { root: dir, inRepository: true };
    if (path.dirname(dir) === dir) return { root: start, inRepository: false };
  }
}

/** A configuration that cannot be used; the CLI exits with code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly text: Bilingual,
  ) {
    super(`${file}:${line}:${column}: ${text.en}`);
  }

  /** The error in one language, prefixed with its position like a compiler. */
  describe(language: Language): string {
    return `${this.file}:${this.line}:${this.column}: ${this.text[language]}`;
  }
}

/** Parses and validates a configuration file's text against the schema and the known rule ids. */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): CheckConfig {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, lineCounter);
  if (doc.errors.length > 0) {
    // The same words as for a register file: the parser's own text is English only.
    const error = doc.errors[0];
    const pos = lineCounter.linePos(error.pos[0]);
    const { messageId, data } = syntaxMessage(error, text);
    const template = yamlSyntax.messages[messageId as keyof typeof yamlSyntax.messages];
    throw new ConfigError(file, pos.line, pos.col, {
      nl: `De configuratie is geen geldige YAML. ${render(template, 'nl', data)}`,
      en: `The configuration is not valid YAML. ${render(template, 'en', data)}`,
    });
  }
  const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const parsed: ParsedFile = { path: file, role: 'register', content: text, lineCounter, doc, data };
  const problems = validateDocument(parsed, 'config');
  if (problems.length > 0) {
    const problem = problems[0];
    const pos = locate(parsed, problem.path);
    const template = SCHEMA_MESSAGES[problem.messageId as keyof typeof SCHEMA_MESSAGES] ?? SCHEMA_MESSAGES.invalid;
    throw new ConfigError(file, pos.line, pos.column, {
      nl: render(template, 'nl', problem.data),
      en: render(template, 'en', problem.data),
    });
  }
  const config = data as CheckConfig;
  // Rule ids are checked under `rules` and under `issues.rules` alike: a typo must not silently do nothing.
  const keysOf = (value: object | undefined) => (value ? Object.keys(value) : []);
  const ruleKeys = [...keysOf(config.rules).map((id) => ['rules', id]), ...keysOf(config.issues?.rules).map((id) => ['issues', 'rules', id])];
  for (const at of ruleKeys) {
    const ruleId = at[at.length - 1];
    if (!knownRules.includes(ruleId)) {
      const pos = locate(parsed, at);
      const suggestion = closest(ruleId, knownRules);
      const hint = suggestion ? { nl: ` Bedoelt u '${suggestion}'?`, en: ` Did you mean '${suggestion}'?` } : { nl: '', en: '' };
      throw new ConfigError(file, pos.line, pos.column, {
        nl: `Onbekende regel '${ruleId}' onder '${at.slice(0, -1).join('.')}'.${hint.nl} De regels staan in docs/rules/.`,
        en: `Unknown rule '${ruleId}' under '${at.slice(0, -1).join('.')}'.${hint.en} The rules are listed in docs/rules/.`,
      });
    }
  }
  return config;
}

/**
 * Reads a configuration file from disk: never through a link; absent means defaults unless required.
 * `displayName` is how messages name the file (a repository-relative path, say).
 */
export async function readConfigFile(file: string, options: { required?: boolean; displayName?: string } = {}): Promise<CheckConfig> {
  const name = options.displayName ?? file;
  let text: string;
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink() || !stat.isFile()) {
      throw new ConfigError(name, 1, 1, {
        nl: 'De configuratie moet een gewoon bestand zijn, geen link.',
        en: 'The configuration must be a regular file, not a link.',
      });
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return {};
    throw new ConfigError(name, 1, 1, {
      nl: `De configuratie kan niet worden gelezen (${(error as Error).message}).`,
      en: `The configuration cannot be read (${(error as Error).message}).`,
    });
  }
  return parseConfig(text, name, RULES.map((r) => r.id));
}
