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
    nl: 'AVG art. 9 lid 1 verbiedt het verwerken van bijzondere persoonsgegevens, behalve op een grond uit art. 9 lid 2 en UAVG art. 22–30. Strafrechtelijke gegevens mogen alleen op grond van AVG art. 10 en UAVG art. 31–33. Voor een gegevensstroom in een samenwerkingsverband komt vooral UAVG art. 33 lid 1 in aanmerking: onder a voor instanties die de wet belast met de toepassing van het strafrecht en voor wie de gegevens kreeg op grond van de Wet politiegegevens of de Wet justitiële en strafvorderlijke gegevens, onder b voor publiekrechtelijke samenwerkingsverbanden, als het nodig is voor de taak van de deelnemers en er waarborgen zijn die de inbreuk op de privacy beperken. Art. 33 lid 2 gaat alleen over eigen gebruik door de verwerkingsverantwoordelijke en is geen grond om gegevens aan anderen te verstrekken.',
    en: 'GDPR Art. 9(1) prohibits processing special-category data except on a ground in Art. 9(2) and UAVG Art. 22–30. Criminal data may only be processed under GDPR Art. 10 and UAVG Art. 31–33. For a data flow in a partnership, UAVG Art. 33(1) is the usual ground: (a) for bodies the law charges with applying criminal law and for whoever received the data under the Police Data Act (Wpg) or the Judicial and Criminal Records Act (Wjsg); (b) for public-law partnerships, where it is necessary for the participants’ task and safeguards limit the harm to privacy. Art. 33(2) covers only a controller’s own use and is no ground to disclose data to others.',
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
    nl: 'Vul "exception" in met de uitzonderingsgrond, bijvoorbeeld "UAVG art. 30 lid 3 onder a" voor gezondheidsgegevens in de zorg. Is er geen uitzondering, dan mogen deze gegevens niet worden verwerkt of gedeeld.',
    en: 'Fill in "exception" with the ground, for example "UAVG art. 30 lid 3 onder a" for health data in care. Without an exception these data may not be processed or shared.',
  },
  fixes: {
    processingCriminal: {
      nl: 'Vul "exception" in met de grond uit AVG art. 10 en de UAVG, bijvoorbeeld "UAVG art. 33 lid 1 onder a" voor gegevens die de gemeente kreeg op grond van de Wet politiegegevens of de Wet justitiële en strafvorderlijke gegevens. Is er geen grond, dan mogen deze gegevens niet worden verwerkt.',
      en: 'Fill in "exception" with the ground under GDPR Art. 10 and the UAVG, for example "UAVG art. 33 lid 1 onder a" for data the municipality received under the Police Data Act (Wpg) or the Judicial and Criminal Records Act (Wjsg). Without a ground these data may not be processed.',
    },
    flowCriminal: {
      nl: 'Vul bij de gegevensstroom "exception" in met de grond voor deze verstrekking: "UAVG art. 33 lid 1 onder a" (een instantie die de wet belast met de toepassing van het strafrecht, of gegevens verkregen op grond van de Wet politiegegevens of de Wet justitiële en strafvorderlijke gegevens) of "UAVG art. 33 lid 1 onder b" (een publiekrechtelijk samenwerkingsverband, als het nodig is voor de taak van de deelnemers en met waarborgen voor de privacy). Gaat het om zorg of behandeling van de inwoner naast gezondheidsgegevens (UAVG art. 30 lid 3 onder a), dan kan lid 1 onder c gelden. Doen private partijen mee, zoals een woningcorporatie of zorgaanbieder, dan is onder b niet vanzelf van toepassing; vraag de functionaris gegevensbescherming. Art. 33 lid 2 geldt alleen voor eigen gebruik en is geen grond om te verstrekken. Is er geen grond, dan mogen deze gegevens niet worden gedeeld.',
      en: 'Fill in "exception" on the data flow with the ground for this disclosure: "UAVG art. 33 lid 1 onder a" (a body the law charges with applying criminal law, or data received under the Police Data Act (Wpg) or the Judicial and Criminal Records Act (Wjsg)) or "UAVG art. 33 lid 1 onder b" (a public-law partnership, where it is necessary for the participants’ task and with safeguards for privacy). Where the data serve the person’s care or treatment alongside health data (UAVG art. 30 lid 3 onder a), (1)(c) may apply. Where private parties take part, such as a housing corporation or care provider, (b) does not apply as a matter of course; ask the data protection officer. Art. 33(2) covers only a controller’s own use and is no ground to disclose. Without a ground these data may not be shared.',
    },
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
