import { defineRule } from '../rule.js';
import { basisOwner, forEachLegalBasis } from './legal-bases.js';
import { classifyProvision } from './statute.js';
import { placeholderIn } from './placeholder-value.js';
import { readString } from '../model.js';

// Art. 6(3): only these grounds must rest on law, so only their provision needs an article.
const NEEDS_LAW = new Set(['legal-obligation', 'public-task']);

export default defineRule({
  id: 'provision-article-missing',
  question: 'Q2',
  severity: 'notice',
  duty: 'controller',
  description: {
    nl: 'De wettelijke grondslag noemt een wet, besluit of verordening, maar geen artikel.',
    en: 'The legal basis names an act, order or by-law, but no article.',
  },
  basis: {
    nl: 'AVG art. 6 lid 3 en art. 5 lid 2: de taak of plicht moet in de wet zijn vastgelegd, en de verwerkingsverantwoordelijke moet kunnen laten zien waar. Een hele wet noemen laat open welke bepaling de verwerking draagt.',
    en: 'GDPR Art. 6(3) and 5(2): the task or obligation must be laid down by law, and the controller must be able to show where. Naming a whole act leaves open which provision carries the processing.',
  },
  messages: {
    articleMissing: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt een wet, besluit of verordening, maar niet het artikel waarin de taak of plicht staat.',
      en: 'The legal basis "{{provision}}" of {{owner}} names an act, order or by-law, but not the article that lays down the task or obligation.',
    },
  },
  fix: {
    nl: 'Vul in "provision" het artikel aan, bijvoorbeeld "Jeugdwet, art. 7.1.1.1" in plaats van alleen "Jeugdwet". De link naar wetten.overheid.nl kan in "link".',
    en: 'Add the article to "provision", for example "Jeugdwet, art. 7.1.1.1" rather than "Jeugdwet" alone. The link to wetten.overheid.nl can go in "link".',
  },
  check({ register, report }) {
    forEachLegalBasis(register, ({ entity, basis, path, place, data }) => {
      if (typeof basis.ground !== 'string' || !NEEDS_LAW.has(basis.ground)) return;
      const provision = readString(basis.provision)?.trim();
      // A placeholder is placeholder-value's; any other verdict than an act in force is another rule's.
      if (!provision || placeholderIn(provision) !== undefined) return;
      const verdict = classifyProvision(provision);
      if (verdict.kind !== 'statute' || verdict.article) return;
      report({ messageId: 'articleMissing', entity, path: [...path, 'provision'], data: { provision, owner: basisOwner(place, data()) } });
    });
  },
});
