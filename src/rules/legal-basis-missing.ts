import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { list } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'legal-basis-missing',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een verwerking of een gegevensstroom heeft geen grondslag.',
    en: 'A processing activity or a data flow has no legal basis.',
  },
  basis: {
    nl: 'AVG art. 6 lid 1 en lid 3: persoonsgegevens verwerken en delen mag alleen op een grondslag, bij een publieke taak of wettelijke verplichting vastgelegd in de wet. AP-observatie: gemeenten delen te vaak zonder na te gaan of het mag.',
    en: 'GDPR Art. 6(1) and 6(3): personal data may only be processed and shared on a legal basis, laid down in law for a public task or legal obligation. AP observation: municipalities too often share without checking whether they may.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" heeft geen wettelijke grondslag.',
      en: 'Processing activity "{{entry}}" has no legal basis.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" heeft geen wettelijke grondslag.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" has no legal basis.',
    },
  },
  fix: {
    nl: 'Voeg "legal_basis" toe met de grond uit AVG art. 6 lid 1 ("ground", bijvoorbeeld public-task) en het wetsartikel waarop die steunt ("provision", bijvoorbeeld "Wet maatschappelijke ondersteuning 2015, art. 5.1.1"). Een convenant of andere afspraak is geen grondslag.',
    en: 'Add "legal_basis" with the GDPR Art. 6(1) ground ("ground", for example public-task) and the statutory provision it rests on ("provision", for example "Wet maatschappelijke ondersteuning 2015, art. 5.1.1"). A covenant or other agreement is not a legal basis.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      // A legal_basis that is not a list is the schema's finding at the same path, so it is not repeated here.
      if (list(entity.data.legal_basis).length === 0) {
        report({ messageId: 'processing', entity, path: ['legal_basis'], data: { entry: label(entity) } });
      }
    }
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      for (const { flow, index } of flowsOf(entity)) {
        if (list(flow.legal_basis).length > 0) continue;
        report({
          messageId: 'flow',
          entity,
          path: 'legal_basis' in flow ? ['data_flows', index, 'legal_basis'] : ['data_flows', index],
          data: { entry: label(entity), ...flowParties(names, flow) },
        });
      }
    }
  },
});
