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
type MessageId = `special-${SpecialCategory}` | 'special' | 'criminal' | 'sensitive' | 'automated';

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
  automated: message(
    'Samenwerkingsverband "{{entry}}" gebruikt gegevens voor geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true")',
    'Partnership "{{entry}}" uses data for automated decision-making, profiling or a risk score ("automated: true")',
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
  // Art. 35(3)(a) names evaluation by automated means itself, so it outweighs the AP list's "sensitive".
  if (flow.automated === true) return 'automated';
  if (flow.sensitive === true) return 'sensitive';
  // `decisions: true` alone is not a trigger: a decision a person takes without a profile or score is on
  // neither Art. 35(3) nor the AP's list, and an error there made officers switch the rule off.
  return undefined;
}

const RANK: MessageId[] = ['criminal', 'automated', 'sensitive'];
const weight = (id: MessageId) => (id.startsWith('special') ? 0 : RANK.indexOf(id) + 1);

export default defineRule({
  id: 'dpia-missing',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een samenwerkingsverband deelt bijzondere, strafrechtelijke of gevoelige gegevens, of een gegevensstroom voedt geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true"), en er is geen DPIA vastgelegd.',
    en: 'A partnership shares special-category, criminal or sensitive data, or a data flow feeds automated decision-making, profiling or a risk score (`automated: true`), and no DPIA is recorded.',
  },
  basis: {
    nl: 'AVG art. 35 lid 1: bij een waarschijnlijk hoog risico beoordeelt de verwerkingsverantwoordelijke vooraf de gevolgen. Art. 35 lid 3 onder a: een DPIA is altijd nodig bij een systematische en uitgebreide beoordeling van persoonlijke aspecten met geautomatiseerde middelen, profilering inbegrepen, waarop besluiten met rechtsgevolgen of andere aanzienlijke gevolgen rusten, ook als een medewerker het besluit neemt op basis van een profiel of risicoscore. De DPIA-lijst van de AP op grond van art. 35 lid 4 (Stcrt. 2019, 64418) noemt onder meer samenwerkingsverbanden, gezondheidsgegevens, de financiële situatie, fraudebestrijding en profilering. Een besluit dat een medewerker neemt zonder profiel of score staat niet op die lijst: "decisions: true" alleen vraagt dus geen DPIA.',
    en: 'GDPR Art. 35(1): where a processing is likely to pose a high risk, the controller assesses its impact beforehand. Art. 35(3)(a): a DPIA is always needed for a systematic and extensive evaluation of personal aspects by automated means, profiling included, on which decisions with legal or similarly significant effects are based, also when a person takes the decision on the basis of a profile or risk score. The AP’s DPIA list under Art. 35(4) (Stcrt. 2019, 64418) names, among others, partnerships, health data, financial situation, fraud prevention and profiling. A decision a person takes without a profile or score is not on that list, so `decisions: true` alone does not call for a DPIA.',
  },
  messages,
  fix: {
    nl: 'Voer een DPIA uit voordat de gegevens worden gedeeld en leg die vast onder "dpia" met "reference" en "date". Is na beoordeling geen DPIA nodig, schrijf dan "dpia: {required: false, reason: ...}" met de reden. Zet "automated: true" bij een gegevensstroom die geautomatiseerde besluitvorming, profilering of een risicoscore voedt, ook als een medewerker het uiteindelijke besluit neemt; weegt een stroom alleen mee in een besluit dat een medewerker zelf neemt, dan volstaat "decisions: true".',
    en: 'Carry out a DPIA before the data are shared and record it under "dpia" with "reference" and "date". If an assessment shows no DPIA is needed, write "dpia: {required: false, reason: ...}" with the reason. Set "automated: true" on a data flow that feeds automated decisions, profiling or a risk score, even if a person takes the final decision; where a flow only weighs in a decision a person takes on their own, "decisions: true" is enough.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      // Any mapping counts: whether a recorded "required: false" holds is dpia-waived's to judge, and a
      // malformed entry is the schema's finding.
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
