import { defineRule } from '../rule.js';
import { isIsoDate, isRecord, list } from '../model.js';
import { isActive, label, partnershipsById } from '../register.js';

export default defineRule({
  id: 'partnership-ended',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'Een actieve verwerking noemt een samenwerkingsverband waarvan de einddatum voorbij is.',
    en: 'An active processing activity lists a partnership whose `ended` date has passed.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d (de categorieën ontvangers in het register), met art. 5 lid 2 en art. 24 lid 1 (de verwerkingsverantwoordelijke moet kunnen aantonen dat hij de AVG naleeft): het register moet laten zien met wie nu gegevens worden gedeeld.',
    en: 'GDPR Art. 30(1)(d) (the categories of recipients in the record), with Art. 5(2) and Art. 24(1) (the controller must be able to demonstrate compliance): the record must show with whom data is shared now.',
  },
  messages: {
    ended: {
      nl: 'Verwerking "{{name}}" noemt nog samenwerkingsverband "{{partnership}}", dat op {{ended}} is beëindigd.',
      en: 'Processing activity "{{name}}" still lists partnership "{{partnership}}", which ended on {{ended}}.',
    },
  },
  relatedMessages: {
    endDate: { nl: 'Einddatum van het samenwerkingsverband.', en: 'The partnership’s end date.' },
  },
  fix: {
    nl: 'Haal het samenwerkingsverband weg uit "recipients" als er niets meer wordt gedeeld, of corrigeer de einddatum in het bestand van het samenwerkingsverband.',
    en: 'Remove the partnership from "recipients" if nothing is shared any more, or correct the end date in the partnership’s file.',
  },
  check({ register, today, report }) {
    const partnerships = partnershipsById(register);
    for (const processing of register.processing) {
      if (!isActive(processing)) continue;
      list(processing.data.recipients).forEach((recipient, i) => {
        if (!isRecord(recipient) || typeof recipient.partnership !== 'string') return;
        const partnership = partnerships.get(recipient.partnership);
        const ended = partnership?.data.ended;
        if (!partnership || !isIsoDate(ended) || ended >= today) return;
        report({
          messageId: 'ended',
          entity: processing,
          path: ['recipients', i, 'partnership'],
          data: { name: label(processing), partnership: label(partnership), ended },
          related: [{ entity: partnership, path: ['ended'], messageId: 'endDate' }],
        });
      });
    }
  },
});
