import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { performance } from 'node:perf_hooks';
import { CONFIG_DEFAULTS, ConfigError, parseConfig, resolveConfig } from '../src/config.js';
import type { CheckConfig } from '../src/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/config.schema.json'), 'utf8')) as SchemaNode;

interface SchemaNode {
  default?: unknown;
  properties?: Record<string, SchemaNode>;
}

/** Every `default` in the schema, with the path of its key. */
function schemaDefaults(node: SchemaNode, at: string[] = []): { at: string[]; value: unknown }[] {
  const out: { at: string[]; value: unknown }[] = node.default !== undefined ? [{ at, value: node.default }] : [];
  for (const [key, child] of Object.entries(node.properties ?? {})) out.push(...schemaDefaults(child, [...at, key]));
  return out;
}

function valueAt(value: unknown, at: string[]): unknown {
  return at.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

const defaults = schemaDefaults(schema);

describe('resolveConfig', () => {
  it('reads the defaults from the schema, which names one for every tunable key', () => {
    expect(defaults.map((d) => d.at.join('.')).sort()).toEqual([
      'approvals.owner',
      'approvals.privacy_fields',
      'approvals.privacy_officer',
      'approvals.reviewed_needs_owner',
      'fail_on',
      'issues.label_per_question',
      'issues.rules',
      'language',
      'paths.partnerships',
      'paths.processing',
      'readability.max_sentence_words',
      'readability.min_score',
      'review.max_comments',
      'stale_issues.label',
      'stale_issues.max_per_run',
    ]);
  });

  it.each(defaults.map((d) => [d.at.join('.'), d] as const))('applies the default of %s to an empty configuration', (_, { at, value }) => {
    expect(valueAt(resolveConfig({}), at)).toEqual(value);
    expect(valueAt(CONFIG_DEFAULTS, at)).toEqual(value);
  });

  it('applies the defaults beside the keys a configuration sets, and keeps what it sets', () => {
    const config: CheckConfig = {
      language: 'en',
      rules: { 'vague-recipient': 'off' },
      stale_issues: { label: 'verouderd' },
      readability: { max_sentence_words: 30 },
      paths: { processing: 'verwerkingen/*.yml' },
    };
    const resolved = resolveConfig(config);
    expect(resolved).toEqual({
      language: 'en',
      fail_on: 'error',
      rules: { 'vague-recipient': 'off' },
      stale_issues: { label: 'verouderd', max_per_run: 20 },
      issues: { rules: {}, label_per_question: true },
      review: { max_comments: 30 },
      readability: { min_score: 55, max_sentence_words: 30 },
      // Filled in although the configuration has no approvals: whether the approvals check runs is read from the configuration itself.
      approvals: { owner: true, privacy_officer: [], privacy_fields: ['legal_basis', 'data_flows', 'participants', 'agreements', 'dpia', 'personal_data', 'recipients'], reviewed_needs_owner: true },
      paths: { processing: 'verwerkingen/*.yml', partnerships: ['partnerships/**/*.yml', 'partnerships/**/*.yaml'] },
    });
    // The configuration itself is left as it was read, and the defaults are not shared between results.
    expect(config.review).toBeUndefined();
    resolved.paths.partnerships = [];
    expect(resolveConfig({}).paths.partnerships).toHaveLength(2);
  });

  it('keeps a key without a default absent and is idempotent', () => {
    expect(resolveConfig({})).not.toHaveProperty('rules');
    const once = resolveConfig({ review: { max_comments: 0 } });
    expect(once.review.max_comments).toBe(0);
    expect(resolveConfig(once)).toEqual(once);
  });
});

/** The TypeScript sources of the core and the two front ends. */
function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) out.push({ file: path.relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  for (const dir of ['src', 'action', 'app']) walk(path.join(root, dir));
  return out;
}

describe('configuration defaults are stated once', () => {
  const keys = [...new Set(defaults.map((d) => d.at[d.at.length - 1]))];
  // A read of a configuration key that falls back to a value of its own (`config.review?.max_comments ?? 30`).
  const fallback = new RegExp(`config\\??\\.[\\w?.]*\\b(${keys.join('|')})\\b\\s*(\\?\\?|\\|\\|)`);
  // A default written out as a literal: the string defaults are distinctive enough to look for.
  // The privacy fields' default names register fields (legal_basis, data_flows …), which the rules name everywhere as keys.
  const literals = defaults.filter((d) => d.at.join('.') !== 'approvals.privacy_fields').flatMap((d) => (Array.isArray(d.value) ? d.value : [d.value])).filter((v): v is string => typeof v === 'string' && v.length > 5);

  it('has found the sources and the literals it guards', () => {
    expect(sources().length).toBeGreaterThan(50);
    expect(literals).toEqual(expect.arrayContaining(['register-stale', 'processing/**/*.yml']));
  });

  it('no source reads a configuration key with a fallback of its own', () => {
    const offending = sources().flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (fallback.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  it('no source restates a default value the schema holds', () => {
    const offending = sources().flatMap(({ file, text }) => literals.filter((l) => text.includes(`'${l}'`)).map((l) => `${file}: '${l}'`));
    expect(offending).toEqual([]);
  });
});

describe('parseConfig on a hostile or broken configuration', () => {
  const rules = ['legal-basis-missing'];
  const time = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      try {
        parseConfig(text, 'c.yml', rules);
      } catch {
        // A configuration error is the expected outcome here; only the time counts.
      }
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('checks 40,000 keys in time linear in their number (a set per mapping, not a scan per key)', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: off`).join('\n');
    // As many nodes with few keys: one list of 40,000 globs, which the parser builds at the same cost per node.
    const benign = `paths:\n  processing:\n${Array.from({ length: 40_000 }, (_, i) => `    - p${i}`).join('\n')}\n`;
    expect(time(`${keys}\n`)).toBeLessThan(10 * time(benign) + 250);
  });

  it('says what is wrong with the YAML in the chosen language, not in the parser\'s English', () => {
    const error = (() => {
      try {
        parseConfig('language: nl\nlanguage: en\n', 'c.yml', rules);
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.describe('nl')).toBe('c.yml:2:1: De configuratie is geen geldige YAML. Het veld "language" staat hier twee keer in hetzelfde blok; onduidelijk is welke waarde geldt.');
    expect(error!.describe('en')).toBe('c.yml:2:1: The configuration is not valid YAML. The field "language" appears twice in the same block; it is unclear which value counts.');
  });
});
