import { defineRule } from '../rule.js';
import { flowTargets, flowsOf, participantNames, participantsOf, partyName } from './flows.js';
import { flowBasis, flowSenders, isInternal, processorFor, readString } from '../model.js';
import { label, type PartnershipEntity } from '../register.js';

/** The controllers a processor participant works for: its `processor_for`, else (format 1.0) every controller of the partnership. */
function controllersOf(entity: PartnershipEntity, processor: Record<string, unknown>): string[] {
  const named = processorFor(processor);
  if (named.length > 0) return named;
  // Without `processor_for` the register does not say which controller; any of them is taken, so that a 1.0
  // register's processor reporting back to the municipality is not a false alarm.
  return participantsOf(entity)
    .map(({ participant }) => participant)
    .filter((p) => p.role === 'controller' || p.role === 'joint-controller')
    .map((p) => readString(p.id))
    .filter((id): id is string => id !== undefined);
}

/** Whether a flow's basis records that the law requires it (Art. 29, "unless required by law"): `legal-obligation` with a provision. */
function requiredByLaw(entity: PartnershipEntity, flow: Record<string, unknown>): boolean {
  return flowBasis(entity.data, flow).some((basis) => basis.ground === 'legal-obligation' && readString(basis.provision) !== undefined);
}

export default defineRule({
  id: 'processor-shares-onwards',
  question: 'Q2',
  severity: 'error',
  description: {
    nl: 'Een verwerker geeft gegevens door aan een andere partij dan de verwerkingsverantwoordelijke voor wie hij werkt, zonder vastgelegde instructie, subverwerker of wettelijke plicht.',
    en: 'A processor passes data to a party other than the controller it works for, with no recorded instruction, sub-processor or legal duty.',
  },
  basis: {
    nl: 'AVG art. 29 en art. 28 lid 3 onder a: een verwerker verwerkt alleen op schriftelijke instructie van de verwerkingsverantwoordelijke, tenzij een wettelijke plicht hem daartoe verplicht; art. 28 lid 2 en lid 4: een subverwerker alleen met toestemming van de verwerkingsverantwoordelijke. AVG art. 28 lid 10: een verwerker die zelf doel en middelen bepaalt, geldt voor die verwerking als verwerkingsverantwoordelijke.',
    en: 'GDPR Art. 29 and Art. 28(3)(a): a processor processes only on documented instructions from the controller, unless the law requires it to; Art. 28(2) and 28(4): a sub-processor only with the controller’s authorisation. GDPR Art. 28(10): a processor that itself determines purposes and means counts as a controller for that processing.',
  },
  messages: {
    onwards: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}": {{from}} is verwerker voor {{controllers}}, maar geeft de gegevens door aan {{to}}, en er staat geen instructie, subverwerker of wettelijke plicht bij.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}": {{from}} is a processor for {{controllers}} but passes the data on to {{to}}, and no instruction, sub-processor or legal duty is recorded.',
    },
  },
  fix: {
    nl: 'Leg vast waarom de verwerker deze gegevens mag doorgeven: gebeurt het op schriftelijke instructie van de verwerkingsverantwoordelijke, zet dan bij de gegevensstroom "on_instruction_of" met het id van die deelnemer; is de ontvanger een subverwerker die de verwerkingsverantwoordelijke heeft toegestaan, geef die dan "role: processor" en "processor_for" met dezelfde verwerkingsverantwoordelijke; verplicht een wet tot het doorgeven, vermeld dan onder "legal_basis" de grond legal-obligation met het wetsartikel ("provision"). Bepaalt de verwerker zelf waarvoor de gegevens worden doorgegeven, dan is hij daarvoor verwerkingsverantwoordelijke (AVG art. 28 lid 10): geef hem dan die rol.',
    en: 'Record why the processor may pass these data on: where it acts on the controller’s documented instructions, set "on_instruction_of" on the data flow to that participant’s id; where the recipient is a sub-processor the controller authorised, give it "role: processor" and "processor_for" naming the same controller; where a statute requires the disclosure, give the ground legal-obligation with the statutory provision ("provision") under "legal_basis". If the processor itself decides what the data are passed on for, it is the controller for that (GDPR Art. 28(10)): give it that role.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      const byId = new Map<string, Record<string, unknown>>();
      for (const { participant } of participantsOf(entity)) {
        const id = readString(participant.id);
        if (id !== undefined && !byId.has(id)) byId.set(id, participant);
      }
      for (const { flow, index } of flowsOf(entity)) {
        if (requiredByLaw(entity, flow)) continue;
        const instructedBy = readString(flow.on_instruction_of);
        for (const sender of flowSenders(flow)) {
          const processor = byId.get(sender);
          if (processor?.role !== 'processor') continue;
          const controllers = controllersOf(entity, processor);
          // An instruction counts only from a controller this processor works for.
          if (instructedBy !== undefined && controllers.includes(instructedBy)) continue;
          for (const target of flowTargets(flow, index)) {
            const recipient = readString(target.value);
            if (recipient === undefined || !byId.has(recipient)) continue; // flow-party-unknown reports it
            // To a controller it works for (or a unit of one), within its own organisation, or to a sub-processor of the same controller.
            if (controllers.some((c) => isInternal(entity.data, recipient, c))) continue;
            if (isInternal(entity.data, recipient, sender)) continue;
            const other = byId.get(recipient);
            if (other?.role === 'processor' && processorFor(other).some((c) => controllers.includes(c))) continue;
            report({
              messageId: 'onwards',
              entity,
              path: target.path,
              discriminator: `${sender}\u0000${recipient}`,
              data: {
                entry: label(entity),
                from: partyName(names, sender),
                to: partyName(names, recipient),
                controllers: controllers.length > 0 ? controllers.map((c) => partyName(names, c)).join(', ') : '?',
              },
            });
          }
        }
      }
    }
  },
});
