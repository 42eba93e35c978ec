import { defineRule } from '../rule.js';
import { forEachLegalBasis } from './legal-bases.js';
import { citesAgreementOnly } from './statute.js';
import { readString } from '../model.js';

// Under these grounds an agreement is no stand-in for a statute: a contract (Art. 6(1)(b)) is an
// agreement by nature, and consent, vital interest and legitimate interest need no statute at all.
const AGREEMENT_IS_FINE = new Set(['contract', 'consent', 'vital-interest', 'legitimate-interest']);

export default defineRule({
  id: 'legal-basis-agreement-only',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een grondslag noemt alleen een afspraak (convenant, samenwerkingsovereenkomst, protocol) of een artikel daarvan, en geen wet of wetsartikel.',
    en: 'A legal basis cites only an agreement (covenant, cooperation agreement, protocol) or an article of one, and no statute or article of one.',
  },
  basis: {
    nl: 'AVG art. 6 lid 1 en lid 3: een publieke taak of wettelijke verplichting moet in de wet staan. AP-observatie: gemeenten nemen ten onrechte aan dat de afspraken in het samenwerkingsverband (een convenant) voldoende wettelijke basis bieden.',
    en: 'GDPR Art. 6(1) and 6(3): a public task or legal obligation must be laid down in law. AP observation: municipalities wrongly assume that the partnership’s own agreements (a covenant) are a sufficient legal basis.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" noemt als grondslag "{{provision}}": dat is een afspraak ({{agreement}}), geen wet of wetsartikel.',
      en: 'Processing activity "{{entry}}" gives "{{provision}}" as its legal basis: that is an agreement ({{agreement}}), not a statute or article.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" noemt als grondslag "{{provision}}": dat is een afspraak ({{agreement}}), geen wet of wetsartikel.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" gives "{{provision}}" as its legal basis: that is an agreement ({{agreement}}), not a statute or article.',
    },
    recipient: {
      nl: 'Verwerking "{{entry}}" verstrekt aan "{{organisation}}" op grond van "{{provision}}": dat is een afspraak ({{agreement}}), geen wet of wetsartikel.',
      en: 'Processing activity "{{entry}}" discloses to "{{organisation}}" on the basis of "{{provision}}": that is an agreement ({{agreement}}), not a statute or article.',
    },
  },
  fix: {
    nl: 'Schrijf in "provision" de wet en het artikel waarop het delen steunt, bijvoorbeeld "Wet politiegegevens, art. 20" of "Jeugdwet, art. 7.1.1.1"; het convenant mag daarna genoemd worden als uitwerking. Is er geen wetsartikel, dan is er geen grondslag om te delen.',
    en: 'Write in "provision" the act and article that the sharing rests on, for example "Wet politiegegevens, art. 20" or "Jeugdwet, art. 7.1.1.1"; the covenant may follow as its elaboration. Without a statutory provision there is no legal basis to share.',
  },
  check({ register, report }) {
    forEachLegalBasis(register, ({ entity, basis, path, place, data }) => {
      if (typeof basis.ground === 'string' && AGREEMENT_IS_FINE.has(basis.ground)) return;
      const provision = readString(basis.provision);
      const agreement = provision && citesAgreementOnly(provision);
      if (!provision || !agreement) return;
      report({ messageId: place, entity, path: [...path, 'provision'], data: { ...data(), provision: provision.trim(), agreement } });
    });
  },
});
