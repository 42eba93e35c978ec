import { defineRule } from '../rule.js';
import { closest } from '../validate.js';
import { isRecord, list } from '../model.js';
import { label, stem } from '../register.js';

/**
 * Partnership ids the "did you mean" suggestions may be compared with in one check, over all unknown references:
 * about a quarter of a second. A register beyond it (thousands of different misspellings) still gets every
 * finding, the later ones without a suggestion.
 */
export const SUGGESTION_BUDGET = 250_000;

export default defineRule({
  id: 'unknown-partnership',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Een verwerking noemt een samenwerkingsverband waarvoor geen bestand bestaat.',
    en: 'A processing activity lists a partnership id that has no file.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d en art. 5 lid 2: wie het register leest, moet kunnen nagaan met welk samenwerkingsverband gegevens worden gedeeld (AP, vraag 1).',
    en: 'GDPR Art. 30(1)(d) and Art. 5(2): a reader of the register must be able to find out which partnership receives the data (AP, question 1).',
  },
  messages: {
    unknown: {
      nl: 'Verwerking "{{name}}" noemt samenwerkingsverband "{{partnership}}", maar partnerships/{{partnership}}.yml bestaat niet.',
      en: 'Processing activity "{{name}}" lists partnership "{{partnership}}", but partnerships/{{partnership}}.yml does not exist.',
    },
    unknownDidYouMean: {
      nl: 'Verwerking "{{name}}" noemt samenwerkingsverband "{{partnership}}", maar dat bestaat niet. Bedoelt u "{{suggestion}}"?',
      en: 'Processing activity "{{name}}" lists partnership "{{partnership}}", which does not exist. Did you mean "{{suggestion}}"?',
    },
  },
  fix: {
    nl: 'Verbeter de id zodat die gelijk is aan de bestandsnaam van het samenwerkingsverband, of leg het samenwerkingsverband vast in partnerships/.',
    en: 'Correct the id so it equals the partnership’s file name, or record the partnership in partnerships/.',
  },
  check({ register, report }) {
    const ids = new Set(register.partnerships.map((p) => p.id));
    // A partnership file that exists but could not be read or parsed has its own finding; the reference is not unknown.
    const unreadable = new Set<string>();
    const broken = [
      ...register.files.filter((f) => f.role === 'partnership' && f.data === undefined),
      ...register.problems.filter((p) => p.rule === 'file-unreadable' && p.entity.file.role === 'partnership').map((p) => p.entity.file),
    ];
    for (const file of broken) unreadable.add(stem(file.path));
    const suggestions = new Map<string, string | undefined>();
    let compared = 0;
    for (const processing of register.processing) {
      list(processing.data.recipients).forEach((recipient, i) => {
        if (!isRecord(recipient) || typeof recipient.partnership !== 'string') return;
        const id = recipient.partnership;
        if (ids.has(id) || unreadable.has(id)) return;
        // The same misspelling in many activities is looked up once.
        if (!suggestions.has(id)) {
          const affordable = compared + ids.size <= SUGGESTION_BUDGET;
          if (affordable) compared += ids.size;
          suggestions.set(id, affordable ? closest(id, ids) : undefined);
        }
        const suggestion = suggestions.get(id);
        report({
          messageId: suggestion ? 'unknownDidYouMean' : 'unknown',
          entity: processing,
          path: ['recipients', i, 'partnership'],
          data: { name: label(processing), partnership: id, ...(suggestion ? { suggestion } : {}) },
          suggestion: suggestion ? { kind: 'replace-value', value: suggestion } : undefined,
        });
      });
    }
  },
});
