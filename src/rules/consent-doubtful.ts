import { defineRule } from '../rule.js';
import { forEachPublicBodyGround } from './public-body-grounds.js';

export default defineRule({
  id: 'consent-doubtful',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een overheidsorgaan beroept zich op toestemming voor een eigen verwerking of voor een gegevensstroom die het verstrekt; toestemming tegenover de overheid is zelden vrij.',
    en: 'A public body relies on consent for its own processing or for a data flow it sends; consent towards a public authority is rarely freely given.',
  },
  basis: {
    nl: 'AVG art. 6 lid 1 onder a, art. 4 onder 11 en art. 7; overweging 43: bij een duidelijke ongelijkheid tussen betrokkene en verwerkingsverantwoordelijke, vooral als die een overheidsinstantie is, is toestemming onwaarschijnlijk vrij gegeven. Volgens de EDPB-richtsnoeren 05/2020 over toestemming (par. 3.1.1) is toestemming tegenover de overheid niet helemaal uitgesloten, bijvoorbeeld voor een vrijwillige nieuwsbrief.',
    en: 'GDPR Art. 6(1)(a), 4(11) and 7; recital 43: where there is a clear imbalance between the data subject and the controller, in particular a public authority, consent is unlikely to be freely given. EDPB Guidelines 05/2020 on consent (section 3.1.1) say consent towards a public authority is not wholly excluded, for example for a voluntary newsletter.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" steunt op toestemming (AVG art. 6 lid 1 onder a), maar {{body}} is een overheidsorgaan: toestemming tegenover de overheid is zelden vrij gegeven (overweging 43).',
      en: 'Processing activity "{{entry}}" rests on consent (GDPR Art. 6(1)(a)), but {{body}} is a public body: consent towards a public authority is rarely freely given (recital 43).',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" steunt op toestemming (AVG art. 6 lid 1 onder a), maar {{body}} is een overheidsorgaan: toestemming tegenover de overheid is zelden vrij gegeven (overweging 43).',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" rests on consent (GDPR Art. 6(1)(a)), but {{body}} is a public body: consent towards a public authority is rarely freely given (recital 43).',
    },
  },
  fix: {
    nl: 'Hoort de verwerking bij een taak van het overheidsorgaan, zet dan in "legal_basis" "public-task" of "legal-obligation" met in "provision" de wet en het artikel. Is meedoen echt vrijwillig en heeft weigeren geen gevolgen voor de inwoner (zoals bij een nieuwsbrief), noem dat dan in "provision"; de waarschuwing blijft dan staan als een bewuste, onderbouwde keuze.',
    en: 'Where the processing belongs to a task of the public body, put "public-task" or "legal-obligation" in "legal_basis" with the act and article in "provision". Where taking part is truly voluntary and refusing has no consequence for the resident (as with a newsletter), say so in "provision" and switch this warning off for the item deliberately.',
  },
  check({ register, report }) {
    forEachPublicBodyGround(register, 'consent', ({ entity, path, place, data }) => {
      report({ messageId: place, entity, path, data });
    });
  },
});
