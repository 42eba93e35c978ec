import { defineRule } from '../rule.js';
import { closest } from '../validate.js';
import { isRecord, list, readString } from '../model.js';
import { fileEntity, label } from '../register.js';

/** Longest id a suggestion is looked for: ids are short words, and edit distance costs the product of the lengths. */
const MAX_SUGGESTION_LENGTH = 64;
/** Most controller ids a message lists. */
const MAX_LISTED = 10;
/** Most controller ids compared for a suggestion: a municipality has three; a longer list is no typo's neighbourhood. */
const MAX_SUGGESTION_CANDIDATES = 50;

export default defineRule({
  id: 'controller-unknown',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Een verwerking noemt als verwerkingsverantwoordelijke (controller) een orgaan dat register.yml niet onder organisation.controllers noemt.',
    en: 'A processing activity names as its controller a body that register.yml does not list under organisation.controllers.',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder a: het register vermeldt per verwerking de verwerkingsverantwoordelijke. Bij een gemeente zijn het college, de burgemeester en de raad elk een eigen verwerkingsverantwoordelijke.',
    en: 'GDPR Art. 30(1)(a): the record names the controller of each processing activity. In a municipality the executive board (college), the mayor (burgemeester) and the council (raad) are each a controller of their own.',
  },
  messages: {
    unknown: {
      nl: 'Verwerking "{{name}}" noemt verwerkingsverantwoordelijke "{{controller}}", maar register.yml noemt onder organisation.controllers alleen: {{known}}.',
      en: 'Processing activity "{{name}}" names controller "{{controller}}", but register.yml lists only these under organisation.controllers: {{known}}.',
    },
    unknownDidYouMean: {
      nl: 'Verwerking "{{name}}" noemt verwerkingsverantwoordelijke "{{controller}}", maar register.yml noemt die niet onder organisation.controllers. Bedoelt u "{{suggestion}}"?',
      en: 'Processing activity "{{name}}" names controller "{{controller}}", which register.yml does not list under organisation.controllers. Did you mean "{{suggestion}}"?',
    },
    noControllers: {
      nl: 'Verwerking "{{name}}" noemt verwerkingsverantwoordelijke "{{controller}}", maar register.yml noemt geen organen onder organisation.controllers.',
      en: 'Processing activity "{{name}}" names controller "{{controller}}", but register.yml lists no bodies under organisation.controllers.',
    },
  },
  relatedMessages: {
    controllersListed: { nl: 'Hier staan de verwerkingsverantwoordelijken van de organisatie.', en: 'The organisation’s controllers are listed here.' },
  },
  fix: {
    nl: 'Vul bij "controller" de id in van het orgaan dat verantwoordelijk is, zoals register.yml die onder organisation.controllers noemt (bijvoorbeeld college, burgemeester of raad). Ontbreekt het orgaan daar, voeg het dan toe met "id" en "name".',
    en: 'At "controller", fill in the id of the responsible body as register.yml lists it under organisation.controllers (for example college, burgemeester or raad). If the body is missing there, add it with "id" and "name".',
  },
  fixes: {
    noControllers: {
      nl: 'Noem in register.yml onder "organisation" bij "controllers" elk orgaan dat zelf verwerkingsverantwoordelijke is, met "id" en "name" (bij een gemeente: college, burgemeester en raad), en verwijs er vanuit de verwerking naar met "controller".',
      en: 'In register.yml, under "organisation", list at "controllers" every body that is a controller of its own, with "id" and "name" (for a municipality: college, burgemeester and raad), and refer to it from the processing activity with "controller".',
    },
  },
  check({ register, report }) {
    const file = register.registerFile;
    const organisation = file && isRecord(file.data) && isRecord(file.data.organisation) ? file.data.organisation : {};
    const ids: string[] = [];
    for (const controller of list(organisation.controllers)) {
      const id = isRecord(controller) ? readString(controller.id) : undefined;
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    const known = new Set(ids);
    // The message lists what may be chosen; a very long list is cut, the file itself has them all.
    const listed = ids.length > MAX_LISTED ? `${ids.slice(0, MAX_LISTED).join(', ')}, …` : ids.join(', ');
    const related = file && Array.isArray(organisation.controllers) ? [{ entity: fileEntity(file), path: ['organisation', 'controllers'], messageId: 'controllersListed' as const }] : undefined;
    // Many activities name the same wrong id: its suggestion is looked for once.
    const suggestions = new Map<string, string | undefined>();
    const suggest = (id: string): string | undefined => {
      if (!suggestions.has(id)) {
        const fits = id.length <= MAX_SUGGESTION_LENGTH && ids.length <= MAX_SUGGESTION_CANDIDATES;
        suggestions.set(id, fits ? closest(id, ids) : undefined);
      }
      return suggestions.get(id);
    };
    for (const processing of register.processing) {
      const controller = readString(processing.data.controller);
      if (controller === undefined || known.has(controller)) continue;
      const base = { entity: processing, path: ['controller'], related };
      if (ids.length === 0) {
        report({ ...base, messageId: 'noControllers', data: { name: label(processing), controller } });
        continue;
      }
      const suggestion = suggest(controller);
      if (suggestion !== undefined) {
        report({
          ...base,
          messageId: 'unknownDidYouMean',
          data: { name: label(processing), controller, suggestion },
          suggestion: { kind: 'replace-value', value: suggestion },
        });
      } else {
        report({ ...base, messageId: 'unknown', data: { name: label(processing), controller, known: listed } });
      }
    }
  },
});
