import { defineRule } from '../rule.js';
import { isRecord, list } from '../model.js';
import { isActive, isCurrent, label } from '../register.js';

export default defineRule({
  id: 'partnership-not-registered',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Voor een samenwerkingsverband bestaat een bestand, maar geen actieve verwerking noemt het als ontvanger.',
    en: 'A partnership file exists but no active processing activity lists it under recipients.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d: het verwerkingsregister noemt de ontvangers, samenwerkingsverbanden inbegrepen (AP, vraag 1).',
    en: 'GDPR Art. 30(1)(d): the register of processing activities names the recipients, partnerships included (AP, question 1).',
  },
  messages: {
    notRegistered: {
      nl: 'Samenwerkingsverband "{{name}}" staat bij geen enkele actieve verwerking onder "recipients"; het verwerkingsregister laat deze deelname dus niet zien.',
      en: 'Partnership "{{name}}" is not listed under "recipients" of any active processing activity, so the register of processing activities does not show this participation.',
    },
  },
  fix: {
    nl: 'Voeg "- partnership: {{id}}" toe onder "recipients" van elke verwerking waarvan gegevens met dit samenwerkingsverband worden gedeeld.',
    en: 'Add "- partnership: {{id}}" under "recipients" of every processing activity whose data is shared with this partnership.',
  },
  check({ register, today, report }) {
    const listed = new Set<string>();
    for (const processing of register.processing) {
      if (!isActive(processing)) continue;
      for (const recipient of list(processing.data.recipients)) {
        if (isRecord(recipient) && typeof recipient.partnership === 'string') listed.add(recipient.partnership);
      }
    }
    for (const partnership of register.partnerships) {
      // A partnership that has stopped sharing need not be listed any more.
      if (!isCurrent(partnership, today)) continue;
      if (listed.has(partnership.id)) continue;
      report({ messageId: 'notRegistered', entity: partnership, path: ['id'], data: { name: label(partnership), id: partnership.id } });
    }
  },
});
