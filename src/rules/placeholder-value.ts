import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { defineRule } from '../rule.js';
import { describePath } from '../template.js';
import { entities, type Entity, type FileEntity, fileEntity } from '../register.js';
import type { DocPath } from '../types.js';

// A whole value that says nothing: a non-answer or a template marker.
// "PM" (pro memorie), "n.t.b." (nog te bepalen) and "volgt" only as the whole value: inside a sentence they are words.
const NON_ANSWER = /^(?:todo|tbd|tbc|fixme|n\.?\s?v\.?\s?t\.?|nvt|onbekend|unknown|nader te bepalen|nog te bepalen|n\.?\s?t\.?\s?b\.?|ntb|p\.?\s?m\.?|pro memorie|volgt(?: nog| later)?|nog (?:in te vullen|invullen)|in te vullen|\?+|x{3,}|\.{3}|…|-+)$/i;
// A template slot left in a longer text: "[bewaartermijn]", "<naam verwerker>", "TODO: …", "Gemeente XXX",
// "nog invullen" at the start or after ":", "(" or a dash (in a sentence it can be real text), and a bracketed note "(PM)", "(n.t.b.)", "(volgt)".
// Editorial notes in brackets that start with a date word or a number ("[gewijzigd per 2022]") are real text.
const SLOT = /\[(?!(?:gewijzigd|vervallen|aangepast|sinds|per|zie)\b)[\p{L} ._/-]+\](?!\()|<[\p{L}\p{N} ._/-]+>|\b(?:TODO|TBD|FIXME)\b|(?:^|[:(–-])\s?[Nn]og (?:invullen|in te vullen)\b|\((?:PM|p\.m\.|[Nn]\.t\.b\.?|ntb|volgt)\)|^\s*(?:todo|tbd|fixme)\b|\b[xX]{3,}\b/u;

/** Why a value counts as a placeholder, or undefined. */
export function placeholderIn(value: string): string | undefined {
  const trimmed = value.trim();
  if (NON_ANSWER.test(trimmed)) return trimmed;
  const slot = SLOT.exec(trimmed);
  return slot ? slot[0].replace(/^[:–-]\s*/, '').trim() : undefined;
}

function walk(node: Node | null | undefined, path: (string | number)[], visit: (value: string, path: DocPath) => void): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') visit(node.value, path);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined) walk(pair.value as Node | null, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node, [...path, i], visit));
  }
}

/**
 * Whether any string in a document's data is a placeholder. The data holds every value the document's nodes
 * hold (the loader refuses keys that would overwrite each other), so a document whose data has none is not
 * walked: walking the nodes would make the loader parse it again with positions.
 */
function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return placeholderIn(value) !== undefined;
  if (value === null || typeof value !== 'object') return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (holdsPlaceholder(item)) return true;
  return false;
}

export default defineRule({
  id: 'placeholder-value',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Een waarde is een niet-ingevuld sjabloon of een non-antwoord (TODO, n.v.t., onbekend, [bewaartermijn]).',
    en: 'A value is an unfilled template or a non-answer (TODO, n/a, unknown, [retention period]).',
  },
  basis: {
    nl: 'AVG art. 30 lid 1: het register moet de gegevens echt bevatten. AP-observatie: registers zijn vaak niet actueel en niet specifiek genoeg.',
    en: 'GDPR Art. 30(1): the register must actually contain the details. AP observation: registers are often not current and not specific enough.',
  },
  messages: {
    placeholder: {
      nl: 'Het veld "{{field}}" is niet ingevuld: "{{value}}" is een sjabloon of non-antwoord.',
      en: 'The field "{{field}}" is not filled in: "{{value}}" is a template or a non-answer.',
    },
  },
  fix: {
    nl: 'Vul de echte waarde in. Geldt het onderdeel niet, laat het veld dan weg of gebruik de vorm die het formaat ervoor heeft (bijvoorbeeld dpia: {required: false, reason: …}).',
    en: 'Fill in the real value. If the item does not apply, leave the field out or use the form the format has for it (for example dpia: {required: false, reason: …}).',
  },
  check({ register, report }) {
    const documents: (Entity | FileEntity)[] = entities(register);
    if (register.registerFile) documents.push(fileEntity(register.registerFile));
    for (const entity of documents) {
      if (entity.file.data !== undefined && !holdsPlaceholder(entity.file.data)) continue;
      walk(entity.file.doc?.contents as Node | undefined, [], (value, path) => {
        const found = placeholderIn(value);
        if (found === undefined) return;
        report({ messageId: 'placeholder', entity, path, data: { field: describePath(path), value: found } });
      });
    }
  },
});
