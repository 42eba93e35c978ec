import { defineRule } from '../rule.js';
import { label, type PartnershipEntity } from '../register.js';
import { flowParties, flowTargets, flowsOf, participantNames, participantsOf } from './flows.js';
import { isRecord, list, readString } from '../model.js';

/** Which agreements bind which participants: an agreement without `parties` binds them all. */
class Coverage {
  private readonly all = new Set<string>();
  private readonly byParty = new Map<string, { index: number; kind: string }[]>();
  readonly count: number;

  constructor(entity: PartnershipEntity) {
    let count = 0;
    list(entity.data.agreements).forEach((agreement, index) => {
      if (!isRecord(agreement)) return;
      count++;
      const kind = readString(agreement.kind) ?? '';
      // An empty or malformed `parties` says nothing about who signed; read it as "everyone", as if absent.
      const parties = list(agreement.parties).filter((p): p is string => typeof p === 'string');
      if (parties.length === 0) {
        this.all.add(kind);
        return;
      }
      for (const party of new Set(parties)) {
        const entries = this.byParty.get(party) ?? [];
        entries.push({ index, kind });
        this.byParty.set(party, entries);
      }
    });
    this.count = count;
  }

  /** Whether the participant is bound by an agreement of this kind. */
  has(party: string | undefined, kind: string): boolean {
    if (this.all.has(kind)) return true;
    return party !== undefined && (this.byParty.get(party) ?? []).some((e) => e.kind === kind);
  }

  /** Whether some agreement, of any kind, binds both parties. */
  joins(a: string, b: string): boolean {
    if (this.all.size > 0) return true;
    const ofA = new Set((this.byParty.get(a) ?? []).map((e) => e.index));
    return (this.byParty.get(b) ?? []).some((e) => ofA.has(e.index));
  }
}

export default defineRule({
  id: 'agreement-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Gezamenlijke verwerkingsverantwoordelijken zonder regeling, verwerkers zonder verwerkersovereenkomst, of partijen die gegevens delen zonder enige afspraak.',
    en: 'Joint controllers without an arrangement, processors without a processing agreement, or parties sharing data with no agreement at all.',
  },
  basis: {
    nl: 'AVG art. 24, art. 26 lid 1 (regeling tussen gezamenlijke verwerkingsverantwoordelijken) en art. 28 lid 3 (verwerkersovereenkomst). AP, vraag 2: vooraf vastleggen hoe de verantwoordelijkheden in het samenwerkingsverband zijn belegd.',
    en: 'GDPR Art. 24, Art. 26(1) (arrangement between joint controllers) and Art. 28(3) (processing agreement). AP, question 2: set down in advance how responsibilities in the partnership are allocated.',
  },
  messages: {
    none: {
      nl: 'Samenwerkingsverband "{{entry}}" deelt persoonsgegevens, maar er is geen enkele schriftelijke afspraak tussen de deelnemers vastgelegd.',
      en: 'Partnership "{{entry}}" shares personal data, but no written agreement between the participants is recorded.',
    },
    jointController: {
      nl: '"{{participant}}" is gezamenlijke verwerkingsverantwoordelijke in "{{entry}}", maar heeft geen regeling tussen gezamenlijke verwerkingsverantwoordelijken (AVG art. 26) ondertekend.',
      en: '"{{participant}}" is a joint controller in "{{entry}}" but has not signed a joint-controller arrangement (GDPR Art. 26).',
    },
    processor: {
      nl: '"{{participant}}" is verwerker in "{{entry}}", maar er is geen verwerkersovereenkomst (AVG art. 28) met deze partij.',
      en: '"{{participant}}" is a processor in "{{entry}}", but there is no processing agreement (GDPR Art. 28) with this party.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}": er is geen afspraak die beide partijen hebben ondertekend.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}": there is no agreement signed by both parties.',
    },
  },
  fix: {
    nl: 'Leg de afspraak vast onder "agreements" met "kind" (joint-controller-arrangement, processing-agreement of covenant), de vindplaats ("reference"), de datum van ondertekening ("signed") en de ids van de partijen die tekenden ("parties"). Is de afspraak er nog niet, maak die dan voordat er gegevens worden gedeeld.',
    en: 'Record the agreement under "agreements" with its "kind" (joint-controller-arrangement, processing-agreement or covenant), where to find it ("reference"), the date it was signed ("signed") and the ids of the parties that signed ("parties"). If there is no agreement yet, make one before any data are shared.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const coverage = new Coverage(entity);
      const name = label(entity);
      const flows = flowsOf(entity);
      if (coverage.count === 0) {
        // One root cause, one finding: listing every party and flow would bury it.
        if (flows.length > 0) report({ messageId: 'none', entity, path: ['agreements'], data: { entry: name } });
        continue;
      }
      for (const { participant, index } of participantsOf(entity)) {
        const id = readString(participant.id);
        const data = { entry: name, participant: readString(participant.name) ?? id ?? '?' };
        if (participant.role === 'joint-controller' && !coverage.has(id, 'joint-controller-arrangement')) {
          report({ messageId: 'jointController', entity, path: ['participants', index], data });
        } else if (participant.role === 'processor' && !coverage.has(id, 'processing-agreement')) {
          report({ messageId: 'processor', entity, path: ['participants', index], data });
        }
      }
      const names = participantNames(entity);
      for (const { flow, index } of flows) {
        const from = flow.from;
        if (typeof from !== 'string' || !names.has(from)) continue;
        for (const target of flowTargets(flow, index)) {
          // Unknown parties are flow-party-unknown's finding; a party sharing with itself needs no agreement.
          if (typeof target.value !== 'string' || !names.has(target.value) || target.value === from) continue;
          if (coverage.joins(from, target.value)) continue;
          report({
            messageId: 'flow',
            entity,
            // A list of recipients points at the one without an agreement; a single recipient at the flow.
            path: Array.isArray(flow.to) ? target.path : ['data_flows', index],
            data: { entry: name, ...flowParties(names, { from, to: target.value }) },
          });
        }
      }
    }
  },
});
