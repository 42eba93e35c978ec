/** Untrusted register text stays inert wherever it is rendered: one table per context of src/report/escape.ts. */

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  codeFence,
  escapeHtml,
  escapeHtmlText,
  escapeMarkdown,
  hasHiddenCharacters,
  inlineCode,
  logLine,
  markerValue,
  mermaidLabel,
  plainTitle,
  terminalText,
  urlPath,
} from '../src/report/escape.js';
import {
  findingMarker,
  isResolvedBody,
  isSummaryBody,
  readFindingMarker,
  readFindingMarkers,
  readStaleMarker,
  readIssueMarker,
  issueMarker,
  RESOLVED_MARKER,
  staleMarker,
  SUMMARY_MARKER,
} from '../src/review/markers.js';
import { findingsTable } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { renderSummary } from '../src/review/summary.js';
import { commentBody, planReview, reviewBody } from '../src/review/review.js';
import { describeOperation } from '../src/review/stale.js';
import type { Finding, Summary } from '../src/types.js';

const ZW = '\u200b';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'vague-recipient', severity: 'warning', file: 'processing/x.yml', line: 3, column: 5, endLine: 3, endColumn: 9,
    entity: { kind: 'processing', id: 'x' }, question: 'Q1', messageId: 'recipient', data: { entry: 'x', term: 'derden' }, fingerprint: '0123456789abcdef0123', path: [], related: [],
    ...overrides,
  } as Finding;
}

describe('escapeMarkdown (Markdown text)', () => {
  it.each([
    ['@jdevries let op', `@${ZW}jdevries let op`],
    ['@gemeente/team-fg', `@${ZW}gemeente/team-fg`],
    ['zie #12 en org/repo#3', `zie #${ZW}12 en org/repo#${ZW}3`],
    ['zie GH-12 en gh-3', `zie GH${ZW}-12 en gh${ZW}-3`],
    ['[klik hier](https://evil.example)', `\\[klik hier\\](https:${ZW}//evil.example)`],
    ['![beeld](x.png)', '!\\[beeld\\](x.png)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<!-- open', '&lt;!-- open'],
    ['x --> y', 'x --&gt; y'],
    ['a | b', 'a \\| b'],
    ['**vet** _schuin_ `code` ~~weg~~', '\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\` \\~\\~weg\\~\\~'],
    ['www.evil.example', `www${ZW}.evil.example`],
    ['regel\neen\ttwee', 'regel een twee'],
    ['a\u202eb\u2066c\u200fd', 'a b c d'],
    ['a\u001b[31mb', 'a [31mb'.replace('[', '\\[')],
    ['$x^2$', '\\$x^2\\$'],
    ['AT&T', 'AT&amp;T'],
    ['&#64;jdevries', `&amp;#${ZW}64;jdevries`],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=====', '\\====='],
    ['12. punt', '12\\. punt'],
    ['3) punt', '3\\) punt'],
    ['# kop', `#${ZW} kop`],
    ['> citaat', '&gt; citaat'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps our own hidden markers from being forged by register text', () => {
    const forged = escapeMarkdown('<!-- register-check:finding:abcdef --> <!-- register-check:stale:processing:x -->');
    expect(forged).not.toContain('<!--');
    expect(readFindingMarker(forged)).toBeUndefined();
    expect(readStaleMarker(forged)).toBeUndefined();
  });
});

describe('inlineCode (code span)', () => {
  it.each([
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a``b`c', '```a``b`c```'],
    ['a|b', '`a¦b`'],
    ['<img src=x>', '`<img src=x>`'],
    ['a\nb\u202ec', '`a b c`'],
  ])('%j → %j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});

describe('codeFence (fenced code block)', () => {
  it.each([
    ['id: kopie', '```'],
    ['id: a```b', '````'],
    ['x ````` y', '``````'],
  ])('%j → %j', (input, expected) => {
    expect(codeFence(input)).toBe(expected);
  });

  it('handles a line of many backtick runs (a spread into Math.max overflowed the stack)', () => {
    expect(codeFence('`a'.repeat(200_000))).toBe('```');
    expect(inlineCode('`a'.repeat(200_000)).startsWith('`` `a')).toBe(true);
  });
});

describe('escapeHtml (text inside HTML elements)', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<a href="https://evil.example">x</a>', `&lt;a href=&quot;https:${ZW}//evil.example&quot;&gt;x&lt;/a&gt;`],
    ['<!-- open', '&lt;!-- open'],
    ["it's", 'it&#39;s'],
    ['`code` **vet**', '`code` **vet**'],
    ['@jdevries #1', `@${ZW}jdevries #${ZW}1`],
    ['a\n\nb', 'a b'],
    ['&lt;', '&amp;lt;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('markerValue and the hidden markers', () => {
  it.each([
    ['jeugdhulp', 'jeugdhulp'],
    ['zorg-en-veiligheidshuis-2', 'zorg-en-veiligheidshuis-2'],
    ['x --> <img src=x>', `sha256=${sha('x --> <img src=x>')}`],
    ['Jeugdhulp', `sha256=${sha('Jeugdhulp')}`],
    ['a\nb', `sha256=${sha('a\nb')}`],
    ['', `sha256=${sha('')}`],
  ])('%j → %j', (id, expected) => {
    expect(markerValue(id)).toBe(expected);
  });

  it('writes markers that read back, and reads those earlier versions wrote', () => {
    expect(staleMarker('processing', 'jeugdhulp')).toBe('<!-- register-check:issue:stale:processing:jeugdhulp -->');
    expect(issueMarker('q2', 'partnership', 'riec')).toBe('<!-- register-check:issue:q2:partnership:riec -->');
    expect(readIssueMarker(`${issueMarker('q2', 'partnership', 'riec')}\ntekst`)).toEqual({ concern: 'q2', kind: 'partnership', id: 'riec' });
    expect(readStaleMarker(issueMarker('q2', 'partnership', 'riec'))).toBeUndefined();
    // The marker earlier versions wrote on stale-entry issues reads as the stale concern.
    expect(readIssueMarker('<!-- register-check:stale:processing:jeugdhulp -->\ntekst')).toEqual({ concern: 'stale', kind: 'processing', id: 'jeugdhulp' });
    expect(readStaleMarker('<!-- register-check:stale:processing:jeugdhulp -->')).toEqual({ kind: 'processing', id: 'jeugdhulp' });
    expect(readStaleMarker(`${staleMarker('processing', 'jeugdhulp')}\nHet register meldt …`)).toEqual({ kind: 'processing', id: 'jeugdhulp' });
    expect(readStaleMarker(`${staleMarker('partnership', 'a -->b')}\r\ntekst`)).toEqual({ kind: 'partnership', id: `sha256=${sha('a -->b')}` });
    expect(readFindingMarker(`tekst\n\n${findingMarker('0123456789abcdef0123')}`)).toBe('0123456789abcdef0123');
    expect(readFindingMarker(`tekst\r\n\r\n${findingMarker('0123456789abcdef0123')}\r\n`)).toBe('0123456789abcdef0123');
    expect(isSummaryBody(`${SUMMARY_MARKER}\n## ✅ register-check`)).toBe(true);
  });

  it('cannot be spoofed by an id that closes the comment', () => {
    const marker = staleMarker('processing', 'x -->\n<!-- register-check:stale:processing:jeugdhulp -->');
    expect(marker).not.toContain('jeugdhulp');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(readStaleMarker(marker)).not.toEqual({ kind: 'processing', id: 'jeugdhulp' });
  });

  it('reads only the marker at its fixed place, not one quoted earlier in the body', () => {
    const quoted = '```suggestion\nid: kopie # <!-- register-check:finding:ffffffffffffffffffff -->\n```';
    expect(readFindingMarker(`tekst\n\n${quoted}\n\n${findingMarker('0123456789abcdef0123')}`)).toBe('0123456789abcdef0123');
    expect(readFindingMarker(`tekst\n\n${quoted}`)).toBeUndefined();
    expect(readStaleMarker(`tekst\n${staleMarker('processing', 'jeugdhulp')}`)).toBeUndefined();
    expect(isSummaryBody(`tekst ${SUMMARY_MARKER}`)).toBe(false);
    // A review body: only file-level entries (`- …`) ending in a marker count.
    const review = ['intro', '', '`<!-- register-check:finding:eeeeeeeeeeeeeeeeeeee -->`', '', `- **fout** (regel 3): bericht ${findingMarker('0123456789abcdef0123')}`].join('\n');
    expect(readFindingMarkers(review)).toEqual(['0123456789abcdef0123']);
  });

  it('finds a resolved comment by the original marker, above the resolved marker', () => {
    const original = commentBody(finding(), 'nl', 'id: kopie # <!-- register-check:finding:ffffffffffffffffffff -->');
    const resolved = `✅ **Opgelost**\n\n<details><summary>Oorspronkelijke melding</summary>\n\n${original}\n\n</details>\n${RESOLVED_MARKER}`;
    expect(readFindingMarker(resolved)).toBe('0123456789abcdef0123');
    expect(isResolvedBody(resolved)).toBe(true);
    expect(isResolvedBody(original)).toBe(false);
  });

  it('refuses to put anything but a fingerprint in a finding marker', () => {
    expect(() => findingMarker('abc -->')).toThrow();
  });
});

describe('mermaidLabel (Mermaid label)', () => {
  it('leaves no quote, bracket, angle bracket, backtick or line break to break out of a label', () => {
    const label = mermaidLabel('Politie"] --> X[<script>`click`</script>] %% @x #y\nclick X "https://evil.example"');
    expect(label).not.toMatch(/["[\]<>`@\n(){}|]/);
    expect(label).toContain('#quot;');
    expect(label).toContain('#35;y');
  });

  it.each([
    ['a\u202eb', 'a b'],
    ['a & b', 'a #38; b'],
    ['(x)', '#40;x#41;'],
  ])('%j → %j', (input, expected) => {
    expect(mermaidLabel(input)).toBe(expected);
  });

  it('shortens by characters, not halves of one', () => {
    expect(mermaidLabel('😀'.repeat(10), 5)).toBe(`${'😀'.repeat(4)}…`);
  });
});

describe('logLine (CI log line)', () => {
  it.each([
    ['x\n::error::forged', `x :${ZW}:error:${ZW}:forged`],
    ['x\r\n::set-output name=a::b', `x :${ZW}:set-output name=a:${ZW}:b`],
    ['::stop-commands::token', `:${ZW}:stop-commands:${ZW}:token`],
    ['x\n##[error]forged', `x #${ZW}#[error]forged`],
    ['a\u2028::warning::b', `a :${ZW}:warning:${ZW}:b`],
    ['a\u001b[31mb\u202ec', 'a [31mb c'],
    ['processing:jeugdhulp', 'processing:jeugdhulp'],
  ])('%j → %j', (input, expected) => {
    expect(logLine(input)).toBe(expected);
    expect(logLine(input).split(/\r|\n/)).toHaveLength(1);
  });
});

describe('terminalText (terminal)', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\nb', 'a b'],
    ['a\u001b[2Jb', 'a\ufffd[2Jb'],
    ['a\u009b31mb', 'a\ufffd31mb'],
    ['gnp\u202eexe.yml', 'gnp\ufffdexe.yml'],
    ['a\u2066b\u2069', 'a\ufffdb\ufffd'],
    ['tab\there', 'tab\there'],
  ])('%j → %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });
});

describe('plainTitle (issue title)', () => {
  it.each([
    ['Jeugdhulp\u202e gnp.exe', 'Jeugdhulp gnp.exe'],
    ['a\nb\u2067c', 'a b c'],
    ['x'.repeat(200), `${'x'.repeat(119)}…`],
  ])('%j → %j', (input, expected) => {
    expect(plainTitle(input)).toBe(expected);
  });
});

describe('hasHiddenCharacters', () => {
  it.each([
    ['id: kopie', false],
    ['a:\n  b: c', false],
    ['a\tb', false],
    ['a\u001b[31m', true],
    ['a\u202eb', true],
    ['a\rb', true],
  ])('%j → %s', (input, expected) => {
    expect(hasHiddenCharacters(input)).toBe(expected);
  });
});

describe('every escape takes linear time', () => {
  // Crafted inputs of the kind that make backtracking patterns blow up, against a benign input of the same size.
  const SIZE = 200_000;
  const hostile = [
    '@'.repeat(SIZE),
    '`'.repeat(SIZE),
    '\n'.repeat(SIZE),
    '-'.repeat(SIZE),
    '1'.repeat(SIZE),
    ' '.repeat(SIZE) + 'x',
    'gh-'.repeat(SIZE / 3),
    'www'.repeat(SIZE / 3),
    ':/'.repeat(SIZE / 2),
    '#['.repeat(SIZE / 2),
    'a-'.repeat(SIZE / 2) + '!',
    '\u202e '.repeat(SIZE / 2),
    '`a'.repeat(SIZE / 2),
  ];
  const benign = 'a'.repeat(SIZE);
  const functions: [string, (s: string) => unknown][] = [
    ['escapeMarkdown', escapeMarkdown], ['inlineCode', inlineCode], ['codeFence', codeFence], ['escapeHtml', escapeHtml], ['markerValue', markerValue],
    ['mermaidLabel', (s) => mermaidLabel(s, SIZE)], ['logLine', logLine], ['terminalText', terminalText], ['plainTitle', (s) => plainTitle(s, SIZE)],
    ['hasHiddenCharacters', hasHiddenCharacters], ['readFindingMarker', readFindingMarker], ['readFindingMarkers', readFindingMarkers],
    ['readStaleMarker', (s) => readStaleMarker(`<!-- register-check:stale:processing:${s}`)],
    ['readIssueMarker', (s) => readIssueMarker(`<!-- register-check:issue:q2:processing:${s}`)],
    ['urlPath', urlPath],
    ['escapeHtmlText', escapeHtmlText],
  ];
  const time = (fn: (s: string) => unknown, input: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      fn(input);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it.each(functions)('%s', (_name, fn) => {
    const base = Math.max(time(fn, benign), 1);
    // A quadratic pattern on 200,000 characters is ten thousand times slower or worse; linear ones measured at most ~25 times (a 1 ms floor).
    for (const input of hostile) expect(time(fn, input) / base).toBeLessThan(400);
  });
});

describe('what the bot renders from register text', () => {
  const summary: Summary = { files: 1, entities: 1, errors: 0, warnings: 1, notices: 0 } as Summary;

  it('keeps every hostile cell of a findings table in its column', () => {
    const f = finding({ entity: { kind: 'processing', id: 'x|y' } as Finding['entity'], data: { entry: 'Naam | met pipe\nen @iemand [link](http://a)', term: 'derden' } });
    const row = findingsTable([f], 'nl').split('\n')[2];
    const cells = row.split(/(?<!\\)\|/).slice(1, -1);
    expect(cells).toHaveLength(5);
    expect(row).not.toMatch(/(^|[^\\])\[link\]/);
    expect(row).toContain(`@${ZW}iemand`);
  });

  it('puts a partnership id and name in the <summary> line as HTML text, not as a code span that HTML ignores', () => {
    const id = 'x`<img src=x onerror=alert(1)>` @jdevries <!--';
    const partnership = { kind: 'partnership', id, file: { path: 'partnerships/x.yml' }, data: { id, name: '<a href="https://evil.example">klik</a> @jdevries', participants: [], data_flows: [] } };
    const body = renderSummary([], summary, { language: 'nl', failed: false, notCommented: 0, overflow: 0, changedPartnerships: [id], register: { partnerships: [partnership] } as never });
    const line = body.split('\n').find((l) => l.startsWith('<details open>'))!;
    expect(line).toBe(
      `<details open><summary>Gegevensstromen in &lt;a href=&quot;https:${ZW}//evil.example&quot;&gt;klik&lt;/a&gt; @${ZW}jdevries (<code>x\`&lt;img src=x onerror=alert(1)&gt;\` @${ZW}jdevries &lt;!--</code>)</summary>`,
    );
  });

  it('cuts a long summary at a line, never inside a code span', () => {
    const id = '<img src=x onerror=alert(1)>';
    const many = Array.from({ length: 100 }, (_, i) => finding({ fingerprint: i.toString(16).padStart(20, '0'), entity: { kind: 'processing', id: `${id}${'y'.repeat(700)}` } as Finding['entity'] }));
    const body = renderSummary(many, summary, { language: 'nl', failed: false, notCommented: 0, overflow: 0, changedPartnerships: [] });
    expect(body.length).toBeLessThan(61_000);
    const lastRow = body.split('\n').filter((l) => l.startsWith('|')).at(-1)!;
    expect(lastRow.endsWith('|')).toBe(true);
  });

  it('names a file with backticks in the review body as a code span it cannot leave', () => {
    const file = 'processing/`x`<img src=x>@jdevries.yml';
    const f = finding({ file: 'processing/`x`<img src=x>@jdevries.yml' });
    const body = reviewBody({ inline: [], fileLevel: [{ finding: f, path: file, body: '- entry' }], summaryOnly: [], overflow: [], toDelete: [], toResolve: [] }, 'nl', 'intro');
    expect(body.split('\n')).toContain('``processing/`x`<img src=x>@jdevries.yml``');
  });

  it('does not offer a suggestion that would commit hidden characters, and finds its comment again by the last line', () => {
    const changedFiles = [{ filename: 'processing/x.yml', status: 'modified' as const, patch: '@@ -1,3 +1,3 @@\n a\n-b\n+c\n d' }];
    const marked = finding({ line: 2, suggestion: { startLine: 2, endLine: 2, replacement: 'id: kopie # <!-- register-check:finding:ffffffffffffffffffff -->' } });
    const hidden = finding({ line: 2, fingerprint: 'aaaaaaaaaaaaaaaaaaaa', suggestion: { startLine: 2, endLine: 2, replacement: 'id: x\u202eb' } });
    const plan = planReview({ findings: [marked, hidden], changedFiles, existing: [], botLogin: 'bot', maxComments: 10, language: 'nl', pathPrefix: '' });
    expect(plan.inline[0].body).toContain('```suggestion');
    expect(plan.inline[1].body).not.toContain('```suggestion');
    const existing = plan.inline.map((c, i) => ({ id: i + 1, body: c.body, path: c.path, user: { login: 'bot' } }));
    const again = planReview({ findings: [marked, hidden], changedFiles, existing, botLogin: 'bot', maxComments: 10, language: 'nl', pathPrefix: '' });
    // Both were commented on already: nothing new is planned for them, and nothing of ours is taken away.
    expect(again.inline).toEqual([]);
    expect(again.fileLevel).toEqual([]);
    expect(again.summaryOnly).toEqual([]);
    expect(again.overflow).toEqual([]);
    expect(again.toDelete).toEqual([]);
  });

  it('prints file names in text output without terminal escapes, newlines or bidi characters', () => {
    const f = finding({ rule: 'duplicate-id', messageId: 'duplicate', data: { id: 'x\u001b]0;title\u0007', other: 'y\n' }, file: 'processing/a\u001b[2J\nb\u202ec.yml', related: [{ file: 'r\u001b[31m.yml', line: 1, column: 1, endLine: 1, endColumn: 2, messageId: 'alsoDefined' }] });
    const text = renderText([f], summary, 'nl');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(text.split('\n')[0]).toContain('processing/a\ufffd[2J b\ufffdc.yml:3:5');
  });

  it('starts no text line with a workflow command, even for a file named like one', () => {
    const f = finding({ rule: 'duplicate-id', messageId: 'duplicate', data: { id: 'x', other: 'y' }, file: '::error::x.yml', related: [{ file: '##[error]y.yml', line: 1, column: 1, endLine: 1, endColumn: 2, messageId: 'alsoDefined' }] });
    const lines = renderText([f], summary, 'en').split('\n');
    expect(lines[0].startsWith('./::error::x.yml:3:5')).toBe(true);
    expect(lines.every((l) => !/^\s*(::|##\[)/.test(l))).toBe(true);
  });

  it('describes a stale-issue operation with the entry escaped for where the line goes', () => {
    const operation = { action: 'create' as const, entry: 'processing:x\n::error::forged', issue: 4 };
    expect(describeOperation(operation, 'nl', false, logLine)).toBe(`issue aanmaken: processing:x :${ZW}:error:${ZW}:forged #4`);
    expect(describeOperation(operation, 'en', true, inlineCode)).toBe('(dry run) create issue: `processing:x ::error::forged` #4');
  });
});
