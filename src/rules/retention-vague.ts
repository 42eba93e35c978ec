import { defineRule } from '../rule.js';
import { fold } from './helpers.js';
import { readString } from '../model.js';
import { label } from '../register.js';
import { placeholderIn } from './placeholder-value.js';

// A period: a number, in digits or words, and a unit of time ("7 jaar", "zes maanden", "2 years").
// `(?<![\d.,])` lets the digits start only where a run of them starts, so a long run is walked once.
const PERIOD =
  /(?:(?<![\d.,])\d+(?:[.,]\d+)?|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|a|an))\s*(?:kalender|calendar\s)?(?:jaar|jaren|jr|maand|maanden|mnd|week|weken|dag|dagen|werkdagen|uur|uren|years?|months?|weeks?|days?|hours?)\b/u;
// An event the period runs from or the data are destroyed at ("na afloop van", "na beëindiging", "after closure"),
// or permanent keeping under the Archiefwet ("blijvend te bewaren").
const EVENT =
  /\b(?:na|after|upon)\s+(?:de\s+|het\s+|the\s+)?(?:afloop|beeindiging|einde|afsluiting|sluiting|besluit|beslissing|overlijden|vertrek|verhuizing|uitschrijving|vaststelling|verstrijken|intrekking|afhandeling|afronding|laatste|beschikking|uitspraak|zitting|melding|aanvraag|end|closure|termination|decision|death|completion|expiry)\b|\b(?:blijvend|permanent)\b/u;
// A selection list under the Archiefwet, which sets the period per category of records.
const SELECTION_LIST = /selectielijst|selection list|retention schedule/u;

/** Whether a retention names a period, an event or a selection list (and so says how long). */
export function retentionIsSpecific(value: string): boolean {
  const text = fold(value).replace(/\s+/g, ' ');
  return PERIOD.test(text) || EVENT.test(text) || SELECTION_LIST.test(text);
}

export default defineRule({
  id: 'retention-vague',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'De bewaartermijn noemt geen termijn, gebeurtenis of selectielijst ("zolang nodig", "conform de Archiefwet").',
    en: 'The retention names no period, event or selection list ("as long as necessary", "under the Archives Act").',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder f: het register vermeldt zo mogelijk de beoogde termijnen waarbinnen de gegevens moeten worden gewist; art. 5 lid 1 onder e (opslagbeperking). "Niet langer dan nodig" herhaalt de norm, maar zegt niet hoe lang.',
    en: 'GDPR Art. 30(1)(f): the record states where possible the envisaged time limits for erasure; Art. 5(1)(e) (storage limitation). "No longer than necessary" repeats the principle but does not say how long.',
  },
  messages: {
    vague: {
      nl: 'Verwerking "{{entry}}" noemt als bewaartermijn "{{retention}}"; daaruit blijkt geen termijn, gebeurtenis of selectielijst.',
      en: 'Processing activity "{{entry}}" gives "{{retention}}" as its retention, which names no period, event or selection list.',
    },
  },
  fix: {
    nl: 'Noem bij "retention" hoe lang: een termijn met het moment waarop die begint ("7 jaar na beëindiging van de uitkering"), of de categorie van de selectielijst die de termijn vastlegt ("Selectielijst gemeenten en intergemeentelijke organen 2020, categorie 1.1.2: 5 jaar na afhandeling"). "Conform de Archiefwet" alleen zegt niet welke termijn.',
    en: 'At "retention", say how long: a period with the moment it starts ("7 years after the benefit ends"), or the category of the selection list that sets it ("Selectielijst gemeenten en intergemeentelijke organen 2020, category 1.1.2: 5 years after completion"). "Under the Archives Act" alone does not say which period.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      const retention = readString(entity.data.retention);
      if (retention === undefined || retention.trim() === '' || retentionIsSpecific(retention)) continue;
      // An unfilled template is placeholder-value's finding; one problem, one finding.
      if (placeholderIn(retention) !== undefined) continue;
      report({ messageId: 'vague', entity, path: ['retention'], data: { entry: label(entity), retention: retention.trim() } });
    }
  },
});
