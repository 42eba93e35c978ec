import { defineRule } from '../rule.js';
import { isRecord, list, readString, specialCategories } from '../model.js';
import { isActive, label } from '../register.js';

type Trigger = 'special' | 'criminal' | 'sensitive';

/** What in a category of personal data calls for a DPIA assessment, most weighty first; undefined when nothing does. */
function trigger(item: unknown): Trigger | undefined {
  if (!isRecord(item)) return undefined;
  if (specialCategories(item).some((s) => readString(s) !== undefined)) return 'special';
  if (item.criminal === true) return 'criminal';
  if (item.sensitive === true) return 'sensitive';
  return undefined;
}

const RANK: Trigger[] = ['special', 'criminal', 'sensitive'];

export default defineRule({
  id: 'dpia-unassessed',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een lopende verwerking met bijzondere, strafrechtelijke of gevoelige gegevens legt niets vast over een DPIA: geen DPIA en geen beoordeling dat die niet nodig is.',
    en: 'An active processing activity with special-category, criminal or sensitive data records nothing about a DPIA: neither a DPIA nor an assessment that none is needed.',
  },
  basis: {
    nl: 'AVG art. 35 lid 1: bij een waarschijnlijk hoog risico beoordeelt de verwerkingsverantwoordelijke vooraf de gevolgen voor de bescherming van persoonsgegevens. De DPIA-lijst van de AP op grond van art. 35 lid 4 (Stcrt. 2019, 64418) noemt onder meer gezondheidsgegevens, de financiële situatie en fraudebestrijding. Of een DPIA nodig is, moet dus bij zulke gegevens beoordeeld en vastgelegd zijn (art. 5 lid 2).',
    en: 'GDPR Art. 35(1): where a processing is likely to pose a high risk, the controller assesses its impact on the protection of personal data beforehand. The AP’s DPIA list under Art. 35(4) (Stcrt. 2019, 64418) names, among others, health data, financial situation and fraud prevention. Whether a DPIA is needed must therefore be assessed and recorded for such data (Art. 5(2)).',
  },
  messages: {
    special: {
      nl: 'Verwerking "{{entry}}" verwerkt "{{category}}", bijzondere persoonsgegevens, maar legt niets vast over een DPIA.',
      en: 'Processing activity "{{entry}}" processes "{{category}}", special-category data, but records nothing about a DPIA.',
    },
    criminal: {
      nl: 'Verwerking "{{entry}}" verwerkt "{{category}}", strafrechtelijke gegevens, maar legt niets vast over een DPIA.',
      en: 'Processing activity "{{entry}}" processes "{{category}}", criminal data, but records nothing about a DPIA.',
    },
    sensitive: {
      nl: 'Verwerking "{{entry}}" verwerkt "{{category}}", gegevens van gevoelige aard (zoals schulden, armoede of verslaving), maar legt niets vast over een DPIA.',
      en: 'Processing activity "{{entry}}" processes "{{category}}", data of a sensitive nature (such as debts, poverty or addiction), but records nothing about a DPIA.',
    },
  },
  fix: {
    nl: 'Beoordeel of deze verwerking een hoog risico geeft. Is er een DPIA uitgevoerd, leg die dan vast onder "dpia" met "reference" en "date". Is na beoordeling geen DPIA nodig, schrijf dan "dpia: {required: false, reason: ...}" met de reden.',
    en: 'Assess whether this processing poses a high risk. If a DPIA was carried out, record it under "dpia" with "reference" and "date". If the assessment shows none is needed, write "dpia: {required: false, reason: ...}" with the reason.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      if (!isActive(entity)) continue;
      // Any mapping counts as recorded: whether it is a sound DPIA or waiver is for other rules and the schema.
      if (isRecord(entity.data.dpia)) continue;
      let found: { trigger: Trigger; item: Record<string, unknown> } | undefined;
      for (const item of list(entity.data.personal_data)) {
        const t = trigger(item);
        if (t && isRecord(item) && (!found || RANK.indexOf(t) < RANK.indexOf(found.trigger))) found = { trigger: t, item };
      }
      if (!found) continue;
      report({
        messageId: found.trigger,
        entity,
        path: ['dpia'],
        // One unassessed DPIA per activity, whatever triggered it: the fingerprint must not change with the trigger.
        discriminator: 'unassessed',
        data: { entry: label(entity), category: readString(found.item.category)?.trim() ?? '?' },
      });
    }
  },
});
