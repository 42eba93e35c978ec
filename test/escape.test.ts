/** Untrusted register text stays inert wherever it is rendered. */

import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode } from '../src/report/escape.js';
import { mermaidLabel } from '../src/github/mermaid.js';
import { readFindingMarker, readStaleMarker } from '../src/github/markers.js';
import { findingsTable } from '../src/report/markdown.js';
import type { Finding } from '../src/types.js';

const ZW = '\u200b';

describe('escapeMarkdown', () => {
  it.each([
    ['@jdevries let op', `@${ZW}jdevries let op`],
    ['@gemeente/team-fg', `@${ZW}gemeente/team-fg`],
    ['zie #12 en org/repo#3', `zie #${ZW}12 en org/repo#${ZW}3`],
    ['[klik hier](https://evil.example)', `\\[klik hier\\](https:${ZW}//evil.example)`],
    ['![beeld](x.png)', '!\\[beeld\\](x.png)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a | b', 'a \\| b'],
    ['**vet** _schuin_ `code` ~~weg~~', '\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\` \\~\\~weg\\~\\~'],
    ['www.evil.example', `www${ZW}.evil.example`],
    ['regel\neen\ttwee', 'regel een twee'],
    ['$x^2$', '\\$x^2\\$'],
    ['AT&T', 'AT&amp;T'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps our own hidden markers from being forged by register text', () => {
    const forged = escapeMarkdown('<!-- register-check:finding:abcdef --> <!-- register-check:stale:processing:x -->');
    expect(readFindingMarker(forged)).toBeUndefined();
    expect(readStaleMarker(forged)).toBeUndefined();
  });
});

describe('inlineCode', () => {
  it('uses a fence longer than any backtick run and keeps table cells intact', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a|b')).toBe('`a¦b`');
  });
});

describe('a findings table', () => {
  it('keeps every hostile cell in its column', () => {
    const finding = {
      rule: 'vague-recipient', severity: 'warning', file: 'p/x.yml', line: 3, column: 5, endLine: 3, endColumn: 9,
      entity: { kind: 'processing', id: 'x|y' }, question: 'Q1', message: 'Naam | met pipe\nen @iemand [link](http://a)', fix: '', fingerprint: 'f', path: [], related: [],
    } as Finding;
    const row = findingsTable([finding], 'nl').split('\n')[2];
    const cells = row.split(/(?<!\\)\|/).slice(1, -1);
    expect(cells).toHaveLength(5);
    expect(row).not.toMatch(/(^|[^\\])\[link\]/);
    expect(row).toContain(`@${ZW}iemand`);
  });
});

describe('mermaidLabel', () => {
  it('leaves no quote, bracket, angle bracket or backtick to break out of a label', () => {
    const label = mermaidLabel('Politie"] --> X[<script>`click`</script>] %% @x #y');
    expect(label).not.toMatch(/["[\]<>`@]/);
    expect(label).toContain('#quot;');
  });
});
