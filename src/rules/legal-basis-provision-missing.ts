import { defineRule } from '../rule.js';
import { GROUND_LETTER, forEachLegalBasis } from './legal-bases.js';
import { readString } from '../model.js';

// Art. 6(3): only these grounds must rest on Union or member-state law, so only they need a provision.
const NEEDS_PROVISION = new Set(['legal-obligation', 'public-task']);

export default defineRule({
  id: 'legal-basis-provision-missing',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een grondslag "wettelijke verplichting" of "taak van algemeen belang" noemt geen wetsartikel.',
    en: 'A legal-obligation or public-task legal basis names no statutory provision.',
  },
  basis: {
    nl: 'AVG art. 6 lid 3: de grondslag voor een wettelijke verplichting (art. 6 lid 1 onder c) of een taak van algemeen belang (onder e) moet in het Unierecht of het Nederlandse recht zijn vastgelegd.',
    en: 'GDPR Art. 6(3): the basis for a legal obligation (Art. 6(1)(c)) or a task in the public interest (point (e)) must be laid down by Union or Member State law.',
  },
  messages: {
    processing: {
      nl: 'Verwerking "{{entry}}" steunt op AVG art. 6 lid 1 onder {{letter}}, maar noemt niet het wetsartikel waarin die taak of plicht staat.',
      en: 'Processing activity "{{entry}}" relies on GDPR Art. 6(1)({{letter}}) but does not name the statutory provision that lays down that task or obligation.',
    },
    flow: {
      nl: 'Gegevensstroom {{from}} → {{to}} in "{{entry}}" steunt op AVG art. 6 lid 1 onder {{letter}}, maar noemt niet het wetsartikel waarin die taak of plicht staat.',
      en: 'Data flow {{from}} → {{to}} in "{{entry}}" relies on GDPR Art. 6(1)({{letter}}) but does not name the statutory provision that lays down that task or obligation.',
    },
    recipient: {
      nl: 'Verwerking "{{entry}}" verstrekt aan "{{organisation}}" op grond van AVG art. 6 lid 1 onder {{letter}}, maar noemt niet het wetsartikel waarin die taak of plicht staat.',
      en: 'Processing activity "{{entry}}" discloses to "{{organisation}}" under GDPR Art. 6(1)({{letter}}) but does not name the statutory provision that lays down that task or obligation.',
    },
  },
  fix: {
    nl: 'Vul bij deze grondslag "provision" in met de wet en het artikel, bijvoorbeeld "Jeugdwet, art. 7.4.0" of "Wet maatschappelijke ondersteuning 2015, art. 5.1.1". Kunt u geen wetsartikel vinden, kijk dan opnieuw of delen wel mag.',
    en: 'Fill in "provision" for this legal basis with the act and article, for example "Jeugdwet, art. 7.4.0" or "Wet maatschappelijke ondersteuning 2015, art. 5.1.1". If no provision can be found, reconsider whether sharing is allowed at all.',
  },
  check({ register, report }) {
    forEachLegalBasis(register, ({ entity, basis, path, place, data }) => {
      const ground = basis.ground;
      if (typeof ground !== 'string' || !NEEDS_PROVISION.has(ground) || readString(basis.provision)) return;
      report({
        messageId: place,
        entity,
        path: 'provision' in basis ? [...path, 'provision'] : path,
        data: { ...data(), letter: GROUND_LETTER[ground] },
      });
    });
  },
});
