/** Message templates: `{{name}}` placeholders filled from a finding's data. */

import type { Language, Bilingual } from './types.js';

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

/** Values a message may be filled with: a text in both languages is filled in the message's language. */
export type MessageData = Record<string, string | number | Bilingual>;

/** Fills `{{name}}` placeholders; unknown names stay visible so the inventory test catches them. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholder names a template uses, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** Picks one language of a text and fills it, each value in that language too. */
export function render(text: Bilingual, language: Language, data?: MessageData): string {
  if (data === undefined) return fillTemplate(text[language]);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(data)) values[name] = typeof value === 'object' ? value[language] : value;
  return fillTemplate(text[language], values);
}

/** How a list item is counted in each language: from 1, in words no one reads as a programmer's index. */
const ITEM: Bilingual = { nl: 'nr.', en: 'no.' };

/**
 * A document path as a privacy officer counts: keys joined by dots, a list item numbered from 1 after its
 * list's name ("data_flows nr. 2" for the second flow; "recipients nr. 3, organisation"). Not "[1]", which
 * reads as a programmer's index from 0, nor "#2", which GitHub links to issue 2.
 */
export function describePath(path: readonly (string | number)[]): Bilingual {
  const describe = (language: Language): string => {
    let out = '';
    let afterItem = false;
    for (const segment of path) {
      if (typeof segment === 'number') {
        out += `${out ? ' ' : ''}${ITEM[language]} ${segment + 1}`;
        afterItem = true;
      } else {
        out += out ? `${afterItem ? ', ' : '.'}${segment}` : segment;
        afterItem = false;
      }
    }
    return out;
  };
  return { nl: describe('nl'), en: describe('en') };
}
