import { defineRule } from '../rule.js';
import { flowTargets, flowsOf, participantNames, partyName } from './flows.js';
import { flowBasis, flowSenders, isControllerProcessorPair, list } from '../model.js';
import { label } from '../register.js';

export default defineRule({
  id: 'legal-basis-missing',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een verwerking of een gegevensstroom heeft geen grondslag. De grondslag van een gegevensstroom is die van de verstrekker om te verstrekken; ontvangt de gemeente, dan hoort haar eigen grondslag om te verzamelen bij de verwerking die het samenwerkingsverband onder "sources" noemt.',
    en: 'A processing activity or a data flow has no legal basis. A data flow\'s legal basis is the sender\'s basis to disclose; where the municipality receives, its own basis to collect belongs in the processing activity that lists the partnership under "sources".',
  },
  basis: {
    nl: 'AVG art. 6 lid 1 en lid 3: persoonsgegevens verwerken en verstrekken mag alleen op een grondslag, bij een publieke taak of wettelijke verplichting vastgelegd in de wet. Het "legal_basis" van een gegevensstroom is de grondslag van de verstrekker; ontbreekt het, dan geldt het "legal_basis" van het samenwerkingsverband. Een verwerker handelt onder de grondslag van de verwerkingsverantwoordelijke (AVG art. 28 lid 3 en art. 29), dus een stroom tussen een verwerkingsverantwoordelijke en zijn eigen verwerker ("processor_for") vraagt geen eigen grondslag; de verwerker blijft wel ontvanger (art. 4 onder 9). AP-observatie: gemeenten delen te vaak zonder na te gaan of het mag.',
    en: 'GDPR Art. 6(1) and 6(3): personal data may only be processed and disclosed on a legal basis, laid down in law for a public task or legal obligation. A data flow\'s "legal_basis" is the sender\'s basis; where it has none, the partnership\'s "legal_basis" applies. A processor acts under the controller\'s basis (Art. 28(3) and 29), so a flow between a controller and its own processor ("processor_for") needs no basis of its own; the processor is still a recipient (Art. 4(9)). AP observation: municipalities too often share without checking whether they may.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" heeft geen grondslag (AVG art. 6 lid 1).',
      en: 'Processing activity "{{entry}}" has no legal basis (GDPR Art. 6(1)).',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" heeft geen grondslag (AVG art. 6 lid 1), en het samenwerkingsverband noemt geen standaardgrondslag.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" has no legal basis (GDPR Art. 6(1)), and the partnership names no default legal basis.',
    },
  },
  fix: {
    nl: 'Voeg "legal_basis" toe met de grond uit AVG art. 6 lid 1 ("ground", bijvoorbeeld public-task) en het wetsartikel waarop die steunt ("provision", bijvoorbeeld "Wet maatschappelijke ondersteuning 2015, art. 5.1.1"). Bij een gegevensstroom is dat de grondslag van de verstrekker; geldt één grondslag voor alle stromen, zet die dan als "legal_basis" van het samenwerkingsverband. Ontvangt de gemeente alleen gegevens, dan hoort haar eigen grondslag bij de verwerking die het samenwerkingsverband onder "sources" noemt. Werkt de ontvanger als verwerker voor de verstrekker (of andersom), leg dat vast met "processor_for" bij de verwerker. Een convenant of andere afspraak is geen grondslag.',
    en: 'Add "legal_basis" with the GDPR Art. 6(1) ground ("ground", for example public-task) and the statutory provision it rests on ("provision", for example "Wet maatschappelijke ondersteuning 2015, art. 5.1.1"). For a data flow that is the sender\'s basis; where one basis covers every flow, give it as the partnership\'s "legal_basis". Where the municipality only receives data, its own basis belongs in the processing activity that lists the partnership under "sources". Where the recipient works as the sender\'s processor (or the other way round), record that with "processor_for" on the processor. A covenant or other agreement is not a legal basis.',
  },
  check({ register, report }) {
    for (const entity of register.processing) {
      // A legal_basis that is not a list is the schema's finding at the same path, so it is not repeated here.
      if (list(entity.data.legal_basis).length === 0) {
        report({ messageId: 'processing', entity, path: ['legal_basis'], data: { entry: label(entity) } });
      }
    }
    for (const entity of register.partnerships) {
      const names = participantNames(entity);
      for (const { flow, index } of flowsOf(entity)) {
        if (flowBasis(entity.data, flow).length > 0) continue;
        const senders = flowSenders(flow);
        const targets = flowTargets(flow, index).map((t) => t.value);
        // A processor acts under its controller's basis: only a pair outside that relation needs a basis of its own.
        const needsBasis =
          senders.length === 0 ||
          targets.length === 0 ||
          senders.some((from) => targets.some((to) => typeof to !== 'string' || !isControllerProcessorPair(entity.data, from, to)));
        if (!needsBasis) continue;
        report({
          messageId: 'flow',
          entity,
          path: 'legal_basis' in flow ? ['data_flows', index, 'legal_basis'] : ['data_flows', index],
          data: {
            entry: label(entity),
            from: senders.length > 0 ? senders.map((s) => partyName(names, s)).join(', ') : partyName(names, flow.from),
            to: targets.length > 0 ? targets.map((t) => partyName(names, t)).join(', ') : '?',
          },
        });
      }
    }
  },
});
