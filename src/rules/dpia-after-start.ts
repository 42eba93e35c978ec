import { defineRule } from '../rule.js';
import { isIsoDate, isRecord } from '../model.js';
import { label } from '../register.js';

// The GDPR applies from this day; a partnership that began earlier could not have had an Art. 35 DPIA beforehand.
const GDPR_APPLIES = '2018-05-25';

export default defineRule({
  id: 'dpia-after-start',
  question: 'Q2',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'De DPIA van een samenwerkingsverband is gedateerd na de start van het samenwerkingsverband.',
    en: 'A partnership’s DPIA is dated after the partnership started.',
  },
  basis: {
    nl: 'AVG art. 35 lid 1: de verwerkingsverantwoordelijke beoordeelt de gevolgen vóór de verwerking begint, zodat de maatregelen die uit de DPIA volgen er zijn als de gegevens gaan stromen. Een samenwerkingsverband dat begon voordat de AVG van toepassing werd (25 mei 2018), wordt niet beoordeeld: art. 35 bestond toen nog niet.',
    en: 'GDPR Art. 35(1): the controller assesses the impact before the processing starts, so the measures the DPIA calls for are in place when the data begin to flow. A partnership that began before the GDPR applied (25 May 2018) is not judged: Art. 35 did not exist then.',
  },
  messages: {
    afterStart: {
      nl: 'De DPIA van samenwerkingsverband "{{entry}}" is gedateerd {{date}}, na de start op {{started}}: de gegevens werden gedeeld voordat de gevolgen waren beoordeeld.',
      en: 'The DPIA of partnership "{{entry}}" is dated {{date}}, after it started on {{started}}: data were shared before their impact was assessed.',
    },
  },
  fix: {
    nl: 'Controleer de datums. Is de DPIA pas na de start uitgevoerd, neem dan de maatregelen die eruit volgen alsnog en leg in het register vast wat er is gedaan. Is "date" de datum van een latere herziening (art. 35 lid 11) van een DPIA die vóór de start is uitgevoerd, zet dan de datum van de eerste DPIA onder "date" en noem de herziening in "reference". Klopt "started" niet, corrigeer dan die datum.',
    en: 'Check the dates. If the DPIA was only carried out after the start, take the measures it calls for now and record in the register what was done. If "date" is the date of a later review (Art. 35(11)) of a DPIA carried out before the start, put the first DPIA’s date under "date" and name the review in "reference". If "started" is wrong, correct that date.',
  },
  check({ register, report }) {
    for (const entity of register.partnerships) {
      const dpia: unknown = entity.data.dpia;
      const started: unknown = entity.data.started;
      if (!isRecord(dpia) || !isIsoDate(dpia.date) || !isIsoDate(started)) continue;
      // ISO dates compare as strings; a DPIA on the starting day itself counts as beforehand.
      if (dpia.date <= started || started < GDPR_APPLIES) continue;
      report({
        messageId: 'afterStart',
        entity,
        path: ['dpia', 'date'],
        data: { entry: label(entity), date: dpia.date, started },
      });
    }
  },
});
