import { defineRule } from '../rule.js';
import { participantsOf } from './flows.js';
import { readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'role-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een deelnemer aan een samenwerkingsverband heeft geen rol onder de AVG.',
    en: 'A participant in a partnership has no role under the GDPR.',
  },
  basis: {
    nl: 'AVG art. 24, 26 en 28: wie verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke of verwerker is, bepaalt wie waarvoor aanspreekbaar is. AP-observatie: verantwoordelijkheden zijn niet altijd duidelijk beschreven.',
    en: 'GDPR Art. 24, 26 and 28: whether a party is controller, joint controller or processor decides who is accountable for what. AP observation: responsibilities are not always clearly described.',
  },
  messages: {
    missing: {
      nl: 'Deelnemer "{{participant}}" in samenwerkingsverband "{{entry}}" heeft geen rol: verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke, verwerker of ontvanger.',
      en: 'Participant "{{participant}}" in partnership "{{entry}}" has no role: controller, joint controller, processor or recipient.',
    },
  },
  fix: {
    nl: 'Vul bij de deelnemer "role" in: controller (verwerkingsverantwoordelijke), joint-controller (gezamenlijke verwerkingsverantwoordelijke, AVG art. 26), processor (verwerker, art. 28) of recipient (ontvanger). Twijfelt u, vraag dan de functionaris gegevensbescherming.',
    en: 'Fill in "role" for the participant: controller, joint-controller (GDPR Art. 26), processor (Art. 28) or recipient. When in doubt, ask the data protection officer.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      for (const { participant, index } of participantsOf(entity)) {
        if (readString(participant.role)) continue;
        report({
          messageId: 'missing',
          entity,
          // An empty `role:` is the schema's finding at that key; an absent one is this rule's, on the participant.
          path: 'role' in participant ? ['participants', index, 'role'] : ['participants', index],
          data: { entry: label(entity), participant: readString(participant.name) ?? readString(participant.id) ?? '?' },
        });
      }
    }
  },
});
