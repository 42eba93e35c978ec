/** Message templates and paths as people read them. */

import { describe, expect, it } from 'vitest';
import { describePath, fillTemplate, placeholders, render } from '../src/text.js';

describe('templates', () => {
  it('fills known placeholders and leaves unknown ones visible for the inventory test', () => {
    expect(fillTemplate('Verwerking "{{name}}" mist {{ what }}.', { name: 'Bijstand', what: 'een grondslag' })).toBe('Verwerking "Bijstand" mist een grondslag.');
    expect(fillTemplate('{{name}} en {{other}}', { name: 'A' })).toBe('A en {{other}}');
    expect(fillTemplate('{{n}} maanden', { n: 12 })).toBe('12 maanden');
  });

  it('does not read placeholders out of the filled-in values', () => {
    expect(fillTemplate('"{{value}}"', { value: '{{name}}', name: 'x' })).toBe('"{{name}}"');
  });

  it('lists placeholders sorted and once', () => {
    expect(placeholders('{{b}} {{a}} {{b}}')).toEqual(['a', 'b']);
  });

  it('renders the chosen language', () => {
    expect(render({ nl: 'Hallo {{x}}', en: 'Hello {{x}}' }, 'en', { x: 'FG' })).toBe('Hello FG');
  });
});

describe('describePath', () => {
  it.each([
    [[], ''],
    [['retention'], 'retention'],
    [['recipients', 0, 'organisation'], 'recipients[1].organisation'],
    [['data_flows', 2, 'to', 1], 'data_flows[3].to[2]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(describePath(path)).toBe(expected);
  });
});
