import { defineRule } from '../rule.js';
import { isProcessorRecord } from '../model.js';
import { isActive, label } from '../register.js';

export default defineRule({
  id: 'processor-record-incomplete',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een verwerking die de organisatie als verwerker uitvoert (role: processor) noemt niet namens wie, of niet de verwerkersovereenkomst.',
    en: 'A processing activity the organisation carries out as processor (role: processor) does not say on whose behalf, or names no processing agreement.',
  },
  basis: {
    nl: 'AVG art. 30 lid 2 onder a: het register van de verwerker noemt elke verwerkingsverantwoordelijke voor wie hij verwerkt. AVG art. 28 lid 3 en lid 9: de verwerking is geregeld in een schriftelijke overeenkomst of andere rechtshandeling die de verwerker aan de verwerkingsverantwoordelijke bindt.',
    en: 'GDPR Art. 30(2)(a): the processor’s record names each controller on whose behalf it processes. GDPR Art. 28(3) and 28(9): the processing is governed by a contract or other legal act in writing that binds the processor to the controller.',
  },
  messages: {
    onBehalfOfMissing: {
      nl: 'Verwerking "{{entry}}" voert de organisatie uit als verwerker, maar er staat niet namens welke verwerkingsverantwoordelijke (AVG art. 30 lid 2 onder a).',
      en: 'The organisation carries out processing activity "{{entry}}" as processor, but it does not say on behalf of which controller (GDPR Art. 30(2)(a)).',
    },
    agreementMissing: {
      nl: 'Verwerking "{{entry}}" voert de organisatie uit als verwerker, maar de verwerkersovereenkomst of andere rechtshandeling ontbreekt (AVG art. 28 lid 3 en lid 9).',
      en: 'The organisation carries out processing activity "{{entry}}" as processor, but the processing agreement or other legal act is missing (GDPR Art. 28(3) and 28(9)).',
    },
  },
  fix: {
    nl: 'Vul bij deze verwerking "on_behalf_of" in met de naam van de verwerkingsverantwoordelijke, en "agreement" met de vindplaats ("reference") en de datum van ondertekening ("signed") van de verwerkersovereenkomst. Is de organisatie hier zelf verwerkingsverantwoordelijke, haal dan "role: processor" weg.',
    en: 'Fill in "on_behalf_of" for this processing activity with the name of the controller, and "agreement" with where to find the processing agreement ("reference") and the date it was signed ("signed"). If the organisation is the controller here, remove "role: processor".',
  },
  fixes: {
    onBehalfOfMissing: {
      nl: 'Vul "on_behalf_of" in met de naam van de verwerkingsverantwoordelijke namens wie de organisatie deze gegevens verwerkt, bijvoorbeeld "Regionaal Informatie- en Expertise Centrum Midden-Nederland". Is de organisatie hier zelf verwerkingsverantwoordelijke, haal dan "role: processor" weg.',
      en: 'Fill in "on_behalf_of" with the name of the controller on whose behalf the organisation processes these data, for example "Regionaal Informatie- en Expertise Centrum Midden-Nederland". If the organisation is the controller here, remove "role: processor".',
    },
    agreementMissing: {
      nl: 'Vul "agreement" in met de vindplaats ("reference") en de datum van ondertekening ("signed") van de verwerkersovereenkomst. Regelt een wet of een andere rechtshandeling de verwerking, noem die dan als "reference". Is er nog geen overeenkomst, sluit die dan schriftelijk voordat u gegevens verwerkt.',
      en: 'Fill in "agreement" with where to find the processing agreement ("reference") and the date it was signed ("signed"). Where a statute or other legal act governs the processing, name it as the "reference". If there is no agreement yet, conclude one in writing before processing any data.',
    },
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      if (!isActive(entity) || !isProcessorRecord(entity.data)) continue;
      const data = { entry: label(entity) };
      // A value of the wrong type or shape (an empty name, an agreement without reference) is the schema's finding at the same path; only an absent value is reported here.
      if (!('on_behalf_of' in entity.data) || entity.data.on_behalf_of === null) {
        report({ messageId: 'onBehalfOfMissing', entity, path: ['on_behalf_of'], data });
      }
      if (!('agreement' in entity.data) || entity.data.agreement === null) {
        report({ messageId: 'agreementMissing', entity, path: ['agreement'], data });
      }
    }
  },
});
