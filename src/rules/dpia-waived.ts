import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { flowRecipients, flowSenders, isInternal, isRecord, readString, specialCategories } from '../model.js';
import { label } from '../register.js';

type MessageId = 'special' | 'criminal' | 'sensitive';

/** What in a flow puts the partnership on the AP's DPIA list, most weighty first; undefined when nothing does. */
function trigger(flow: Record<string, unknown>): MessageId | undefined {
  if (specialCategories(flow).some((s) => readString(s) !== undefined)) return 'special';
  if (flow.criminal === true) return 'criminal';
  if (flow.sensitive === true) return 'sensitive';
  return undefined;
}

const RANK: MessageId[] = ['special', 'criminal', 'sensitive'];

/** Whether the flow reaches another party: a flow between a unit and its own organisation (`part_of`) shares nothing outside it. */
function sharedWithOthers(partnership: unknown, flow: Record<string, unknown>): boolean {
  return flowSenders(flow).some((from) => flowRecipients(flow).some((to) => !isInternal(partnership, from, to)));
}

const TAIL = {
  nl: ', onder meer in de gegevensstroom {{from}} → {{to}}, maar legt vast dat geen DPIA nodig is ("{{reason}}"). De DPIA-lijst van de AP vraagt een DPIA bij samenwerkingsverbanden die zulke gegevens delen.',
  en: ', for example in the data flow {{from}} → {{to}}, but records that no DPIA is needed ("{{reason}}"). The AP’s DPIA list asks for a DPIA where a partnership shares such data.',
};

export default defineRule({
  id: 'dpia-waived',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een samenwerkingsverband deelt bijzondere, strafrechtelijke of gevoelige gegevens met andere partijen en legt vast dat geen DPIA nodig is.',
    en: 'A partnership shares special-category, criminal or sensitive data with other parties and records that no DPIA is needed.',
  },
  basis: {
    nl: 'AVG art. 35 lid 1 en lid 4. De DPIA-lijst van de AP (Stcrt. 2019, 64418) noemt onder meer "Samenwerkingsverbanden", "Gezondheidsgegevens" en "Financiële situatie": voor zulke verwerkingen is een DPIA verplicht. Een samenwerkingsverband dat bijzondere, strafrechtelijke of gevoelige gegevens deelt, valt daar in de regel onder. Daarom is dit een waarschuwing en geen fout: de beoordeling dat geen DPIA nodig is, moet de lijst uitdrukkelijk weerleggen.',
    en: 'GDPR Art. 35(1) and (4). The AP’s DPIA list (Stcrt. 2019, 64418) names, among others, "Samenwerkingsverbanden" (partnerships), "Gezondheidsgegevens" (health data) and "Financiële situatie" (financial situation): such processing requires a DPIA. A partnership that shares special-category, criminal or sensitive data usually falls under it. This is therefore a warning, not an error: an assessment that no DPIA is needed must expressly rebut the list.',
  },
  messages: {
    special: {
      nl: 'Samenwerkingsverband "{{entry}}" deelt bijzondere persoonsgegevens' + TAIL.nl,
      en: 'Partnership "{{entry}}" shares special-category data' + TAIL.en,
    },
    criminal: {
      nl: 'Samenwerkingsverband "{{entry}}" deelt strafrechtelijke gegevens' + TAIL.nl,
      en: 'Partnership "{{entry}}" shares criminal data' + TAIL.en,
    },
    sensitive: {
      nl: 'Samenwerkingsverband "{{entry}}" deelt gegevens van gevoelige aard (zoals schulden, armoede of verslaving)' + TAIL.nl,
      en: 'Partnership "{{entry}}" shares data of a sensitive nature (such as debts, poverty or addiction)' + TAIL.en,
    },
  },
  fix: {
    nl: 'Voer een DPIA uit en leg die vast onder "dpia" met "reference" en "date". Blijft de gemeente erbij dat geen DPIA nodig is, laat dan in "reason" zien waarom deze verwerking buiten de DPIA-lijst van de AP valt, en laat de functionaris gegevensbescherming die beoordeling meelezen.',
    en: 'Carry out a DPIA and record it under "dpia" with "reference" and "date". If the municipality holds that none is needed, show in "reason" why this processing falls outside the AP’s DPIA list, and have the data protection officer review that assessment.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const dpia: unknown = entity.data.dpia;
      if (!isRecord(dpia) || dpia.required !== false) continue;
      let found: { id: MessageId; flow: Record<string, unknown> } | undefined;
      for (const { flow } of flowsOf(entity)) {
        const id = trigger(flow);
        if (!id || !sharedWithOthers(entity.data, flow)) continue;
        if (!found || RANK.indexOf(id) < RANK.indexOf(found.id)) found = { id, flow };
      }
      if (!found) continue;
      report({
        messageId: found.id,
        entity,
        path: ['dpia', 'required'],
        // One waiver per partnership, whatever triggered it: the fingerprint must not change with the trigger.
        discriminator: 'waived',
        data: {
          entry: label(entity),
          reason: readString(dpia.reason)?.trim() || '?',
          ...flowParties(participantNames(entity), found.flow),
        },
      });
    }
  },
});
