/** Message templates: `{{name}}` placeholders filled from a finding's data. */

import type { Language, Text } from './types.js';

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

/** Values a message may be filled with. */
export type MessageData = Record<string, string | number>;

/** Fills `{{name}}` placeholders; unknown names stay visible so the inventory test catches them. */
export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholder names a template uses, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** Picks one language of a text and fills it. */
export function render(text: Text, language: Language, data?: MessageData): string {
  return fillTemplate(text[language], data);
}

/** A document path as people count: keys joined by dots, list items numbered from 1 ("recipients[2].organisation"). */
export function describePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment + 1}]` : `${out ? '.' : ''}${segment}`;
  return out;
}
