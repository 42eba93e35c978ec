import { defineRule } from '../rule.js';
import { addMonths } from './helpers.js';
import { isIsoDate, readString } from '../model.js';
import { entities, isCurrent, label, reviewInterval } from '../register.js';

export default defineRule({
  id: 'review-overdue',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'De datum "reviewed" is ouder dan de herzieningstermijn van het onderdeel.',
    en: '`reviewed` is older than the entry’s review interval.',
  },
  basis: {
    nl: 'AVG art. 30 en art. 24 lid 1 (maatregelen worden zo nodig herzien). AP-observatie: verwerkingsregisters zijn vaak niet actueel.',
    en: 'GDPR Art. 30 and Art. 24(1) (measures are reviewed where necessary). AP observation: registers are often not current.',
  },
  messages: {
    overdue: {
      nl: '"{{name}}" is voor het laatst bevestigd op {{reviewed}}; met een termijn van {{months}} maanden had dat uiterlijk {{due}} opnieuw gemoeten.',
      en: '"{{name}}" was last confirmed on {{reviewed}}; with an interval of {{months}} months it was due again by {{due}}.',
    },
  },
  fix: {
    nl: 'Controleer met de eigenaar of alle gegevens nog kloppen, werk ze bij en zet "reviewed" op de datum van die controle.',
    en: 'Check with the owner that every detail is still correct, update them, and set "reviewed" to the date of that check.',
  },
  check({ register, today, report }) {
    for (const entity of entities(register)) {
      if (!isCurrent(entity, today)) continue;
      const reviewed = readString(entity.data.reviewed);
      if (!isIsoDate(reviewed)) continue;
      const months = reviewInterval(entity, register);
      const due = addMonths(reviewed, months);
      if (due >= today) continue;
      // No "days ago" in the message: it stays the same from day to day, so a stale-entry issue only changes when the entry does.
      report({
        messageId: 'overdue',
        entity,
        path: ['reviewed'],
        data: { name: label(entity), reviewed, months, due },
        suggestion: { kind: 'replace-value', value: today },
      });
    }
  },
});
