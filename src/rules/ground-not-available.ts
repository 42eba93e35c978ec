import { defineRule } from '../rule.js';
import { forEachPublicBodyGround } from './public-body-grounds.js';

export default defineRule({
  id: 'ground-not-available',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een overheidsorgaan beroept zich op gerechtvaardigd belang voor een eigen verwerking of voor een gegevensstroom die het verstrekt.',
    en: 'A public body relies on legitimate interest for its own processing or for a data flow it sends.',
  },
  basis: {
    nl: 'AVG art. 6 lid 1, tweede alinea: overheidsinstanties kunnen zich voor verwerkingen bij de uitvoering van hun taken niet beroepen op het gerechtvaardigd belang (art. 6 lid 1 onder f). Zij verwerken op grond van een wettelijke verplichting of een publieke taak die in de wet is vastgelegd (onder c of e, lid 3).',
    en: 'GDPR Art. 6(1), second subparagraph: public authorities cannot rely on legitimate interest (Art. 6(1)(f)) for processing carried out in the performance of their tasks. They process on a legal obligation or a public task laid down by law (points (c) or (e), Art. 6(3)).',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" steunt op gerechtvaardigd belang (AVG art. 6 lid 1 onder f), maar {{body}} is een overheidsorgaan: voor de uitvoering van zijn taken kan het zich daar niet op beroepen.',
      en: 'Processing activity "{{entry}}" rests on legitimate interest (GDPR Art. 6(1)(f)), but {{body}} is a public body: it cannot rely on that ground in the performance of its tasks.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" steunt op gerechtvaardigd belang (AVG art. 6 lid 1 onder f), maar {{body}} is een overheidsorgaan: voor de uitvoering van zijn taken kan het zich daar niet op beroepen.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" rests on legitimate interest (GDPR Art. 6(1)(f)), but {{body}} is a public body: it cannot rely on that ground in the performance of its tasks.',
    },
  },
  fix: {
    nl: 'Zet in "legal_basis" de grond waarop het overheidsorgaan deze taak uitvoert: "public-task" of "legal-obligation", met in "provision" de wet en het artikel die de taak of plicht geven. Valt de verwerking echt buiten de publieke taken (bijvoorbeeld het beheer van eigen gebouwen), leg dan in "provision" vast waarom; de bevinding blijft dan staan als een bewuste, onderbouwde keuze.',
    en: 'Put in "legal_basis" the ground on which the public body performs this task: "public-task" or "legal-obligation", with in "provision" the act and article that lay down the task or obligation. If the processing truly falls outside its public tasks (for example managing its own buildings), record why in "provision"; the finding then stands as a deliberate, reasoned choice.',
  },
  check({ register, report }) {
    forEachPublicBodyGround(register, 'legitimate-interest', ({ entity, path, place, data }) => {
      report({ messageId: place, entity, path, data });
    });
  },
});
