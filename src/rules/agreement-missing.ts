import { defineRule } from '../rule.js';
import { label, type PartnershipEntity } from '../register.js';
import type { DocPath } from '../types.js';
import { flowTargets, flowsOf, participantNames, participantsOf, partyName } from './flows.js';
import { flowBasis, flowSenders, isInternal, isRecord, list, partOfChain, processorFor, readString } from '../model.js';

/**
 * The kinds of arrangement an agreement holds: its own kind, those a covenant `includes` in its annexes, and, for a
 * `statutory-allocation` that names its `provision`, both: the law allocates the responsibilities (Art. 26(1)) or is
 * the "other legal act" (Art. 28(3)).
 */
function kindsOf(agreement: Record<string, unknown>): Set<string> {
  const kind = readString(agreement.kind) ?? '';
  if (kind === 'statutory-allocation') {
    return readString(agreement.provision) ? new Set([kind, 'joint-controller-arrangement', 'processing-agreement']) : new Set();
  }
  const kinds = new Set([kind]);
  for (const included of list(agreement.includes)) if (typeof included === 'string') kinds.add(included);
  return kinds;
}

/**
 * Which agreements bind which participants: an agreement without `parties` binds them all, and one that its
 * organisation signed binds a unit of it (`part_of`): a team acts under its municipality's agreements.
 */
class Coverage {
  private readonly agreements: { kinds: Set<string>; parties?: Set<string> }[] = [];
  private readonly chains = new Map<string, Set<string>>();

  constructor(private readonly entity: PartnershipEntity) {
    for (const agreement of list(entity.data.agreements)) {
      if (!isRecord(agreement)) continue;
      // An empty or malformed `parties` says nothing about who signed; read it as "everyone", as if absent.
      const parties = list(agreement.parties).filter((p): p is string => typeof p === 'string');
      this.agreements.push({ kinds: kindsOf(agreement), parties: parties.length > 0 ? new Set(parties) : undefined });
    }
  }

  /** How many agreements are recorded. */
  get count(): number {
    return this.agreements.length;
  }

  /** Whether an agreement's parties include the participant or an organisation it is a unit of. */
  private binds(parties: Set<string> | undefined, participant: string): boolean {
    if (!parties) return true;
    let chain = this.chains.get(participant);
    if (!chain) this.chains.set(participant, (chain = partOfChain(this.entity.data, participant)));
    for (const id of chain) if (parties.has(id)) return true;
    return false;
  }

  /** Whether one agreement holding this kind binds every one of the parties. */
  has(parties: string[], kind: string): boolean {
    return this.agreements.some((a) => a.kinds.has(kind) && parties.every((p) => this.binds(a.parties, p)));
  }

  /** Whether some agreement, of any kind, binds both parties. */
  joins(a: string, b: string): boolean {
    return this.agreements.some((agreement) => this.binds(agreement.parties, a) && this.binds(agreement.parties, b));
  }
}

export default defineRule({
  id: 'agreement-missing',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Gezamenlijke verwerkingsverantwoordelijken zonder regeling, verwerkers zonder verwerkersovereenkomst met hun verwerkingsverantwoordelijke, of partijen die gegevens delen zonder enige afspraak. Een toedeling bij wet ("statutory-allocation") en een convenant met de regeling als bijlage ("includes") tellen mee.',
    en: 'Joint controllers without an arrangement, processors without a processing agreement with their controller, or parties sharing data with no agreement at all. An allocation by law ("statutory-allocation") and a covenant holding the arrangement as an annex ("includes") count.',
  },
  basis: {
    nl: 'AVG art. 24; art. 26 lid 1: gezamenlijke verwerkingsverantwoordelijken leggen hun verantwoordelijkheden vast in een regeling, tenzij en voor zover de wet die al toedeelt; art. 28 lid 3: de verwerking door een verwerker berust op een overeenkomst of andere rechtshandeling die hem aan de verwerkingsverantwoordelijke bindt, en art. 28 lid 9: die is schriftelijk. AP, vraag 2: vooraf vastleggen hoe de verantwoordelijkheden in het samenwerkingsverband zijn belegd.',
    en: 'GDPR Art. 24; Art. 26(1): joint controllers set out their responsibilities in an arrangement, unless, and in so far as, the law already allocates them; Art. 28(3): processing by a processor is governed by a contract or other legal act that binds it to the controller, and Art. 28(9): in writing. AP, question 2: set down in advance how responsibilities in the partnership are allocated.',
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
    processorFor: {
      nl: '"{{participant}}" is verwerker voor "{{controller}}" in "{{entry}}", maar er is geen verwerkersovereenkomst of andere rechtshandeling (AVG art. 28 lid 3) die deze twee bindt.',
      en: '"{{participant}}" is a processor for "{{controller}}" in "{{entry}}", but no processing agreement or other legal act (GDPR Art. 28(3)) binds the two.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}": er is geen afspraak die beide partijen hebben ondertekend.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}": there is no agreement signed by both parties.',
    },
  },
  fix: {
    nl: 'Leg de afspraak vast onder "agreements" met "kind" (joint-controller-arrangement, processing-agreement of covenant), de vindplaats ("reference"), de datum van ondertekening ("signed") en de ids van de partijen die tekenden ("parties"). Staat de regeling als bijlage in het convenant, noem haar dan onder "includes" van het convenant. Deelt de wet de verantwoordelijkheden toe, leg dat vast als "kind: statutory-allocation" met het wetsartikel ("provision"). Zijn twee deelnemers onderdelen van één organisatie, geef dat aan met "part_of". Is de afspraak er nog niet, maak die dan voordat er gegevens worden gedeeld.',
    en: 'Record the agreement under "agreements" with its "kind" (joint-controller-arrangement, processing-agreement or covenant), where to find it ("reference"), the date it was signed ("signed") and the ids of the parties that signed ("parties"). Where the arrangement is an annex of the covenant, name it under the covenant\'s "includes". Where the law allocates the responsibilities, record that as "kind: statutory-allocation" with the statutory provision ("provision"). Where two participants are units of one organisation, say so with "part_of". If there is no agreement yet, make one before any data are shared.',
  },
  fixes: {
    processorFor: {
      nl: 'Leg de verwerkersovereenkomst vast onder "agreements" met "kind: processing-agreement" en beide partijen onder "parties"; staat zij als bijlage in het convenant, noem haar dan onder "includes" van het convenant; regelt een wet de verwerking, leg dat vast als "kind: statutory-allocation" met het wetsartikel ("provision"). Klopt "processor_for" niet, pas het dan aan.',
      en: 'Record the processing agreement under "agreements" with "kind: processing-agreement" and both parties under "parties"; where it is an annex of the covenant, name it under the covenant\'s "includes"; where a statute governs the processing, record that as "kind: statutory-allocation" with the statutory provision ("provision"). If "processor_for" is wrong, correct it.',
    },
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const coverage = new Coverage(entity);
      const name = label(entity);
      const names = participantNames(entity);
      const roles = new Map<string, unknown>();
      for (const { participant } of participantsOf(entity)) {
        const id = readString(participant.id);
        if (id && !roles.has(id)) roles.set(id, participant.role);
      }
      // The pairs that share data and need some agreement between them: not a unit and its own organisation, and
      // not independent controllers where the law obliges the sender to disclose (the statute is the arrangement).
      const unbound: { from: string; to: string; path: DocPath }[] = [];
      for (const { flow, index } of flowsOf(entity)) {
        const lawRequires = flowBasis(entity.data, flow).some((b) => isRecord(b) && b.ground === 'legal-obligation');
        for (const from of flowSenders(flow)) {
          if (!names.has(from)) continue;
          for (const target of flowTargets(flow, index)) {
            // Unknown parties are flow-party-unknown's finding; a party sharing with itself needs no agreement.
            if (typeof target.value !== 'string' || !names.has(target.value) || target.value === from) continue;
            if (isInternal(entity.data, from, target.value)) continue;
            if (lawRequires && roles.get(from) === 'controller' && roles.get(target.value) === 'controller') continue;
            if (coverage.count > 0 && coverage.joins(from, target.value)) continue;
            // A list of recipients points at the one without an agreement; a single recipient at the flow.
            unbound.push({ from, to: target.value, path: Array.isArray(flow.to) ? target.path : ['data_flows', index] });
          }
        }
      }
      if (coverage.count === 0) {
        // One root cause, one finding: listing every party and flow would bury it.
        if (unbound.length > 0) report({ messageId: 'none', entity, path: ['agreements'], data: { entry: name } });
        // With no flows at all there is nothing shared yet to arrange; where every flow is exempt, the roles still need theirs.
        if (unbound.length > 0 || flowsOf(entity).length === 0) continue;
      }
      for (const { participant, index } of participantsOf(entity)) {
        const id = readString(participant.id);
        const data = { entry: name, participant: readString(participant.name) ?? id ?? '?' };
        const self = id === undefined ? [] : [id];
        if (participant.role === 'joint-controller' && !coverage.has(self, 'joint-controller-arrangement')) {
          report({ messageId: 'jointController', entity, path: ['participants', index], data });
        } else if (participant.role === 'processor') {
          const controllers = processorFor(participant);
          // Without `processor_for` the controller is not known, so any processing agreement binding the processor counts.
          if (controllers.length === 0) {
            if (!coverage.has(self, 'processing-agreement')) report({ messageId: 'processor', entity, path: ['participants', index], data });
            continue;
          }
          const listed = list(participant.processor_for);
          for (const controller of controllers) {
            if (coverage.has([...self, controller], 'processing-agreement')) continue;
            const at = listed.indexOf(controller);
            report({
              messageId: 'processorFor',
              entity,
              // A list of controllers points at the one without an agreement.
              path: at >= 0 ? ['participants', index, 'processor_for', at] : ['participants', index, 'processor_for'],
              data: { ...data, controller: partyName(names, controller) },
              discriminator: controller,
            });
          }
        }
      }
      for (const pair of unbound) {
        report({ messageId: 'flow', entity, path: pair.path, data: { entry: name, from: partyName(names, pair.from), to: partyName(names, pair.to) } });
      }
    }
  },
});
