import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

/** Whether a `special` value names at least one Art. 9 category (a flow lists them, a data item names one). */
function hasSpecial(value: unknown): boolean {
  return Array.isArray(value) ? value.some((v) => readString(v) !== undefined) : readString(value) !== undefined;
}

export default defineRule({
  id: 'special-data-without-exception',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Bijzondere persoonsgegevens (AVG art. 9) of strafrechtelijke gegevens (art. 10) zonder uitzonderingsgrond.',
    en: 'Special-category data (GDPR Art. 9) or criminal data (Art. 10) without an exception.',
  },
  basis: {
    nl: 'AVG art. 9 lid 1 verbiedt het verwerken van bijzondere persoonsgegevens, behalve op een grond uit art. 9 lid 2 en UAVG art. 22–30; strafrechtelijke gegevens mogen alleen op grond van AVG art. 10 en UAVG art. 31–33.',
    en: 'GDPR Art. 9(1) prohibits processing special-category data except on a ground in Art. 9(2) and UAVG Art. 22–30; criminal data may only be processed under GDPR Art. 10 and UAVG Art. 31–33.',
  },
  messages: {
    processingSpecial: {
      nl: 'Verwerking "{{entry}}" verwerkt "{{category}}", bijzondere persoonsgegevens, maar noemt geen uitzondering op het verwerkingsverbod.',
      en: 'Processing activity "{{entry}}" processes "{{category}}", special-category data, but names no exception to the prohibition on processing them.',
    },
    processingCriminal: {
      nl: 'Verwerking "{{entry}}" verwerkt "{{category}}", strafrechtelijke gegevens, maar noemt geen grond uit AVG art. 10 of de UAVG.',
      en: 'Processing activity "{{entry}}" processes "{{category}}", criminal data, but names no ground under GDPR Art. 10 or the UAVG.',
    },
    flowSpecial: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" bevat bijzondere persoonsgegevens, maar noemt geen uitzondering op het verwerkingsverbod.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" contains special-category data but names no exception to the prohibition on processing them.',
    },
    flowCriminal: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" bevat strafrechtelijke gegevens, maar noemt geen grond uit AVG art. 10 of de UAVG.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" contains criminal data but names no ground under GDPR Art. 10 or the UAVG.',
    },
  },
  fix: {
    nl: 'Vul "exception" in met de uitzonderingsgrond, bijvoorbeeld "UAVG art. 30 lid 3 onder a" voor gezondheidsgegevens in de zorg of "UAVG art. 33 lid 2 onder a" voor strafrechtelijke gegevens die een wet laat verstrekken. Is er geen uitzondering, dan mogen deze gegevens niet worden verwerkt of gedeeld.',
    en: 'Fill in "exception" with the ground, for example "UAVG art. 30 lid 3 onder a" for health data in care or "UAVG art. 33 lid 2 onder a" for criminal data disclosed under a statute. Without an exception these data may not be processed or shared.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      list(entity.data.personal_data).forEach((item, i) => {
        if (!isRecord(item) || readString(item.exception)) return;
        const special = hasSpecial(item.special);
        if (!special && item.criminal !== true) return;
        report({
          messageId: special ? 'processingSpecial' : 'processingCriminal',
          entity,
          path: 'exception' in item ? ['personal_data', i, 'exception'] : ['personal_data', i],
          data: { entry: label(entity), category: readString(item.category)?.trim() ?? '?' },
        });
      });
    }
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      for (const { flow, index } of flowsOf(entity)) {
        if (readString(flow.exception)) continue;
        const special = hasSpecial(flow.special);
        if (!special && flow.criminal !== true) continue;
        report({
          messageId: special ? 'flowSpecial' : 'flowCriminal',
          entity,
          path: 'exception' in flow ? ['data_flows', index, 'exception'] : ['data_flows', index],
          data: { entry: label(entity), ...flowParties(names, flow) },
        });
      }
    }
  },
});
