import { defineRule } from '../rule.js';
import { label } from '../register.js';
import { flowParties, flowTargets, flowsOf, participantNames, partyName } from './flows.js';
import { flowSenders, isControllerProcessorPair, isRecord, list, participantKinds, readString } from '../model.js';

/**
 * Kinds of party that are neither a public body nor a care provider: public bodies may use the BSN for their tasks
 * (Wabb art. 10), care providers under the care acts; every other party needs a statute of its own.
 */
const OTHER_PARTY_KINDS = new Set(['housing-corporation', 'social-organisation', 'company', 'other']);

/** Whether a text names the citizen service number: the word BSN or burgerservicenummer (also in compounds such as BSN-nummer). */
export function namesBsn(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  // Word by word in one pass: no pattern that backtracks over register text.
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === 'bsn' || word.startsWith('burgerservicenummer')) return true;
    if (word === 'citizen' && words[i + 1] === 'service' && words[i + 2]?.startsWith('number')) return true;
  }
  return false;
}

export default defineRule({
  id: 'bsn-without-basis',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Het burgerservicenummer gaat naar een partij die geen overheidsorgaan of zorgaanbieder is (een woningcorporatie, maatschappelijke organisatie, bedrijf of andere partij), en er staat geen wet bij die dat toestaat ("bsn_basis").',
    en: 'The citizen service number (BSN) goes to a party that is neither a public body nor a care provider (a housing corporation, social organisation, company or other party), and no statute allowing it is recorded ("bsn_basis").',
  },
  basis: {
    nl: 'UAVG art. 46 lid 1: een bij wet voorgeschreven identificatienummer zoals het burgerservicenummer mag alleen worden gebruikt ter uitvoering van die wet of voor doelen die een wet noemt. Overheidsorganen mogen het BSN gebruiken voor hun taken (Wet algemene bepalingen burgerservicenummer, art. 10); zorgaanbieders op grond van de zorgwetten. Een andere partij heeft een eigen wettelijke grondslag nodig.',
    en: 'UAVG Art. 46(1): an identification number prescribed by law, such as the citizen service number, may be used only to carry out that law or for purposes a law sets. Public bodies may use the BSN for their tasks (BSN General Provisions Act, Art. 10); care providers under the care acts. Any other party needs a statutory basis of its own.',
  },
  messages: {
    flow: {
      nl: 'Gegevensstroom {{from}} → {{recipient}} in "{{entry}}" bevat het burgerservicenummer, maar {{recipient}} is geen overheidsorgaan of zorgaanbieder en bij de gegevensstroom staat geen wet die dat gebruik toestaat ("bsn_basis").',
      en: 'Data flow {{from}} → {{recipient}} in "{{entry}}" includes the citizen service number, but {{recipient}} is neither a public body nor a care provider, and the flow records no statute allowing that use ("bsn_basis").',
    },
    recipient: {
      nl: 'Verwerking "{{entry}}" verstrekt gegevens met het burgerservicenummer aan {{recipient}}, geen overheidsorgaan of zorgaanbieder, en bij die ontvanger staat geen wet die dat gebruik toestaat ("bsn_basis").',
      en: 'Processing activity "{{entry}}" discloses data including the citizen service number to {{recipient}}, neither a public body nor a care provider, and that recipient records no statute allowing that use ("bsn_basis").',
    },
  },
  fix: {
    nl: 'Noem bij "bsn_basis" de wet en het artikel die deze partij toestaan het burgerservicenummer te gebruiken. Is er geen zo\'n wet, laat het burgerservicenummer dan weg uit wat deze partij krijgt en gebruik bijvoorbeeld naam, adres en geboortedatum of een eigen dossiernummer. Is de partij wel een overheidsorgaan of zorgaanbieder, pas dan "kind" aan.',
    en: 'Name in "bsn_basis" the statute and article that allow this party to use the citizen service number. Where there is no such statute, leave the number out of what this party receives and use, for example, name, address and date of birth or a file number of its own. Where the party is in fact a public body or a care provider, correct its "kind".',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      if (!list(entity.data.personal_data).some((item) => isRecord(item) && namesBsn(item.category))) continue;
      list(entity.data.recipients).forEach((recipient, i) => {
        if (!isRecord(recipient) || typeof recipient.organisation !== 'string') return;
        if (!OTHER_PARTY_KINDS.has(String(recipient.kind)) || readString(recipient.bsn_basis)) return;
        report({ messageId: 'recipient', entity, path: ['recipients', i], data: { entry: label(entity), recipient: recipient.organisation } });
      });
    }
    for (const entity of register.partnerships) {
      const kinds = participantKinds(entity.data);
      let names: Map<string, string> | undefined;
      for (const { flow, index } of flowsOf(entity)) {
        if (readString(flow.bsn_basis) || !list(flow.data).some(namesBsn)) continue;
        for (const target of flowTargets(flow, index)) {
          if (typeof target.value !== 'string' || !OTHER_PARTY_KINDS.has(String(kinds.get(target.value)))) continue;
          // A processor that works for the sender uses the number on the sender's behalf, under the sender's own basis.
          const to = target.value;
          if (flowSenders(flow).every((from) => isControllerProcessorPair(entity.data, from, to))) continue;
          names ??= participantNames(entity);
          const { from } = flowParties(names, flow);
          report({ messageId: 'flow', entity, path: target.path, data: { entry: label(entity), from, recipient: partyName(names, target.value) } });
        }
      }
    }
  },
});
