import { defineRule } from '../rule.js';
import { addMonths } from './helpers.js';
import { isIsoDate } from '../model.js';
import { entities, isCurrent, label, noticeOf } from '../register.js';

// A notice is written before the sharing it describes starts (Art. 13 asks for the information
// when the data is collected), so a notice updated shortly before `started` was most likely
// prepared for it. Only one dated well before the start predates the sharing.
const PREPARATION_MONTHS = 3;
const DEFAULT_MAX_AGE_MONTHS = 24;

export default defineRule({
  id: 'notice-outdated',
  question: 'Q3',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'De privacyverklaring is langer dan "notice_max_age_months" niet bijgewerkt, of is bijgewerkt ruim voordat het samenwerkingsverband begon.',
    en: 'The notice’s `updated` is older than `notice_max_age_months`, or well before the partnership’s `started`.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1, art. 13 en art. 14 en art. 5 lid 1 onder a (transparantie): de informatie moet kloppen met wat er nu met de gegevens gebeurt. AP-observatie: inwoners worden over samenwerkingsverbanden over het algemeen niet goed geïnformeerd (vraag 3).',
    en: 'GDPR Art. 12(1), 13 and 14 and Art. 5(1)(a) (transparency): the information must match what happens to the data now. AP observation: citizens are generally not well informed about partnerships (question 3).',
  },
  messages: {
    tooOld: {
      nl: 'De privacyverklaring van "{{name}}" is voor het laatst bijgewerkt op {{updated}}; met een maximale leeftijd van {{months}} maanden had die uiterlijk {{due}} opnieuw bekeken moeten worden.',
      en: 'The notice of "{{name}}" was last updated on {{updated}}; with a maximum age of {{months}} months it was due for another look by {{due}}.',
    },
    beforeStart: {
      nl: 'De privacyverklaring van "{{name}}" is voor het laatst bijgewerkt op {{updated}}, ruim voordat het samenwerkingsverband op {{started}} begon met delen; de verklaring beschrijft dat delen dus waarschijnlijk niet.',
      en: 'The notice of "{{name}}" was last updated on {{updated}}, well before the partnership started sharing on {{started}}, so it most likely does not describe that sharing.',
    },
  },
  fix: {
    nl: 'Lees de privacyverklaring na en werk hem bij, zodat hij beschrijft wat er nu met de gegevens gebeurt: wie meedoen, welke gegevens worden gedeeld en waar inwoners terechtkunnen. Zet daarna onder "notice" bij "updated" de datum van die controle.',
    en: 'Read the notice and update it so that it describes what happens to the data now: who takes part, which data is shared and where citizens can go. Then set "updated" under "notice" to the date of that check.',
  },
  // No suggestion to set `updated` to today: the date must follow a real look at the text.
  check({ register, settings, today, report }) {
    const configured = settings.notice_max_age_months;
    const months = typeof configured === 'number' && configured > 0 ? configured : DEFAULT_MAX_AGE_MONTHS;
    for (const entity of entities(register)) {
      if (!isCurrent(entity, today)) continue;
      const notice = noticeOf(entity);
      const updated = notice?.updated;
      // An undated notice cannot be judged here; a malformed date is the schema's finding.
      if (!isIsoDate(updated)) continue;
      const name = label(entity);
      const started = entity.kind === 'partnership' ? entity.data.started : undefined;
      // A partnership that has not started yet has no sharing for the notice to miss.
      if (isIsoDate(started) && started <= today && updated < addMonths(started, -PREPARATION_MONTHS)) {
        // One finding per notice: the fix is the same, and "predates the sharing" says more.
        report({ messageId: 'beforeStart', entity, path: ['notice', 'updated'], data: { name, updated, started } });
        continue;
      }
      const due = addMonths(updated, months);
      if (due >= today) continue;
      report({
        messageId: 'tooOld',
        entity,
        path: ['notice', 'updated'],
        data: { name, updated, months, due },
      });
    }
  },
});
