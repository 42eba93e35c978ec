import { defineRule } from '../rule.js';
import type { Bilingual } from '../types.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

// The Art. 9(1) categories by name in each language. Message data is the same in every language,
// so the category's name lives in the message itself: one message per category.
const SPECIAL = {
  health: { nl: 'gezondheid', en: 'health' },
  'racial-ethnic-origin': { nl: 'ras of etnische afkomst', en: 'racial or ethnic origin' },
  'political-opinions': { nl: 'politieke opvattingen', en: 'political opinions' },
  'religious-beliefs': { nl: 'religieuze of levensbeschouwelijke overtuigingen', en: 'religious or philosophical beliefs' },
  'trade-union': { nl: 'lidmaatschap van een vakbond', en: 'trade-union membership' },
  genetic: { nl: 'genetische gegevens', en: 'genetic data' },
  biometric: { nl: 'biometrische gegevens', en: 'biometric data' },
  'sex-life-orientation': { nl: 'seksueel gedrag of seksuele gerichtheid', en: 'sex life or sexual orientation' },
} as const satisfies Record<string, Bilingual>;

type SpecialCategory = keyof typeof SPECIAL;
type MessageId = `special-${SpecialCategory}` | 'special' | 'criminal' | 'sensitive' | 'decisions';

const TAIL: Bilingual = {
  nl: ', onder meer in de gegevensstroom {{from}} → {{to}}, maar er is geen DPIA vastgelegd.',
  en: ', for example in the data flow {{from}} → {{to}}, but no DPIA is recorded.',
};
const message = (nl: string, en: string): Bilingual => ({ nl: nl + TAIL.nl, en: en + TAIL.en });

const messages = {
  special: message('Samenwerkingsverband "{{entry}}" deelt bijzondere persoonsgegevens', 'Partnership "{{entry}}" shares special-category data'),
  criminal: message('Samenwerkingsverband "{{entry}}" deelt strafrechtelijke gegevens', 'Partnership "{{entry}}" shares criminal data'),
  sensitive: message(
    'Samenwerkingsverband "{{entry}}" deelt gegevens van gevoelige aard (zoals schulden, armoede of verslaving)',
    'Partnership "{{entry}}" shares data of a sensitive nature (such as debts, poverty or addiction)',
  ),
  decisions: message(
    'Samenwerkingsverband "{{entry}}" gebruikt gegevens voor besluiten over inwoners',
    'Partnership "{{entry}}" uses data for decisions about residents',
  ),
  ...Object.fromEntries(
    Object.entries(SPECIAL).map(([category, name]) => [
      `special-${category}`,
      message(
        `Samenwerkingsverband "{{entry}}" deelt bijzondere persoonsgegevens (${name.nl})`,
        `Partnership "{{entry}}" shares special-category data (${name.en})`,
      ),
    ]),
  ),
} as Record<MessageId, Bilingual>;

/** What in a flow makes a DPIA mandatory, most weighty first; undefined when nothing does. */
function trigger(flow: Record<string, unknown>): MessageId | undefined {
  const special = list(flow.special).filter((s) => readString(s) !== undefined);
  if (special.length > 0) {
    const known = special.find((s): s is SpecialCategory => typeof s === 'string' && s in SPECIAL);
    return known ? `special-${known}` : 'special';
  }
  if (flow.criminal === true) return 'criminal';
  if (flow.sensitive === true) return 'sensitive';
  if (flow.decisions === true) return 'decisions';
  return undefined;
}

const RANK: MessageId[] = ['criminal', 'sensitive', 'decisions'];
const weight = (id: MessageId) => (id.startsWith('special') ? 0 : RANK.indexOf(id) + 1);

export default defineRule({
  id: 'dpia-missing',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een samenwerkingsverband deelt bijzondere, strafrechtelijke of gevoelige gegevens, of gebruikt ze voor besluiten, en er is geen DPIA.',
    en: 'A partnership shares special-category, criminal or sensitive data, or uses them for decisions, and there is no DPIA.',
  },
  basis: {
    nl: 'AVG art. 35 lid 4 en de DPIA-lijst van de AP: samenwerkingsverbanden waarin gemeenten bijzondere of gevoelige gegevens uitwisselen (gezondheid, verslaving, armoede, schulden, strafrechtelijke gegevens, jeugdzorg), zoals wijkteams en veiligheidshuizen, hebben altijd een DPIA nodig.',
    en: 'GDPR Art. 35(4) and the AP’s DPIA list: partnerships in which municipalities exchange special or sensitive data (health, addiction, poverty, debts, criminal data, youth care), such as neighbourhood teams and safety houses, always need a DPIA.',
  },
  messages,
  fix: {
    nl: 'Voer een DPIA uit voordat de gegevens worden gedeeld en leg die vast onder "dpia" met "reference" en "date". Is na beoordeling geen DPIA nodig, schrijf dan "dpia: {required: false, reason: ...}" met de reden.',
    en: 'Carry out a DPIA before the data are shared and record it under "dpia" with "reference" and "date". If an assessment shows no DPIA is needed, write "dpia: {required: false, reason: ...}" with the reason.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      // Any mapping counts, a reasoned "required: false" included; a malformed one is the schema's finding.
      if (isRecord(entity.data.dpia)) continue;
      let found: { id: MessageId; flow: Record<string, unknown> } | undefined;
      for (const { flow } of flowsOf(entity)) {
        const id = trigger(flow);
        if (id && (!found || weight(id) < weight(found.id))) found = { id, flow };
        if (found && weight(found.id) === 0) break;
      }
      if (!found) continue;
      report({
        messageId: found.id,
        entity,
        path: ['dpia'],
        // One missing DPIA, whatever triggered it: the fingerprint must not change with the trigger.
        discriminator: 'missing',
        data: { entry: label(entity), ...flowParties(participantNames(entity), found.flow) },
      });
    }
  },
});
