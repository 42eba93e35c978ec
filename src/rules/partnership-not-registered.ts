import { defineRule } from '../rule.js';
import { flowRecipients, flowSenders, isProcessorRecord, isRecord, list, organisationRole, selfParticipant } from '../model.js';
import { isActive, isCurrent, label, type PartnershipEntity } from '../register.js';

/** Whether the organisation only receives in a partnership: its own participant is among the recipients of some flow and sends none. */
function onlyReceives(partnership: PartnershipEntity): boolean {
  const self = selfParticipant(partnership.data)?.id;
  if (typeof self !== 'string') return false;
  const flows = list(partnership.data.data_flows);
  return flows.some((flow) => flowRecipients(flow).includes(self)) && !flows.some((flow) => flowSenders(flow).includes(self));
}

export default defineRule({
  id: 'partnership-not-registered',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Voor een samenwerkingsverband bestaat een bestand, maar geen actieve verwerking noemt het onder ontvangers ("recipients") of bronnen ("sources"); is de organisatie er verwerker, dan geen verwerkersregister ("role: processor").',
    en: 'A partnership file exists but no active processing activity lists it under recipients or sources; where the organisation is a processor in it, no processor record ("role: processor") does.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d: het verwerkingsregister noemt de ontvangers, samenwerkingsverbanden inbegrepen (AP, vraag 1); art. 14 lid 2 onder f: de bron van gegevens die niet van de betrokkene zelf komen; art. 30 lid 2: het register van een verwerker noemt de verwerkingen die hij voor elke verwerkingsverantwoordelijke doet.',
    en: 'GDPR Art. 30(1)(d): the register of processing activities names the recipients, partnerships included (AP, question 1); Art. 14(2)(f): the source of data not obtained from the person; Art. 30(2): a processor\'s record names the processing it does for each controller.',
  },
  messages: {
    notRegistered: {
      nl: 'Samenwerkingsverband "{{name}}" staat bij geen enkele actieve verwerking onder "recipients" of "sources"; het verwerkingsregister laat deze deelname dus niet zien.',
      en: 'Partnership "{{name}}" is not listed under "recipients" or "sources" of any active processing activity, so the register of processing activities does not show this participation.',
    },
    notRegisteredReceiving: {
      nl: 'Samenwerkingsverband "{{name}}" staat bij geen enkele actieve verwerking onder "sources"; de gemeente ontvangt er alleen gegevens, maar het verwerkingsregister laat deze deelname niet zien.',
      en: 'Partnership "{{name}}" is not listed under "sources" of any active processing activity; the municipality only receives data in it, but the register of processing activities does not show this participation.',
    },
    notRegisteredProcessor: {
      nl: 'De gemeente is verwerker in samenwerkingsverband "{{name}}", maar geen actief verwerkersregister ("role: processor") noemt het onder "recipients" of "sources".',
      en: 'The municipality is a processor in partnership "{{name}}", but no active processor record ("role: processor") lists it under "recipients" or "sources".',
    },
  },
  fix: {
    nl: 'Deelt de gemeente gegevens in dit samenwerkingsverband, voeg dan "- partnership: {{id}}" toe onder "recipients" van elke verwerking waarvan zij die gegevens deelt. Ontvangt de gemeente alleen gegevens in dit samenwerkingsverband, vermeld het dan onder "sources" van de verwerking waarin zij die gegevens gebruikt.',
    en: 'If the municipality shares data in this partnership, add "- partnership: {{id}}" under "recipients" of every processing activity whose data it shares. If the municipality only receives data in this partnership, list it under "sources" of the processing activity in which it uses those data.',
  },
  fixes: {
    notRegisteredReceiving: {
      nl: 'Ontvangt de gemeente alleen gegevens in dit samenwerkingsverband, vermeld het dan onder "sources" van de verwerking waarin zij die gegevens gebruikt: "- partnership: {{id}}". Deelt zij toch gegevens, leg die gegevensstroom dan vast onder "data_flows" en vermeld het samenwerkingsverband onder "recipients".',
      en: 'If the municipality only receives data in this partnership, list it under "sources" of the processing activity in which it uses those data: "- partnership: {{id}}". If it does share data, record that flow under "data_flows" and list the partnership under "recipients".',
    },
    notRegisteredProcessor: {
      nl: 'Leg een verwerking vast met "role: processor", "on_behalf_of" (de verwerkingsverantwoordelijke) en "agreement", en vermeld daarin "- partnership: {{id}}" onder "recipients" of "sources" (AVG art. 30 lid 2). Is de gemeente hier geen verwerker, pas dan "role" van de eigen deelnemer ("self: true") aan.',
      en: 'Record a processing activity with "role: processor", "on_behalf_of" (the controller) and "agreement", and list "- partnership: {{id}}" in it under "recipients" or "sources" (GDPR Art. 30(2)). If the municipality is not a processor here, correct the "role" of its own participant ("self: true").',
    },
  },
  check({ register, today, report }) {
    // Q1 asks that the register show the participation; receiving is participation as much as disclosing (Art. 14(2)(f)).
    const listed = new Set<string>();
    const listedByProcessorRecord = new Set<string>();
    for (const processing of register.processing) {
      if (!isActive(processing)) continue;
      for (const entry of [...list(processing.data.recipients), ...list(processing.data.sources)]) {
        if (!isRecord(entry) || typeof entry.partnership !== 'string') continue;
        listed.add(entry.partnership);
        if (isProcessorRecord(processing.data)) listedByProcessorRecord.add(entry.partnership);
      }
    }
    for (const partnership of register.partnerships) {
      // A partnership that has stopped sharing need not be listed any more.
      if (!isCurrent(partnership, today)) continue;
      const data = { name: label(partnership), id: partnership.id };
      // A processor keeps the Art. 30(2) record; a controller's entry would claim responsibility it does not have.
      if (organisationRole(partnership.data) === 'processor') {
        if (!listedByProcessorRecord.has(partnership.id)) report({ messageId: 'notRegisteredProcessor', entity: partnership, path: ['id'], data });
        continue;
      }
      if (listed.has(partnership.id)) continue;
      report({ messageId: onlyReceives(partnership) ? 'notRegisteredReceiving' : 'notRegistered', entity: partnership, path: ['id'], data });
    }
  },
});
