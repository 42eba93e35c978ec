/** Every rule is complete: file, docs page, fixtures both ways, both languages with the same placeholders. */

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { placeholders } from '../src/text.js';
import { LANGUAGES } from '../src/types.js';
import { FIXTURES } from './support/fixtures.js';
import { ROOT } from './support/cli.js';

/** The rule ids of the catalogue in REGISTER-FORMAT.md: public interface, never renamed. */
const CATALOGUE = [
  'yaml-syntax', 'schema', 'id-mismatch', 'duplicate-id', 'placeholder-value', 'partnership-not-registered',
  'unknown-partnership', 'vague-recipient', 'review-overdue', 'partnership-ended', 'legal-basis-missing',
  'legal-basis-provision-missing', 'legal-basis-agreement-only', 'necessity-missing', 'special-data-without-exception',
  'transfer-safeguard-missing', 'self-missing', 'role-missing', 'flow-party-unknown', 'agreement-missing',
  'agreement-after-start', 'dpia-missing', 'notice-missing', 'notice-contact-missing', 'notice-decisions-unexplained',
  'notice-outdated', 'notice-not-updated', 'joint-arrangement-unpublished', 'notice-not-plain-language',
];

describe('the rule list', () => {
  it('holds every rule of the catalogue', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of CATALOGUE) expect(ids).toContain(id);
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

  it('speaks both languages, with the same placeholders in each', () => {
    for (const text of [rule.description, rule.basis, rule.fix, ...Object.values(rule.messages), ...Object.values(rule.fixes ?? {}) as { nl: string; en: string }[]]) {
      for (const language of LANGUAGES) expect(text[language].trim().length).toBeGreaterThan(5);
      expect(placeholders(text.nl)).toEqual(placeholders(text.en));
    }
  });

  it('has a question and severity from the catalogue’s vocabulary', () => {
    expect([null, 'Q1', 'Q2', 'Q3']).toContain(rule.question);
    expect(['error', 'warning', 'notice']).toContain(rule.severity);
  });
});
