import { defineRule } from '../rule.js';
import { isRecord, list, readString } from '../model.js';
import { isActive, label } from '../register.js';

export default defineRule({
  id: 'processor-agreement-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een verwerker die een verwerking inschakelt (processors) heeft geen verwerkersovereenkomst.',
    en: 'A processor a processing activity uses (processors) has no processing agreement.',
  },
  basis: {
    nl: 'AVG art. 28 lid 3 en lid 9: een verwerker verwerkt alleen op grond van een schriftelijke overeenkomst of andere rechtshandeling die hem aan de verwerkingsverantwoordelijke bindt; lid 4 vraagt hetzelfde voor een subverwerker.',
    en: 'GDPR Art. 28(3) and 28(9): a processor processes only under a contract or other legal act in writing that binds it to the controller; Art. 28(4) asks the same for a sub-processor.',
  },
  messages: {
    missing: {
      nl: 'Verwerking "{{entry}}" schakelt verwerker "{{processor}}" in, maar er staat geen verwerkersovereenkomst bij.',
      en: 'Processing activity "{{entry}}" uses processor "{{processor}}", but no processing agreement is recorded.',
    },
  },
  fix: {
    nl: 'Vul bij deze verwerker "agreement" in met de vindplaats ("reference") en de datum van ondertekening ("signed") van de verwerkersovereenkomst. Regelt een wet of een andere rechtshandeling de verwerking, noem die dan als "reference". Is er nog geen overeenkomst, sluit die dan schriftelijk voordat de verwerker gegevens krijgt.',
    en: 'Fill in "agreement" for this processor with where to find the processing agreement ("reference") and the date it was signed ("signed"). Where a statute or other legal act governs the processing, name it as the "reference". If there is no agreement yet, conclude one in writing before the processor receives any data.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      if (!isActive(entity)) continue;
      list(entity.data.processors).forEach((processor, index) => {
        if (!isRecord(processor)) return;
        // An agreement of the wrong shape is the schema's finding; only an absent one is reported here.
        if ('agreement' in processor && processor.agreement !== null) return;
        report({
          messageId: 'missing',
          entity,
          path: ['processors', index, 'agreement'],
          data: { entry: label(entity), processor: readString(processor.organisation) ?? '?' },
          discriminator: String(index),
        });
      });
    }
  },
});
