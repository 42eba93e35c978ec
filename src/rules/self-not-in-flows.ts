import { defineRule } from '../rule.js';
import { flowRecipients, flowSenders, isInternal, readString, selfParticipant } from '../model.js';
import { label } from '../register.js';
import { flowsOf, participantsOf } from './flows.js';

export default defineRule({
  id: 'self-not-in-flows',
  question: 'Q2',
  severity: 'warning',
  description: {
    nl: 'De eigen organisatie (de deelnemer met self: true) verstrekt of ontvangt in geen enkele gegevensstroom van het samenwerkingsverband. Een stroom van of naar een onderdeel van de organisatie (een deelnemer met part_of) telt mee als deelname van de organisatie.',
    en: 'The organisation itself (the participant with self: true) sends or receives in none of the partnership’s data flows. A flow from or to a unit of the organisation (a participant with part_of) counts as the organisation taking part.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 en art. 5 lid 2: het register beschrijft welke gegevens de organisatie zelf deelt en ontvangt. AP, vraag 2: vooraf vastleggen wat er gedeeld mag worden; zonder eigen gegevensstroom is niet te zien wat de organisatie deelt.',
    en: 'GDPR Art. 30(1) and Art. 5(2): the register describes which data the organisation itself shares and receives. AP, question 2: establish in advance what may be shared; without a flow of its own, what the organisation shares cannot be seen.',
  },
  messages: {
    absent: {
      nl: 'In samenwerkingsverband "{{entry}}" komt de eigen organisatie "{{self}}" in geen enkele gegevensstroom voor, niet bij "from" en niet bij "to".',
      en: 'In partnership "{{entry}}" the organisation itself, "{{self}}", appears in none of the data flows, neither at "from" nor at "to".',
    },
  },
  relatedMessages: {
    flowsListed: { nl: 'Hier staan de gegevensstromen.', en: 'The data flows are listed here.' },
  },
  fix: {
    nl: 'Leg onder "data_flows" vast welke gegevens de eigen organisatie verstrekt ("from") of ontvangt ("to"). Ontvangt zij alleen, vermeld het samenwerkingsverband dan ook onder "sources" van de verwerking waarin zij die gegevens gebruikt. Doet een team van de organisatie mee, geef dat team als deelnemer dan "part_of" met de id van de eigen organisatie. Neemt de organisatie niet deel, dan hoort dit samenwerkingsverband niet in dit register, of staat "self: true" bij de verkeerde deelnemer.',
    en: 'Under "data_flows", record which data the organisation itself sends ("from") or receives ("to"). If it only receives, also list the partnership under "sources" of the processing activity in which it uses those data. If a team of the organisation takes part, give that team, as a participant, "part_of" with the organisation’s own id. If the organisation does not take part, this partnership does not belong in this register, or "self: true" is on the wrong participant.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      // Without exactly one self participant, self-missing reports the partnership; without flows there is nothing to be absent from.
      const self = selfParticipant(entity.data);
      const selfId = readString(self?.id);
      const flows = flowsOf(entity);
      if (selfId === undefined || flows.length === 0) continue;
      const participants = participantsOf(entity);
      const ids = new Set(participants.map(({ participant }) => readString(participant.id)).filter((id) => id !== undefined));
      const parties = new Set(flows.flatMap(({ flow }) => [...flowSenders(flow), ...flowRecipients(flow)]));
      // A party that is no participant may be the organisation misspelled: flow-party-unknown reports it, and this rule waits.
      if ([...parties].some((id) => !ids.has(id))) continue;
      // A unit of the organisation (part_of, at any depth), or the organisation it is a unit of, is the organisation.
      if ([...parties].some((id) => isInternal(entity.data, id, selfId))) continue;
      const selfIndex = participants.find(({ participant }) => participant.self === true)?.index ?? 0;
      report({
        messageId: 'absent',
        entity,
        path: ['participants', selfIndex, 'self'],
        data: { entry: label(entity), self: readString(self?.name) ?? selfId },
        related: [{ entity, path: ['data_flows'], messageId: 'flowsListed' }],
      });
    }
  },
});
