import { defineRule } from '../rule.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { isRecord, list, readString, specialCategories } from '../model.js';
import { label } from '../register.js';

/** The marker a word calls for: an Art. 9 category for `special`, or `criminal` for Art. 10 data. */
type Marker = 'health' | 'racial-ethnic-origin' | 'religious-beliefs' | 'trade-union' | 'genetic' | 'biometric' | 'sex-life-orientation' | 'criminal';

/**
 * Words that name Art. 9 or Art. 10 data, in Dutch and English. `part` matches inside a word, so Dutch compounds
 * ("drugsverslaving", "gezondheidssituatie") are caught; `word` matches a whole word only, for short or ambiguous
 * words ("ras", "dna", "verdachte") that would otherwise be found inside unrelated words.
 */
const TERMS: readonly { text: string; match: 'part' | 'word'; marker: Marker }[] = [
  // Health (Art. 9(1); Art. 4(15): physical or mental health, including care received).
  ...['gezondheid', 'medisch', 'medicatie', 'medicijn', 'diagnos', 'psychisch', 'psychiatr', 'psycholog', 'verslav',
    'verslaafd', 'drugsgebruik', 'alcoholgebruik', 'middelengebruik', 'ziekte', 'ziekmeld', 'zwanger', 'arbeidsongeschikt',
    'handicap', 'functiebeperking', 'dementie', 'depressie', 'ggz', 'health', 'medical', 'medication', 'disabilit',
    'addict', 'illness', 'sickness', 'pregnan'].map((text) => ({ text, match: 'part' as const, marker: 'health' as const })),
  // Criminal convictions and offences (Art. 10), suspicions included.
  ...['strafrecht', 'strafbaar', 'strafbare', 'strafblad', 'strafzaak', 'taakstraf', 'veroordel', 'veroordeeld', 'justitieel',
    'justitiële', 'justitiele', 'delict', 'misdrijf', 'misdrijven', 'detentie', 'gedetineerd', 'gevangenis', 'reclassering',
    'antecedent', 'criminal', 'conviction', 'offence', 'offense', 'offender'].map((text) => ({ text, match: 'part' as const, marker: 'criminal' as const })),
  ...['verdachte', 'verdachten', 'crime', 'crimes'].map((text) => ({ text, match: 'word' as const, marker: 'criminal' as const })),
  // The other Art. 9(1) categories. Left out: political opinions ("politieke ambtsdragers" names office holders, not
  // opinions) and "ras" (also a dog's breed in the dog tax); "ras of etnische afkomst" is caught by "etnisch".
  ...['etnisch', 'etniciteit', 'ethnic'].map((text) => ({ text, match: 'part' as const, marker: 'racial-ethnic-origin' as const })),
  ...['religie', 'religieus', 'religieuze', 'religio', 'geloofsovertuiging', 'levensovertuiging', 'levensbeschouw'].map((text) => ({
    text, match: 'part' as const, marker: 'religious-beliefs' as const,
  })),
  ...['vakbond', 'vakvereniging', 'trade union'].map((text) => ({ text, match: 'part' as const, marker: 'trade-union' as const })),
  { text: 'genetisch', match: 'part', marker: 'genetic' },
  { text: 'genetic', match: 'part', marker: 'genetic' },
  { text: 'dna', match: 'word', marker: 'genetic' },
  ...['biometri', 'vingerafdruk', 'fingerprint'].map((text) => ({ text, match: 'part' as const, marker: 'biometric' as const })),
  ...['seksuele', 'seksueel', 'geaardheid', 'sexual', 'sex life'].map((text) => ({ text, match: 'part' as const, marker: 'sex-life-orientation' as const })),
];

/**
 * Words that contain a term but name no personal data of that kind: the health-care sector or a health service as
 * an organisation ("gezondheidszorgaanbieder", "Gemeentelijke Gezondheidsdienst"), health insurance
 * ("ziektekostenverzekering"). A word that starts with one of these is skipped.
 */
const NOT_DATA = ['gezondheidszorg', 'gezondheidsdienst', 'healthcare', 'ziektekosten', 'zorgverzeker'];

/** One word of the text: letters and digits; hyphens, slashes and spaces separate words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The first word in a category's text that names Art. 9 or Art. 10 data, with the marker it calls for. Linear in the text's length. */
export function namedSpecialData(text: string): { word: string; marker: Marker } | undefined {
  const normal = text.normalize('NFC').toLowerCase();
  const words = normal.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NOT_DATA.some((prefix) => word.startsWith(prefix))) continue;
    // Two-word terms ("trade union", "sex life") are tried on the word and the next one.
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : word;
    for (const term of TERMS) {
      const hit = term.text.includes(' ')
        ? pair.startsWith(term.text)
        : term.match === 'word'
          ? word === term.text
          : word.includes(term.text);
      if (hit) return { word: term.text.includes(' ') ? pair : word, marker: term.marker };
    }
  }
  return undefined;
}

/** The marker as the user writes it in the file. */
const markerText = (marker: Marker) => (marker === 'criminal' ? 'criminal: true' : `special: ${marker}`);

/** Whether an item or flow already carries the marker a word calls for: any Art. 9 category, or `criminal: true`. */
function declared(item: Record<string, unknown>, marker: Marker): boolean {
  if (marker === 'criminal') return item.criminal === true;
  return specialCategories(item).some((s) => readString(s) !== undefined);
}

export default defineRule({
  id: 'special-data-undeclared',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'De omschrijving van een categorie persoonsgegevens wijst op gezondheidsgegevens, strafrechtelijke gegevens of andere bijzondere persoonsgegevens, maar "special" of "criminal" is niet gezet.',
    en: 'The description of a category of personal data points to health data, criminal data or other special-category data, but "special" or "criminal" is not set.',
  },
  basis: {
    nl: 'AVG art. 9 lid 1 verbiedt het verwerken van bijzondere persoonsgegevens, zoals gegevens over gezondheid, behalve op een grond uit art. 9 lid 2 en UAVG art. 22–30; strafrechtelijke gegevens mogen alleen op grond van AVG art. 10 en UAVG art. 31–33. Pas als het register zulke gegevens als bijzonder of strafrechtelijk aanmerkt, kan de uitzonderingsgrond en de DPIA worden gecontroleerd.',
    en: 'GDPR Art. 9(1) prohibits processing special-category data, such as data concerning health, except on a ground in Art. 9(2) and UAVG Art. 22–30; criminal data may only be processed under GDPR Art. 10 and UAVG Art. 31–33. Only when the register marks such data as special or criminal can the exception and the DPIA be checked.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}": de categorie "{{category}}" noemt "{{word}}" en lijkt dus bijzondere of strafrechtelijke gegevens te bevatten, maar "{{marker}}" staat er niet bij.',
      en: 'Processing activity "{{entry}}": the category "{{category}}" names "{{word}}" and so appears to hold special-category or criminal data, but "{{marker}}" is not set on it.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}": het gegeven "{{category}}" noemt "{{word}}" en lijkt dus bijzondere of strafrechtelijke gegevens te bevatten, maar "{{marker}}" staat niet bij de gegevensstroom.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}": the item "{{category}}" names "{{word}}" and so appears to hold special-category or criminal data, but "{{marker}}" is not set on the data flow.',
    },
  },
  fix: {
    nl: 'Zet de genoemde markering bij deze categorie of gegevensstroom ("special" met de categorie uit AVG art. 9, of "criminal: true" voor strafrechtelijke gegevens) en vul "exception" in met de uitzonderingsgrond. Bevat het gegeven toch geen zulke gegevens, schrijf de omschrijving dan zo dat dat blijkt (bijvoorbeeld "naam van de zorgaanbieder" in plaats van "medische gegevens").',
    en: 'Set the marker named on this category or data flow ("special" with the Art. 9 category, or "criminal: true" for criminal data) and fill in "exception" with the ground. If the item holds no such data after all, reword it so that this shows (for example "name of the care provider" rather than "medical data").',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      list(entity.data.personal_data).forEach((item, i) => {
        if (!isRecord(item)) return;
        const category = readString(item.category)?.trim();
        if (!category) return;
        const found = namedSpecialData(category);
        if (!found || declared(item, found.marker)) return;
        report({
          messageId: 'processing',
          entity,
          path: ['personal_data', i, 'category'],
          data: { entry: label(entity), category, word: found.word, marker: markerText(found.marker) },
        });
      });
    }
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      for (const { flow, index } of flowsOf(entity)) {
        // One finding per marker a flow lacks: the marker belongs to the flow, not to each of its items.
        const seen = new Set<string>();
        list(flow.data).forEach((item, j) => {
          const category = readString(item)?.trim();
          if (!category) return;
          const found = namedSpecialData(category);
          if (!found || declared(flow, found.marker)) return;
          const kind = found.marker === 'criminal' ? 'criminal' : 'special';
          if (seen.has(kind)) return;
          seen.add(kind);
          const marker = markerText(found.marker);
          report({
            messageId: 'flow',
            entity,
            path: ['data_flows', index, 'data', j],
            data: { entry: label(entity), category, word: found.word, marker, ...flowParties(names, flow) },
          });
        });
      }
    }
  },
});
