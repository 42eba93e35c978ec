/** Every rule is complete: file, docs page, fixtures both ways, both languages with the same placeholders. */

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { placeholders } from '../src/template.js';
import { LANGUAGES } from '../src/types.js';
import { FIXTURES, expectations, listCases } from './support/fixtures.js';
import { ROOT } from './support/cli.js';
import { VOCABULARY, say, type Phrase } from '../src/report/vocabulary.js';
import { FORMATS, RENDERERS } from '../src/report/index.js';
import { main } from '../src/cli.js';

/** The rule ids of the catalogue in REGISTER-FORMAT.md: public interface, never renamed. */
const CATALOGUE = [
  'yaml-syntax', 'schema', 'id-mismatch', 'duplicate-id', 'placeholder-value', 'partnership-not-registered',
  'unknown-partnership', 'vague-recipient', 'review-overdue', 'partnership-ended', 'legal-basis-missing',
  'legal-basis-provision-missing', 'legal-basis-agreement-only', 'necessity-missing', 'special-data-without-exception',
  'transfer-safeguard-missing', 'self-missing', 'role-missing', 'flow-party-unknown', 'agreement-missing',
  'agreement-after-start', 'dpia-missing', 'notice-missing', 'notice-contact-missing', 'notice-decisions-unexplained',
  'notice-outdated', 'notice-not-updated', 'joint-arrangement-unpublished', 'notice-not-plain-language',
  'processor-record-incomplete', 'processor-agreement-missing', 'processor-shares-onwards',
  'date-implausible', 'dpo-missing', 'controller-unknown', 'self-not-in-flows',
  'provision-not-law', 'provision-article-missing', 'exception-not-a-ground',
  'ground-not-available', 'consent-doubtful',
  'dpia-unassessed', 'dpia-waived', 'dpia-after-start', 'special-data-undeclared',
  'recipient-is-partnership', 'data-category-vague', 'retention-vague', 'bsn-without-basis',
];

/**
 * Message ids no register can produce, so no fixture can exercise them: `rule-id/messageId` and the reason.
 * Keep this empty unless a message truly cannot fire; a message that can fire gets a fixture instead.
 */
const UNREACHABLE_MESSAGES: Record<string, string> = {
  // The register schemas have no field of type number (counts are integers); the message serves the errors the
  // configuration loader throws for .register-check.yml (readability.min_score), which are not findings.
  'schema/typeNumber': 'no register field has type number; used only for configuration errors',
  // Every oneOf in schemas/ has branches no value can match at once (different required keys, or text versus
  // list), and a value that matches none is reported with the errors of its closest branch instead.
  'schema/shape': 'no register value can match two branches of a oneOf in the current schemas',
  // src/load.ts gives every parser error code of the installed yaml (its ErrorCode type) words of its own;
  // `syntax` only names a code a later yaml adds, which no file can raise under the version the checker ships with.
  'yaml-syntax/syntax': 'every error code of the installed yaml has a message of its own; kept for codes a later yaml adds',
};

/** Every `rule-id/messageId` a fixture mark expects (the rule runner checks each of them). */
const exercised = new Set<string>();
for (const fixture of await listCases()) for (const e of await expectations(fixture)) exercised.add(`${e.rule}/${e.messageId}`);

describe('the rule list', () => {
  it('holds every rule of the catalogue', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of CATALOGUE) expect(ids).toContain(id);
  });

  it('lists every rule that src/rules holds (a rule file left out of the index would never run)', async () => {
    const listed = new Set(RULES);
    for (const file of readdirSync(path.join(ROOT, 'src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const exported = ((await import(path.join(ROOT, 'src/rules', file))) as { default?: unknown }).default;
      const isRule = typeof exported === 'object' && exported !== null && 'id' in exported && 'check' in exported;
      if (isRule) expect(listed.has(exported as (typeof RULES)[number]), `src/rules/${file} is not listed in src/rules/index.ts`).toBe(true);
    }
  });

  it('is sorted by id, without duplicates', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('appears in the README table with each rule’s question and severity', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) {
      expect(readme).toContain(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.question ?? '–'} | ${rule.severity} |`);
    }
  });
});

describe('the fixture marks', () => {
  it('name only rules and message ids that exist', () => {
    const known = new Set(RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id}/${m}`)));
    expect([...exercised].filter((m) => !known.has(m))).toEqual([]);
  });

  it('leave out only message ids of rules that exist', () => {
    const known = new Set(RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id}/${m}`)));
    expect(Object.keys(UNREACHABLE_MESSAGES).filter((m) => !known.has(m))).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('lives in its own file and has a docs page naming it', () => {
    expect(existsSync(path.join(ROOT, 'src/rules', `${id}.ts`))).toBe(true);
    const page = path.join(ROOT, 'docs/rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(`# \`${id}\``);
    expect(text).toContain('## Nederlands');
    expect(text).toContain('## English');
  });

  it('has fixtures that must fire and fixtures that must not', () => {
    const cases = existsSync(path.join(FIXTURES, id)) ? readdirSync(path.join(FIXTURES, id)) : [];
    expect(cases.some((c) => c.startsWith('invalid-'))).toBe(true);
    expect(cases.some((c) => c.startsWith('valid-'))).toBe(true);
  });

  it('has a fixture mark for every message id', () => {
    const ids = Object.keys(rule.messages).map((m) => `${id}/${m}`);
    expect(ids.filter((m) => !exercised.has(m) && !(m in UNREACHABLE_MESSAGES))).toEqual([]);
    // An allowed gap that a fixture now exercises is no gap: take it off the list.
    expect(ids.filter((m) => exercised.has(m) && m in UNREACHABLE_MESSAGES)).toEqual([]);
  });

  it('speaks both languages, with the same placeholders in each', () => {
    const related = Object.values(rule.relatedMessages ?? {}) as { nl: string; en: string }[];
    for (const text of [rule.description, rule.basis, rule.fix, ...Object.values(rule.messages), ...Object.values(rule.fixes ?? {}) as { nl: string; en: string }[], ...related]) {
      for (const language of LANGUAGES) expect(text[language].trim().length).toBeGreaterThan(5);
      expect(placeholders(text.nl)).toEqual(placeholders(text.en));
    }
  });

  it('fills related-location messages only from placeholders its messages share', () => {
    // A related message is filled with the finding's data, so it may only ask for what every message of the rule is given.
    const given = Object.values(rule.messages as Record<string, { nl: string }>).map((m) => new Set(placeholders(m.nl)));
    for (const text of Object.values(rule.relatedMessages ?? {}) as { nl: string }[]) {
      for (const name of placeholders(text.nl)) expect(given.every((set) => set.has(name)), name).toBe(true);
    }
  });

  it('has a question and severity from the catalogue’s vocabulary', () => {
    expect([null, 'Q1', 'Q2', 'Q3']).toContain(rule.question);
    expect(['error', 'warning', 'notice']).toContain(rule.severity);
  });
});

describe('the vocabulary', () => {
  const phrases = Object.entries(VOCABULARY) as [Phrase, { nl: string; en: string }][];

  it.each(phrases)('%s speaks both languages, with the same placeholders, and renders whole', (id, text) => {
    for (const language of LANGUAGES) expect(text[language].trim().length).toBeGreaterThan(0);
    expect(placeholders(text.nl)).toEqual(placeholders(text.en));
    const sample = Object.fromEntries(placeholders(text.nl).map((name) => [name, `‹${name}›`]));
    for (const language of LANGUAGES) expect(say(id, language, sample)).not.toMatch(/\{\{|\}\}/);
  });

  it('is the only place that chooses words by language', () => {
    // Words are picked from the vocabulary by id; a comparison with a language code elsewhere is a phrase that escaped it.
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts') && rel !== 'src/report/vocabulary.ts') {
          readFileSync(path.join(ROOT, rel), 'utf8').split('\n').forEach((line, i) => {
            if (/[!=]==\s*'(nl|en)'|'(nl|en)'\s*[!=]==/.test(line)) offenders.push(`${rel}:${i + 1}`);
          });
        }
      }
    };
    for (const dir of ['src', 'action', 'app']) walk(dir);
    expect(offenders).toEqual([]);
  });
});

describe('the output formats', () => {
  it('are one table, and the help lists it', async () => {
    expect(FORMATS).toEqual(Object.keys(RENDERERS));
    for (const language of LANGUAGES) {
      let out = '';
      await main(['--help', '--language', language], { stdout: (s) => (out += s), stderr: () => undefined, cwd: ROOT });
      expect(out).toContain(`--format ${FORMATS.join('|')}`);
    }
  });
});
