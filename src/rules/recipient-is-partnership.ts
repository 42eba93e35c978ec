import { defineRule } from '../rule.js';
import { fold } from './helpers.js';
import { isRecord, list, readString } from '../model.js';
import { label } from '../register.js';

// Names of the forms of cooperation in which several organisations share data with each other.
// Matched on whole words of the folded name, so "Netwerkbeheer BV" or "Teamleider" do not count.
const PARTNERSHIP =
  /(?:^|[^\p{L}\p{N}])(?:zorg- en veiligheidshuis|(?:zorg ?en ?)?veiligheidshuis|riec|liec|(?:sociaal |sociale )?(?:wijk|buurt)teams?|(?:sociaal|sociale) teams?|casusoverleg(?:gen)?|multidisciplinair overleg|\p{L}*netwerk(?:en)?|veilig thuis)(?=$|[^\p{L}\p{N}])/u;

/** Whether a recipient entry records its own `legal_basis` with ground `legal-obligation`: a disclosure a statute prescribes. */
function statutoryDisclosure(item: unknown): boolean {
  return isRecord(item) && list(item.legal_basis).some((basis) => isRecord(basis) && basis.ground === 'legal-obligation');
}

/** The partnership form a recipient's name reveals, or undefined. */
export function partnershipForm(name: string): string | undefined {
  const match = PARTNERSHIP.exec(fold(name).replace(/\s+/g, ' '));
  return match ? match[0].replace(/^[^\p{L}]+/u, '') : undefined;
}

export default defineRule({
  id: 'recipient-is-partnership',
  question: 'Q1',
  severity: 'warning',
  description: {
    nl: 'Een ontvanger of bron die als organisatie is vermeld, is naar zijn naam een samenwerkingsverband (Zorg- en Veiligheidshuis, RIEC, wijkteam, casusoverleg, Veilig Thuis …).',
    en: 'A recipient or source given as an organisation is by its name a partnership (Zorg- en Veiligheidshuis, RIEC, neighbourhood team, case conference, Veilig Thuis …).',
  },
  basis: {
    nl: 'AVG art. 30 lid 1 onder d: de categorieën ontvangers, samenwerkingsverbanden inbegrepen. AP-observatie: gemeenten hebben geen overzicht van de samenwerkingsverbanden waarin zij gegevens delen; een samenwerkingsverband vraagt om eigen afspraken over rollen, grondslagen en informatie aan burgers.',
    en: 'GDPR Art. 30(1)(d): the categories of recipients, partnerships included. AP observation: municipalities lack an overview of the partnerships in which they share data; a partnership needs its own arrangements on roles, legal bases and information to citizens.',
  },
  messages: {
    recipient: {
      nl: 'Verwerking "{{entry}}" noemt "{{name}}" als ontvangende organisatie, maar "{{form}}" is een samenwerkingsverband.',
      en: 'Processing activity "{{entry}}" names "{{name}}" as a receiving organisation, but a "{{form}}" is a partnership.',
    },
    source: {
      nl: 'Verwerking "{{entry}}" noemt "{{name}}" als organisatie waar de gegevens vandaan komen, maar "{{form}}" is een samenwerkingsverband.',
      en: 'Processing activity "{{entry}}" names "{{name}}" as the organisation the data come from, but a "{{form}}" is a partnership.',
    },
    veiligThuis: {
      nl: 'Verwerking "{{entry}}" noemt "{{name}}" als organisatie; met Veilig Thuis gaan gegevens meestal beide kanten op (melding, overdracht, terugkoppeling).',
      en: 'Processing activity "{{entry}}" names "{{name}}" as an organisation; with Veilig Thuis data usually flow both ways (report, hand-over, feedback).',
    },
  },
  fix: {
    nl: 'Leg het samenwerkingsverband vast in een eigen bestand onder partnerships/ (deelnemers, rollen, gegevensstromen, afspraken) en verwijs ernaar met {partnership: <id>} onder "recipients" (waar de gemeente verstrekt) of "sources" (waar zij ontvangt).',
    en: 'Record the partnership in a file of its own under partnerships/ (participants, roles, data flows, agreements) and refer to it with {partnership: <id>} under "recipients" (where the municipality discloses) or "sources" (where it receives).',
  },
  fixes: {
    veiligThuis: {
      nl: 'Veilig Thuis is in sommige regio\'s een eigen organisatie (een stichting of een onderdeel van de GGD). Gaan er gegevens beide kanten op, zoals bij een melding waarop Veilig Thuis terugkoppelt of een zaak overdraagt aan het lokale team, leg de samenwerking dan vast als samenwerkingsverband onder partnerships/ en verwijs ernaar met {partnership: <id>}. Verstrekt de gemeente alleen gegevens en komt er niets terug, dan is vermelding als organisatie juist en is deze waarschuwing voor dit item niet van toepassing.',
      en: 'In some regions Veilig Thuis is an organisation of its own (a foundation or part of the GGD). Where data flow both ways, as when Veilig Thuis reports back on a notification or hands a case to the local team, record the cooperation as a partnership under partnerships/ and refer to it with {partnership: <id>}. Where the municipality only discloses and nothing comes back, listing it as an organisation is right and this warning does not apply to the item.',
    },
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      const sourcesVeiligThuis = list(entity.data.sources).some((item) => isRecord(item) && partnershipForm(readString(item.organisation) ?? '') === 'veilig thuis');
      for (const field of ['recipients', 'sources'] as const) {
        list(entity.data[field]).forEach((item, i) => {
          const name = isRecord(item) ? readString(item.organisation) : undefined;
          const form = name && partnershipForm(name);
          if (!name || !form) return;
          // Veilig Thuis is also an organisation of its own. A disclosure to it that the register records as a legal
          // obligation of this activity, with nothing coming back (Veilig Thuis is no source), is the one-way statutory
          // disclosure the fix calls right (the mayor's copy of a house ban, for example); anything else is asked about.
          if (form === 'veilig thuis' && field === 'recipients' && !sourcesVeiligThuis && statutoryDisclosure(item)) return;
          const messageId = form === 'veilig thuis' ? 'veiligThuis' : field === 'recipients' ? 'recipient' : 'source';
          report({ messageId, entity, path: [field, i, 'organisation'], data: { entry: label(entity), name, form } });
        });
      }
    }
  },
});
