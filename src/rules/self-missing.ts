import { defineRule } from '../rule.js';
import { participantsOf } from './flows.js';
import { readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'self-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een samenwerkingsverband geeft niet, of meer dan één keer, aan welke deelnemer de eigen organisatie is (self: true).',
    en: 'A partnership marks no participant, or more than one, as the organisation itself (self: true).',
  },
  basis: {
    nl: 'AVG art. 24 en art. 5 lid 2: de organisatie moet kunnen aantonen welke rol zij zelf in het samenwerkingsverband heeft. AP, vraag 2: vooraf vastleggen wie waarvoor verantwoordelijk is.',
    en: 'GDPR Art. 24 and Art. 5(2): the organisation must be able to show which role it has itself in the partnership. AP, question 2: set down in advance who is responsible for what.',
  },
  messages: {
    none: {
      nl: 'Samenwerkingsverband "{{entry}}" geeft niet aan welke deelnemer de eigen organisatie is.',
      en: 'Partnership "{{entry}}" does not say which participant is the organisation itself.',
    },
    extra: {
      nl: 'Samenwerkingsverband "{{entry}}" noemt zowel "{{first}}" als "{{participant}}" de eigen organisatie; dat kan er maar één zijn.',
      en: 'Partnership "{{entry}}" marks both "{{first}}" and "{{participant}}" as the organisation itself; only one can be.',
    },
  },
  relatedMessages: {
    alsoSelf: { nl: 'Ook als eigen organisatie gemarkeerd.', en: 'Also marked as the organisation itself.' },
  },
  fix: {
    nl: 'Zet "self: true" bij precies één deelnemer: de organisatie die dit register bijhoudt. Haal het weg bij de andere deelnemers.',
    en: 'Put "self: true" on exactly one participant: the organisation that keeps this register. Remove it from the other participants.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const participants = participantsOf(entity);
      // Without participants the schema reports the partnership already; "none of them is you" would only add noise.
      if (participants.length === 0) continue;
      const selves = participants.filter(({ participant }) => participant.self === true);
      if (selves.length === 0) {
        report({ messageId: 'none', entity, path: ['participants'], data: { entry: label(entity) } });
        continue;
      }
      const [first, ...extras] = selves;
      const nameOf = (p: Record<string, unknown>) => readString(p.name) ?? readString(p.id) ?? '?';
      for (const { participant, index } of extras) {
        report({
          messageId: 'extra',
          entity,
          path: ['participants', index, 'self'],
          data: { entry: label(entity), first: nameOf(first.participant), participant: nameOf(participant) },
          related: [{ entity, path: ['participants', first.index, 'self'], messageId: 'alsoSelf' }],
        });
      }
    }
  },
});
