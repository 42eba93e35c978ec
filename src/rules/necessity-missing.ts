import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'necessity-missing',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Bij een gegevensstroom staat niet waarom het delen nodig is.',
    en: 'A data flow does not say why sharing is necessary.',
  },
  basis: {
    nl: 'AVG art. 5 lid 1 onder c (minimale gegevensverwerking) en art. 6 lid 1: delen mag alleen als het noodzakelijk is. AP, vraag 2: de gemeente moet vooraf hebben vastgesteld wat zij mag delen.',
    en: 'GDPR Art. 5(1)(c) (data minimisation) and Art. 6(1): sharing is allowed only when necessary. AP, question 2: the municipality must establish in advance what it may share.',
  },
  messages: {
    missing: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" zegt niet waarom het delen van deze gegevens nodig is.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" does not say why sharing these data is necessary.',
    },
  },
  fix: {
    nl: 'Schrijf bij de gegevensstroom onder "necessity" in één of twee zinnen waarom de ontvanger juist deze gegevens nodig heeft voor het doel, en waarom minder gegevens niet volstaan.',
    en: 'Write under "necessity" for the data flow, in a sentence or two, why the recipient needs exactly these data for the purpose and why less would not do.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      for (const { flow, index } of flowsOf(entity)) {
        if (readString(flow.necessity)) continue;
        report({
          messageId: 'missing',
          entity,
          path: 'necessity' in flow ? ['data_flows', index, 'necessity'] : ['data_flows', index],
          data: { entry: label(entity), ...flowParties(names, flow) },
        });
      }
    }
  },
});
