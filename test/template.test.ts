/** Message templates and paths as people read them. */

import { describe, expect, it } from 'vitest';
import { describePath, fillTemplate, placeholders, render } from '../src/template.js';

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
    [[], '', ''],
    [['retention'], 'retention', 'retention'],
    [['legal_basis', 'provision'], 'legal_basis.provision', 'legal_basis.provision'],
    [['data_flows', 1], 'data_flows nr. 2', 'data_flows no. 2'],
    [['recipients', 0, 'organisation'], 'recipients nr. 1, organisation', 'recipients no. 1, organisation'],
    [['data_flows', 2, 'to', 1], 'data_flows nr. 3, to nr. 2', 'data_flows no. 3, to no. 2'],
    [['data_flows', 0, 'legal_basis', 0, 'provision'], 'data_flows nr. 1, legal_basis nr. 1, provision', 'data_flows no. 1, legal_basis no. 1, provision'],
    [[3], 'nr. 4', 'no. 4'],
  ] as const)('%j → %s / %s', (path, nl, en) => {
    expect(describePath(path)).toEqual({ nl, en });
  });

  it('counts from 1 and never writes an index in brackets or with #', () => {
    const { nl, en } = describePath(['data_flows', 0, 'to', 0]);
    expect(`${nl} ${en}`).not.toMatch(/[[\]#]|\b0\b/);
  });

  it('is filled into a message in the message\'s language', () => {
    const text = { nl: 'Het veld "{{field}}" is leeg.', en: 'The field "{{field}}" is empty.' };
    const data = { field: describePath(['data_flows', 1, 'necessity']) };
    expect(render(text, 'nl', data)).toBe('Het veld "data_flows nr. 2, necessity" is leeg.');
    expect(render(text, 'en', data)).toBe('The field "data_flows no. 2, necessity" is empty.');
  });
});
