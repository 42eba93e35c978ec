/** The SARIF renderer: rule names code scanning accepts, and paths from the repository root. */

import { describe, expect, it } from 'vitest';
import { renderSarif, sarifRuleName } from '../src/report/sarif.js';
import { RULES } from '../src/rules/index.js';
import type { Finding } from '../src/types.js';

const finding = (file: string): Finding =>
  ({
    rule: 'duplicate-id', severity: 'error', file, line: 3, column: 5, endLine: 3, endColumn: 9,
    entity: { kind: 'partnership', id: 'riec' }, question: 'Q2', messageId: 'duplicate', data: { id: 'riec', other: 'partnerships/riec-oud.yml' },
    fingerprint: 'abc', path: ['data_flows', 0], related: [{ file: 'processing/bijstand.yml', line: 1, column: 1, endLine: 1, endColumn: 4, messageId: 'alsoDefined' }],
  }) as Finding;

describe('SARIF rules', () => {
  it('give every rule a name distinct from its id, as SARIF1001 asks (compared ignoring case), and unique', () => {
    const log = JSON.parse(renderSarif([], 'nl'));
    const rules = log.runs[0].tool.driver.rules as { id: string; name: string }[];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of rules) {
      expect(rule.name, rule.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.name.toLowerCase(), rule.id).not.toBe(rule.id.toLowerCase());
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });

  it('name a rule in PascalCase of its id', () => {
    expect(sarifRuleName('legal-basis-missing')).toBe('LegalBasisMissing');
    expect(sarifRuleName('schema')).toBe('SchemaMismatch');
  });
});

describe('SARIF paths', () => {
  const uris = (sarif: string) => {
    const result = JSON.parse(sarif).runs[0].results[0];
    return [result.locations[0].physicalLocation.artifactLocation.uri, result.relatedLocations[0].physicalLocation.artifactLocation.uri];
  };

  it('put the register folder before every file, primary and related', () => {
    expect(uris(renderSarif([finding('partnerships/riec.yml')], 'nl', { pathPrefix: 'register/' }))).toEqual(['register/partnerships/riec.yml', 'register/processing/bijstand.yml']);
    expect(uris(renderSarif([finding('partnerships/riec.yml')], 'nl', { pathPrefix: 'register' }))).toEqual(['register/partnerships/riec.yml', 'register/processing/bijstand.yml']);
    expect(uris(renderSarif([finding('partnerships/riec.yml')], 'nl'))).toEqual(['partnerships/riec.yml', 'processing/bijstand.yml']);
  });

  it('are URI references: a space, # or ? in a name is percent-encoded, slashes stay', () => {
    const [uri] = uris(renderSarif([finding('partnerships/zorg #2?.yml')], 'nl', { pathPrefix: 'mijn register/' }));
    expect(uri).toBe('mijn%20register/partnerships/zorg%20%232%3F.yml');
    expect(decodeURIComponent(uri)).toBe('mijn register/partnerships/zorg #2?.yml');
  });
});
