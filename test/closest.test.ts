/** The "did you mean" suggestion: measured only as far as a candidate could still win, with the same answer as measuring all, within a budget. */

import { describe, expect, it } from 'vitest';
import { closest } from '../src/validate.js';
import { SUGGESTION_BUDGET } from '../src/rules/unknown-partnership.js';
import { MemorySource } from '../src/source.js';
import { loadRegister } from '../src/load.js';
import { checkRegister } from '../src/check.js';
import { REGISTER, processing } from './support/registers.js';

/** The plain definition: the full edit distance to every candidate, the first of the closest, if close enough. */
function reference(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A small seeded generator, so that a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('closest', () => {
  it.each([
    ['samenwerking-wijkteam', ['samenwerking-wijkteam-oost', 'samenwerkng-wijkteam', 'samenwerking-wijkteams'], 'samenwerkng-wijkteam'],
    ['Wijkteam', ['wijkteam', 'WIJKTEAM'], 'wijkteam'],
    ['abcd', ['abxd', 'abcx'], 'abxd'],
    ['volkomen-anders', ['wijkteam', 'riec'], undefined],
    ['', ['a', 'ab', 'abc'], 'a'],
  ])('suggests for %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
    expect(reference(word, candidates)).toBe(expected);
  });

  it('gives the answer of measuring every candidate in full, on 2,000 random cases', () => {
    const next = random(15);
    const letters = 'abcde-';
    const text = (length: number) => Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let n = 0; n < 2_000; n++) {
      const candidates = Array.from({ length: 1 + Math.floor(next() * 20) }, () => text(Math.floor(next() * 12)));
      const word = next() < 0.5 ? text(Math.floor(next() * 14)) : candidates[0].slice(0, -1) + text(1);
      expect(closest(word, candidates), `${word} among ${candidates.join(' ')}`).toBe(reference(word, candidates));
    }
  });
});

describe('unknown-partnership', () => {
  const memory = (files: Record<string, string>) =>
    new MemorySource(new Map(Object.entries(files).map(([p, text]) => [p, { type: 'file' as const, bytes: new TextEncoder().encode(text) }])));
  const partnership = (id: string) => `id: ${id}\nname: Samenwerking ${id}\n`;
  const ids = Array.from({ length: 400 }, (_, j) => `samenwerking-${String(j).padStart(4, '0')}`);

  it('suggests for each misspelling until the budget is spent, and reports every reference', async () => {
    const affordable = Math.floor(SUGGESTION_BUDGET / ids.length);
    // One activity with more different misspellings than the budget affords, each listed twice.
    const misspelt = Array.from({ length: affordable + 50 }, (_, i) => `samenwerkng-${String(i % ids.length).padStart(4, '0')}${i >= ids.length ? '-x' : ''}`);
    const recipients = [...misspelt, ...misspelt].map((id) => `  - partnership: ${id}`).join('\n');
    const files: Record<string, string> = { 'register.yml': REGISTER, 'processing/veel.yml': processing('veel', recipients) };
    for (const id of ids) files[`partnerships/${id}.yml`] = partnership(id);
    const { findings } = checkRegister(await loadRegister(memory(files)), { today: '2026-06-01' });
    const own = findings.filter((f) => f.rule === 'unknown-partnership');
    expect(own).toHaveLength(misspelt.length * 2);
    const suggested = (id: string) => own.filter((f) => f.data.partnership === id).map((f) => f.messageId);
    // Within the budget every reference gets the suggestion, both times it appears; beyond it, none.
    expect(suggested(misspelt[0])).toEqual(['unknownDidYouMean', 'unknownDidYouMean']);
    expect(suggested(misspelt[affordable - 1])).toEqual(['unknownDidYouMean', 'unknownDidYouMean']);
    expect(suggested(misspelt[affordable])).toEqual(['unknown', 'unknown']);
    expect(own.find((f) => f.data.partnership === misspelt[0])?.data.suggestion).toBe(ids[0]);
  });
});
