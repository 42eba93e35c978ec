import { defineRule } from '../rule.js';
import { fold } from './helpers.js';
import { isRecord, list, readString } from '../model.js';
import { label, type PartnershipEntity } from '../register.js';

// The word a catch-all ends on: it names data in general, not which data.
const CORE = new Set(['gegevens', 'persoonsgegevens', 'dossier', 'dossiers', 'data', 'informatie']);
// Words that may stand before it without saying which data ("alle relevante", "diverse persoonlijke").
const FILLER = new Set([
  'alle', 'diverse', 'divers', 'overige', 'andere', 'relevante', 'benodigde', 'noodzakelijke', 'persoonlijke', 'verschillende',
  'de', 'het', 'all', 'personal', 'relevant', 'other', 'various', 'necessary', 'the',
]);

/** The catch-all a category of data is, or undefined when it names which data: the whole value, case and punctuation aside. */
export function vagueCategory(value: string): string | undefined {
  // Punctuation becomes a blank, so "Persoonsgegevens." and "alle (relevante) gegevens" read as their words;
  // a hyphen does too, but then "NAW-gegevens" keeps "naw", which is no filler, and stays specific.
  const ws = fold(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
  if (ws.length === 0 || ws.length > 6) return undefined;
  const last = ws[ws.length - 1];
  // "informatie" and "data" alone are a catch-all only with a filler that says so ("alle informatie", "personal data").
  if (!CORE.has(last) || ((last === 'informatie' || last === 'data') && ws.length === 1)) return undefined;
  return ws.slice(0, -1).every((w) => FILLER.has(w)) ? value.trim() : undefined;
}

export default defineRule({
  id: 'data-category-vague',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'Een categorie persoonsgegevens of een gegeven in een gegevensstroom is een verzamelterm ("persoonsgegevens", "diverse gegevens", "dossier").',
    en: 'A category of personal data or an item of a data flow is a catch-all ("personal data", "various data", "file").',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder c: het register beschrijft de categorieën persoonsgegevens; art. 5 lid 1 onder c (minimale gegevensverwerking): alleen wie weet welke gegevens hij deelt, kan toetsen of dat er niet meer zijn dan nodig.',
    en: 'GDPR Art. 30(1)(c): the record describes the categories of personal data; Art. 5(1)(c) (data minimisation): only who knows which data are shared can judge that they are no more than necessary.',
  },
  messages: {
    category: {
      nl: 'Verwerking "{{entry}}" noemt als categorie persoonsgegevens "{{term}}"; daaruit blijkt niet welke gegevens worden verwerkt.',
      en: 'Processing activity "{{entry}}" names "{{term}}" as a category of personal data, which does not say which data are processed.',
    },
    flowData: {
      nl: 'Een gegevensstroom in "{{entry}}" deelt "{{term}}"; daaruit blijkt niet welke gegevens worden gedeeld.',
      en: 'A data flow in "{{entry}}" shares "{{term}}", which does not say which data are shared.',
    },
  },
  fix: {
    nl: 'Noem welke gegevens: per soort, zoals "NAW-gegevens en BSN", "gegevens over schulden en inkomen", "verslag van de politie over de melding" of "gegevens over de gezondheid (diagnose, behandelaar)". Een dossier bestaat uit zulke soorten; noem die in plaats van het dossier.',
    en: 'Say which data: by kind, such as "name, address and citizen service number", "data on debts and income", "police report on the incident" or "health data (diagnosis, practitioner)". A case file is made of such kinds; name them instead of the file.',
  },
  check({ register, report }) {
    const flows = (entity: PartnershipEntity) => {
      list(entity.data.data_flows).forEach((flow, i) => {
        if (!isRecord(flow)) return;
        const items = Array.isArray(flow.data) ? flow.data : [flow.data];
        items.forEach((item, j) => {
          const text = readString(item);
          const term = text && vagueCategory(text);
          if (term) report({ messageId: 'flowData', entity, path: Array.isArray(flow.data) ? ['data_flows', i, 'data', j] : ['data_flows', i, 'data'], data: { entry: label(entity), term } });
        });
      });
    };
    for (const entity of register.processing) {
      list(entity.data.personal_data).forEach((item, i) => {
        const text = isRecord(item) ? readString(item.category) : undefined;
        const term = text && vagueCategory(text);
        if (term) report({ messageId: 'category', entity, path: ['personal_data', i, 'category'], data: { entry: label(entity), term } });
      });
    }
    for (const entity of register.partnerships) flows(entity);
  },
});
