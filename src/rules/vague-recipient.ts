import { defineRule } from '../rule.js';
import { fold, words } from './helpers.js';
import { isRecord, list, readString } from '../model.js';

// Words that name nobody in particular; compounds ending in "partner(s)" count too.
const CATCH_ALL = new Set([
  'ketenpartner', 'ketenpartners', 'derde', 'derden', 'partij', 'partijen', 'samenwerkingspartner',
  'samenwerkingspartners', 'partner', 'partners', 'instantie', 'instanties', 'organisatie', 'organisaties',
  'anderen', 'overigen', 'etc', 'etc.', 'enz', 'enz.', 'enzovoort', 'enzovoorts', 'etcetera', 'e.a.',
  'third', 'party', 'parties', 'others', 'various',
]);
// Words that may surround a catch-all without making it specific.
const FILLER = new Set([
  'andere', 'ander', 'overige', 'overig', 'diverse', 'divers', 'verschillende', 'alle', 'betrokken', 'betrokkene',
  'relevante', 'externe', 'eventuele', 'mogelijke', 'onze', 'de', 'het', 'een', 'en', 'of', 'en/of', 'other',
  'all', 'relevant', 'external', 'and', 'or', 'the', 'any', 'some', 'possible',
]);

// "," ";" or a conjunction between blanks. A separator only starts where a run of blanks starts:
// without `(?<!\s)` every blank of a long run would be tried and the run walked again each time.
const ENUMERATION_SEPARATOR = /,|;|(?<!\s)\s+(?:en|and|of|or)\s+|(?<!\s)\s+en\/of\s+/;

function isCatchAllWord(word: string): boolean {
  return CATCH_ALL.has(word) || /partners?$/.test(word);
}

/** Whether a clause consists only of catch-all and filler words, with at least one catch-all. */
function vagueClause(clause: string): boolean {
  const ws = words(clause.replace(/[-_]/g, ' '));
  return ws.length > 0 && ws.some(isCatchAllWord) && ws.every((w) => isCatchAllWord(w) || FILLER.has(w.replace(/\.$/, '')));
}

// Words that open or close a list that is not complete ("onder andere politie en OM", "GGD, Veilig Thuis e.d.").
// "zoals bedoeld in" refers to a definition and closes nothing. Matched on a folded value whose blanks are single,
// from a word start only, so each position is tried once.
const OPEN_LIST =
  /(?:^|[\s,;:(])(onder andere|onder meer|o\.a\.?|o\.m\.|bijvoorbeeld|bijv\.?|zoals(?! (?:bedoeld|genoemd|omschreven|vermeld|vastgelegd|opgenomen|aangewezen)\b)|e\.d\.?|en dergelijke|such as|for example|e\.g\.|among others|inter alia)(?=$|[\s,;:)])/;

/** The words that make a recipient an open list ("o.a.", "bijvoorbeeld", "e.d."), or undefined. */
export function openList(value: string): string | undefined {
  return OPEN_LIST.exec(fold(value).replace(/\s+/g, ' '))?.[1];
}

/** The catch-all part of a recipient description, or undefined when it names someone. */
export function catchAll(value: string): string | undefined {
  if (vagueClause(value)) return value.trim();
  // "politie, OM en andere ketenpartners": the last item of an enumeration is the catch-all.
  const parts = fold(value).split(ENUMERATION_SEPARATOR);
  const last = parts[parts.length - 1]?.trim();
  if (parts.length > 1 && last && vagueClause(last)) return last;
  return undefined;
}

export default defineRule({
  id: 'vague-recipient',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'Een ontvanger, deelnemer of bestemming van een gegevensstroom is een verzamelterm ("ketenpartners", "derden").',
    en: 'A recipient, participant or flow target is a catch-all ("chain partners", "third parties").',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d: de categorieën ontvangers, samenwerkingsverbanden inbegrepen. AP-observatie: registers zijn vaak niet specifiek genoeg.',
    en: 'GDPR Art. 30(1)(d): the categories of recipients, partnerships included. AP observation: registers are often not specific enough.',
  },
  messages: {
    recipient: {
      nl: 'Verwerking "{{entry}}" noemt als ontvanger "{{term}}"; daaruit blijkt niet wie de gegevens krijgt.',
      en: 'Processing activity "{{entry}}" names "{{term}}" as a recipient, which does not say who receives the data.',
    },
    participant: {
      nl: 'Samenwerkingsverband "{{entry}}" noemt als deelnemer "{{term}}"; daaruit blijkt niet wie meedoet.',
      en: 'Partnership "{{entry}}" names "{{term}}" as a participant, which does not say who takes part.',
    },
    recipientOpenList: {
      nl: 'Verwerking "{{entry}}" noemt als ontvanger "{{term}}"; met "{{marker}}" is dat een open opsomming, waaruit niet blijkt wie de gegevens nog meer krijgt.',
      en: 'Processing activity "{{entry}}" names "{{term}}" as a recipient; "{{marker}}" makes it an open list, which does not say who else receives the data.',
    },
    flowTarget: {
      nl: 'Een gegevensstroom in "{{entry}}" gaat naar "{{term}}"; daaruit blijkt niet wie de gegevens krijgt.',
      en: 'A data flow in "{{entry}}" goes to "{{term}}", which does not say who receives the data.',
    },
  },
  fix: {
    nl: 'Noem de ontvangende organisaties bij naam of per soort (bijvoorbeeld "politie-eenheid Midden-Nederland", "zorgaanbieders met een Wmo-contract"), of verwijs naar het samenwerkingsverband met {partnership: <id>}.',
    en: 'Name the receiving organisations, or their kind (for example "police unit Midden-Nederland", "care providers under a Wmo contract"), or refer to the partnership with {partnership: <id>}.',
  },
  fixes: {
    recipientOpenList: {
      nl: 'Noem alle ontvangers, elk op een eigen regel onder "recipients", zonder "onder andere", "bijvoorbeeld" of "e.d.": bij naam of per soort (bijvoorbeeld "zorgaanbieders met een Wmo-contract"). Gaan de gegevens naar een samenwerkingsverband, verwijs er dan naar met {partnership: <id>}.',
      en: 'List every recipient, each on its own line under "recipients", without "among others", "for example" or "etc.": by name or by kind (for example "care providers under a Wmo contract"). Where the data go to a partnership, refer to it with {partnership: <id>}.',
    },
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      list(entity.data.recipients).forEach((recipient, i) => {
        if (!isRecord(recipient)) return;
        const name = readString(recipient.organisation);
        const term = name && catchAll(name);
        const entry = readString(entity.data.name) ?? entity.id;
        if (term) {
          report({ messageId: 'recipient', entity, path: ['recipients', i, 'organisation'], data: { entry, term: name } });
          return;
        }
        const marker = name && openList(name);
        if (marker) report({ messageId: 'recipientOpenList', entity, path: ['recipients', i, 'organisation'], data: { entry, term: name, marker } });
      });
    }
    for (const entity of register.partnerships) {
      const name = readString(entity.data.name) ?? entity.id;
      const participants = list(entity.data.participants).filter(isRecord);
      participants.forEach((participant, i) => {
        const pname = readString(participant.name);
        if (pname && catchAll(pname)) report({ messageId: 'participant', entity, path: ['participants', i, 'name'], data: { entry: name, term: pname } });
      });
      const known = new Set(participants.map((p) => readString(p.id)).filter(Boolean));
      list(entity.data.data_flows).forEach((flow, i) => {
        if (!isRecord(flow)) return;
        const targets = Array.isArray(flow.to) ? flow.to : [flow.to];
        targets.forEach((target, j) => {
          // A participant id is judged by its participant's name above, not twice.
          if (typeof target !== 'string' || known.has(target) || !catchAll(target)) return;
          report({
            messageId: 'flowTarget',
            entity,
            path: Array.isArray(flow.to) ? ['data_flows', i, 'to', j] : ['data_flows', i, 'to'],
            data: { entry: name, term: target },
          });
        });
      });
    }
  },
});
