import { defineRule } from '../rule.js';
import { closest } from '../validate.js';
import type { DocPath } from '../types.js';
import { flowTargets, flowsOf, participantsOf } from './flows.js';
import { readString } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'flow-party-unknown',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'De afzender of ontvanger van een gegevensstroom is geen deelnemer van het samenwerkingsverband.',
    en: 'The sender or recipient of a data flow is not a participant of the partnership.',
  },
  basis: {
    nl: 'AVG art. 5 lid 2, art. 24 en 26: voor elke partij die gegevens krijgt moet vooraf vastliggen welke rol zij heeft. AP, vraag 2: de gemeente deelt alleen met partijen die de gegevens mogen ontvangen.',
    en: 'GDPR Art. 5(2), 24 and 26: for every party that receives data its role must be set down in advance. AP, question 2: the municipality shares only with parties allowed to receive the data.',
  },
  messages: {
    from: {
      nl: 'Een gegevensstroom in "{{entry}}" komt van "{{party}}", maar dat is geen deelnemer van het samenwerkingsverband.',
      en: 'A data flow in "{{entry}}" comes from "{{party}}", which is not a participant of the partnership.',
    },
    fromDidYouMean: {
      nl: 'Een gegevensstroom in "{{entry}}" komt van "{{party}}", maar dat is geen deelnemer van het samenwerkingsverband. Bedoelt u "{{suggestion}}"?',
      en: 'A data flow in "{{entry}}" comes from "{{party}}", which is not a participant of the partnership. Did you mean "{{suggestion}}"?',
    },
    to: {
      nl: 'Een gegevensstroom in "{{entry}}" gaat naar "{{party}}", maar dat is geen deelnemer van het samenwerkingsverband.',
      en: 'A data flow in "{{entry}}" goes to "{{party}}", which is not a participant of the partnership.',
    },
    toDidYouMean: {
      nl: 'Een gegevensstroom in "{{entry}}" gaat naar "{{party}}", maar dat is geen deelnemer van het samenwerkingsverband. Bedoelt u "{{suggestion}}"?',
      en: 'A data flow in "{{entry}}" goes to "{{party}}", which is not a participant of the partnership. Did you mean "{{suggestion}}"?',
    },
  },
  fix: {
    nl: 'Gebruik in "from" en "to" het id van een deelnemer uit "participants", of voeg de partij als deelnemer toe met haar naam, soort en rol.',
    en: 'Use the id of a participant from "participants" in "from" and "to", or add the party as a participant with its name, kind and role.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const ids = new Set<string>();
      for (const { participant } of participantsOf(entity)) {
        const id = readString(participant.id);
        if (id) ids.add(id);
      }
      // Without participants every flow would be reported; the schema already says the list is missing.
      if (ids.size === 0) continue;
      // One misspelt id is usually repeated across flows; find its closest participant once.
      const suggestions = new Map<string, string | undefined>();
      const check = (value: unknown, path: DocPath, direction: 'from' | 'to') => {
        // A missing or non-text id is the schema's finding.
        if (typeof value !== 'string' || value.trim() === '' || ids.has(value)) return;
        if (!suggestions.has(value)) suggestions.set(value, closest(value, ids));
        const suggestion = suggestions.get(value);
        report({
          messageId: suggestion ? (direction === 'from' ? 'fromDidYouMean' : 'toDidYouMean') : direction,
          entity,
          path,
          data: { entry: label(entity), party: value, ...(suggestion ? { suggestion } : {}) },
          suggestion: suggestion ? { kind: 'replace-value', value: suggestion } : undefined,
        });
      };
      for (const { flow, index } of flowsOf(entity)) {
        check(flow.from, ['data_flows', index, 'from'], 'from');
        for (const target of flowTargets(flow, index)) check(target.value, target.path, 'to');
      }
    }
  },
});
