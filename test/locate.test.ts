/** Where a path into a YAML document lands: exact lines and columns (1-based, end column exclusive). */

import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { FILE_START, decodePointer, locate, pathExists, pointerToPath } from '../src/locate.js';
import type { ParsedFile } from '../src/register.js';
import type { DocPath, Position } from '../src/types.js';

/** Parses a text the way the loader does. */
function parsed(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  return { path: 'processing/wmo.yml', role: 'processing', content: text, lineCounter, doc, data: doc.toJS() };
}

const at = (line: number, column: number, endLine: number, endColumn: number): Position => ({ line, column, endLine, endColumn });

// Line numbers on the right, for reading the table below.
const WMO = parsed(
  [
    '# yaml-language-server: $schema=../schemas/processing-activity.schema.json', //  1
    'id: wmo', //                                                                    2
    'name: Maatwerkvoorziening Wmo', //                                              3
    'purposes:', //                                                                  4
    '  - Beoordelen van aanvragen', //                                               5
    '  - "Toezicht op de kwaliteit"', //                                             6
    'personal_data:', //                                                             7
    '  - category: NAW-gegevens', //                                                 8
    '  - category: Gezondheidsgegevens', //                                          9
    '    special: health', //                                                       10
    'recipients: [buurtteam, "zorg-en-veiligheidshuis"]', //                        11
    '"quoted key": waarde', //                                                      12
    "'a/b': x", //                                                                  13
    'c~d: y', //                                                                    14
    'notice:', //                                                                   15
    '  url: https://www.proefstad.nl/privacy/wmo', //                               16
    'data_flows:', //                                                               17
    '  - from: gemeente', //                                                        18
    '    to: [politie, om]', //                                                     19
    '',
  ].join('\n'),
);

describe('locate', () => {
  it.each<[string, DocPath, Position]>([
    // Keys: the key itself, not its value.
    ['a top-level key', ['id'], at(2, 1, 2, 3)],
    ['a key with a long value', ['name'], at(3, 1, 3, 5)],
    ['a key holding a sequence', ['purposes'], at(4, 1, 4, 9)],
    ['a nested key', ['notice', 'url'], at(16, 3, 16, 6)],
    ['a key in a sequence item', ['personal_data', 1, 'special'], at(10, 5, 10, 12)],
    ['the first key of a sequence item', ['personal_data', 1, 'category'], at(9, 5, 9, 13)],
    // Sequence items: a scalar item is the scalar, quotes included.
    ['a plain scalar item', ['purposes', 0], at(5, 5, 5, 29)],
    ['a quoted scalar item', ['purposes', 1], at(6, 5, 6, 31)],
    ['a numeric segment given as a string', ['purposes', '0'], at(5, 5, 5, 29)],
    // A mapping item spans only its first line.
    ['a one-line mapping item', ['personal_data', 0], at(8, 5, 8, 27)],
    ['a mapping item of two lines', ['personal_data', 1], at(9, 5, 9, 34)],
    // Flow sequences.
    ['a flow sequence item', ['recipients', 0], at(11, 14, 11, 23)],
    ['a quoted flow sequence item', ['recipients', 1], at(11, 25, 11, 50)],
    ['a nested flow sequence item', ['data_flows', 0, 'to', 1], at(19, 19, 19, 21)],
    // Quoted keys, and keys with the characters JSON pointers escape.
    ['a double-quoted key', ['quoted key'], at(12, 1, 12, 13)],
    ['a key with a slash', ['a/b'], at(13, 1, 13, 6)],
    ['a key with a tilde', ['c~d'], at(14, 1, 14, 4)],
    // Missing nested paths fall back to the nearest existing parent's key or item.
    ['a missing key in a mapping', ['notice', 'contact'], at(15, 1, 15, 7)],
    ['a missing key in a mapping item', ['personal_data', 1, 'exception'], at(9, 5, 9, 34)],
    ['a missing key in a one-line mapping item', ['personal_data', 0, 'special'], at(8, 5, 8, 27)],
    ['an index past the end', ['purposes', 7], at(4, 1, 4, 9)],
    ['a name where a sequence has indexes', ['purposes', 'eerste'], at(4, 1, 4, 9)],
    ['an index past the end of a flow sequence', ['data_flows', 0, 'to', 5], at(19, 5, 19, 7)],
    ['a path into a scalar', ['name', 'nl'], at(3, 1, 3, 5)],
    // Missing top-level keys (and the entity itself) fall back to the id key.
    ['a missing top-level key', ['retention'], at(2, 1, 2, 3)],
    ['a missing top-level path', ['dpia', 'reference'], at(2, 1, 2, 3)],
    ['the entity itself', [], at(2, 1, 2, 3)],
  ])('%s: %j', (_name, path, expected) => {
    expect(locate(WMO, path)).toEqual(expected);
  });

  it('falls back to the start of the document when there is no id key', () => {
    const file = parsed('# Bemoeizorg\n\nname: Bemoeizorg\nowner: proefstad/team-sociaal\n');
    expect(locate(file, ['retention'])).toEqual(at(3, 1, 3, 1));
    expect(locate(file, ['owner'])).toEqual(at(4, 1, 4, 6));
  });

  it('falls back to the start of the document when the root is not a mapping', () => {
    expect(locate(parsed('- id: wmo\n- id: jeugd\n'), ['id'])).toEqual(at(1, 1, 1, 1));
    expect(locate(parsed('"alleen tekst"\n'), ['id'])).toEqual(at(1, 1, 1, 1));
  });

  it('points at the start of the file for an empty document or an unparsed file', () => {
    expect(locate(parsed(''), ['id'])).toEqual(FILE_START);
    expect(locate(parsed('# alleen commentaar\n'), [])).toEqual(FILE_START);
    const unparsed: ParsedFile = { ...parsed('id: x\n'), doc: undefined };
    expect(locate(unparsed, ['id'])).toEqual(FILE_START);
  });

  it('counts lines after Windows line endings the same way', () => {
    const file = parsed('id: wmo\r\nnotice:\r\n  url: https://www.proefstad.nl\r\n');
    expect(locate(file, ['notice', 'url'])).toEqual(at(3, 3, 3, 6));
    expect(locate(file, ['notice', 'contact'])).toEqual(at(2, 1, 2, 7));
  });

  it('spans only the first line of a mapping item written with the dash on a line of its own', () => {
    const file = parsed('id: x\npersonal_data:\n  -\n    category: NAW-gegevens\n    special: health\n');
    expect(locate(file, ['personal_data', 0])).toEqual(at(4, 5, 4, 27));
  });
});

describe('pathExists', () => {
  it.each<[DocPath, boolean]>([
    [['id'], true],
    [['personal_data', 1, 'special'], true],
    [['personal_data', 0, 'special'], false],
    [['recipients', 1], true],
    [['recipients', 2], false],
    [['name', 'nl'], false],
    [[], true],
  ])('%j: %s', (path, expected) => {
    expect(pathExists(WMO, path)).toBe(expected);
  });
});

describe('decodePointer (RFC 6901)', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['/', ['']],
    ['/notice/url', ['notice', 'url']],
    ['/personal_data/1/special', ['personal_data', '1', 'special']],
    ['/a~1b', ['a/b']],
    ['/c~0d', ['c~d']],
    // ~01 is "~1" (first ~0 becomes ~, and that ~ does not start a new escape); ~10 is "/0".
    ['/~01', ['~1']],
    ['/~10', ['/0']],
    ['/~0~1/x', ['~/', 'x']],
  ])('%j decodes to %j', (pointer, expected) => {
    expect(decodePointer(pointer)).toEqual(expected);
  });
});

describe('pointerToPath', () => {
  it.each<[string, (string | number)[]]>([
    ['', []],
    ['/id', ['id']],
    ['/personal_data/1/special', ['personal_data', 1, 'special']],
    ['/recipients/1', ['recipients', 1]],
    ['/data_flows/0/to/1', ['data_flows', 0, 'to', 1]],
    ['/a~1b', ['a/b']],
    ['/c~0d', ['c~d']],
    // Past the end of the document the segments stay as they are: an index into a sequence is still a number.
    ['/purposes/9/x', ['purposes', 9, 'x']],
    ['/notice/contact', ['notice', 'contact']],
  ])('%j becomes %j', (pointer, expected) => {
    expect(pointerToPath(WMO, pointer)).toEqual(expected);
  });

  it('keeps numeric-looking keys of a mapping as strings', () => {
    const file = parsed('id: x\nbewaartermijnen:\n  "2024": 7 jaar\n  2025: 10 jaar\n');
    expect(pointerToPath(file, '/bewaartermijnen/2024')).toEqual(['bewaartermijnen', '2024']);
    expect(pointerToPath(file, '/bewaartermijnen/2025')).toEqual(['bewaartermijnen', '2025']);
    expect(locate(file, ['bewaartermijnen', '2024'])).toEqual(at(3, 3, 3, 9));
    expect(locate(file, ['bewaartermijnen', '2025'])).toEqual(at(4, 3, 4, 7));
  });
});

describe('a mapping of 75,000 keys', () => {
  const keys = Array.from({ length: 75_000 }, (_, i) => `k${String(i).padStart(6, '0')}`);
  const big = parsed(`id: wmo\n${keys.map((k) => `${k}: 1`).join('\n')}\n`);
  const small = parsed('id: wmo\nname: a\nowner: b\n');

  /** Milliseconds for one lookup per key, in `file`, of the key `pick(i)` gives; the fastest of two runs. */
  function timeOf(file: ParsedFile, pick: (i: number) => string): number {
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      for (let i = 0; i < keys.length; i++) {
        const key = pick(i);
        locate(file, [key]);
        pathExists(file, [key]);
        pointerToPath(file, `/${key}`);
      }
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  // One lookup per schema finding used to scan the mapping: quadratic in its keys.
  it('locates every key within ten times as many lookups in a mapping of three keys', () => {
    const reference = timeOf(small, (i) => ['id', 'name', 'owner'][i % 3]);
    const hostile = timeOf(big, (i) => keys[i]);
    expect(hostile / Math.max(reference, 20)).toBeLessThan(10);
    expect(locate(big, ['k074999'])).toEqual(at(75_001, 1, 75_001, 8));
  }, 120_000);

  it('finds the first of two equal keys, as before', () => {
    const twice = parsed(`${keys.slice(0, 20).map((k) => `${k}: 1`).join('\n')}\nk000003: 2\n`);
    expect(locate(twice, ['k000003'])).toEqual(at(4, 1, 4, 8));
  });
});
