import { defineRule } from '../rule.js';
import type { Bilingual, DocPath } from '../types.js';
import { isIsoDate, isRecord, list, readString } from '../model.js';
import { entities, label, type Entity } from '../register.js';
import { participantsOf } from './flows.js';

/** A date the register says has already happened: where it is and how a person names it. */
interface PastDate {
  path: DocPath;
  value: unknown;
  field: Bilingual;
}

/** How a person names an agreement's signing date: by the agreement's reference where it has one. */
function signedField(agreement: Record<string, unknown>, key: string): Bilingual {
  const reference = readString(agreement.reference)?.trim();
  return reference
    ? { nl: `de datum van ondertekening (${key}) van "${reference}"`, en: `the signing date (${key}) of "${reference}"` }
    : { nl: `de datum van ondertekening (${key})`, en: `the signing date (${key})` };
}

/**
 * Every date of an entry that records something done, so it cannot lie after today: the last review, the notice's
 * last update, the signing of an agreement or processing agreement, the DPIA. Dates of what is planned (`started`,
 * `ended`, `joined`, `effective`) may lie ahead and are not listed.
 */
function pastDates(entity: Entity): PastDate[] {
  const data = entity.data as Record<string, unknown>;
  const dates: PastDate[] = [{ path: ['reviewed'], value: data.reviewed, field: { nl: 'de datum van de laatste controle (reviewed)', en: 'the date of the last review (reviewed)' } }];
  if (isRecord(data.notice)) {
    dates.push({ path: ['notice', 'updated'], value: data.notice.updated, field: { nl: 'de datum waarop de privacyverklaring is bijgewerkt (notice.updated)', en: 'the date the notice was updated (notice.updated)' } });
  }
  if (isRecord(data.dpia)) {
    dates.push({ path: ['dpia', 'date'], value: data.dpia.date, field: { nl: 'de datum van de DPIA (dpia.date)', en: 'the date of the DPIA (dpia.date)' } });
  }
  if (entity.kind === 'partnership') {
    list(data.agreements).forEach((agreement, i) => {
      if (isRecord(agreement)) dates.push({ path: ['agreements', i, 'signed'], value: agreement.signed, field: signedField(agreement, 'signed') });
    });
  } else {
    if (isRecord(data.agreement)) dates.push({ path: ['agreement', 'signed'], value: data.agreement.signed, field: signedField(data.agreement, 'agreement.signed') });
    list(data.processors).forEach((processor, i) => {
      if (isRecord(processor) && isRecord(processor.agreement)) {
        dates.push({ path: ['processors', i, 'agreement', 'signed'], value: processor.agreement.signed, field: signedField(processor.agreement, 'agreement.signed') });
      }
    });
  }
  return dates;
}

export default defineRule({
  id: 'date-implausible',
  question: null,
  severity: 'error',
  description: {
    nl: 'Een datum kan niet kloppen: een controle, bijgewerkte privacyverklaring, ondertekening of DPIA ligt in de toekomst, een samenwerkingsverband eindigt vóór het begon, of een deelnemer deed mee vóór het begon.',
    en: 'A date cannot be right: a review, notice update, signing or DPIA lies in the future, a partnership ends before it began, or a participant joined before it began.',
  },
  basis: {
    nl: 'AVG art. 5 lid 2 en art. 30 lid 1: het register moet aantonen wat er is gebeurd en wanneer; een onmogelijke datum maakt elke termijncontrole (herziening, privacyverklaring, afspraken vooraf, DPIA vóór de start) onbetrouwbaar.',
    en: 'GDPR Art. 5(2) and Art. 30(1): the register must show what happened and when; an impossible date makes every check of time (review, notice, agreements in advance, DPIA before the start) unreliable.',
  },
  messages: {
    future: {
      nl: '"{{entry}}": {{field}} is {{date}}, maar dat ligt na vandaag ({{today}}); wat nog moet gebeuren, kan niet al gedaan zijn.',
      en: '"{{entry}}": {{field}} is {{date}}, which lies after today ({{today}}); what has yet to happen cannot have been done.',
    },
    endedBeforeStarted: {
      nl: 'Samenwerkingsverband "{{entry}}" eindigt op {{ended}} (ended), vóórdat het begon op {{started}} (started).',
      en: 'Partnership "{{entry}}" ends on {{ended}} (ended), before it began on {{started}} (started).',
    },
    joinedBeforeStarted: {
      nl: 'Deelnemer "{{participant}}" in "{{entry}}" doet mee sinds {{joined}} (joined), maar het samenwerkingsverband begon pas op {{started}} (started).',
      en: 'Participant "{{participant}}" in "{{entry}}" joined on {{joined}} (joined), but the partnership only began on {{started}} (started).',
    },
  },
  relatedMessages: {
    startDate: { nl: 'Hier begon het samenwerkingsverband.', en: 'The partnership began here.' },
  },
  fix: {
    nl: 'Vul de datum in waarop het werkelijk gebeurde (JJJJ-MM-DD). Een geplande controle, ondertekening of DPIA hoort hier nog niet: vul de datum in zodra het gedaan is.',
    en: 'Fill in the date on which it really happened (YYYY-MM-DD). A planned review, signing or DPIA does not belong here yet: fill in the date once it is done.',
  },
  fixes: {
    endedBeforeStarted: {
      nl: 'Controleer "started" en "ended": "started" is de dag waarop het delen van persoonsgegevens begon, "ended" de dag waarop het stopte.',
      en: 'Check "started" and "ended": "started" is the day personal data sharing began, "ended" the day it stopped.',
    },
    joinedBeforeStarted: {
      nl: 'Controleer "joined" en "started". Deed deze deelnemer al mee vanaf het begin, laat "joined" dan weg; begon het delen eerder dan "started" zegt, zet "started" dan op die eerdere datum.',
      en: 'Check "joined" and "started". If this participant took part from the beginning, leave "joined" out; if sharing began earlier than "started" says, set "started" to that earlier date.',
    },
  },
  check({ register, today, report }) {
    for (const entity of entities(register)) {
      for (const { path, value, field } of pastDates(entity)) {
        if (isIsoDate(value) && value > today) report({ messageId: 'future', entity, path, data: { entry: label(entity), field, date: value, today } });
      }
    }
    for (const entity of register.partnerships) {
      const started = entity.data.started;
      if (!isIsoDate(started)) continue;
      const ended = entity.data.ended;
      if (isIsoDate(ended) && ended < started) {
        report({
          messageId: 'endedBeforeStarted',
          entity,
          path: ['ended'],
          data: { entry: label(entity), ended, started },
          related: [{ entity, path: ['started'], messageId: 'startDate' }],
        });
      }
      for (const { participant, index } of participantsOf(entity)) {
        const joined = participant.joined;
        if (!isIsoDate(joined) || joined >= started) continue;
        report({
          messageId: 'joinedBeforeStarted',
          entity,
          path: ['participants', index, 'joined'],
          data: { entry: label(entity), participant: readString(participant.name) ?? readString(participant.id) ?? '?', joined, started },
          related: [{ entity, path: ['started'], messageId: 'startDate' }],
        });
      }
    }
  },
});
