import { defineRule } from '../rule.js';
import { basisOwner, forEachLegalBasis } from './legal-bases.js';
import { classifyProvision } from './statute.js';
import { readString } from '../model.js';

// Art. 6(3): only these grounds must rest on Union or member-state law.
const NEEDS_LAW = new Set(['legal-obligation', 'public-task']);

export default defineRule({
  id: 'provision-not-law',
  question: 'Q2',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'De wettelijke grondslag noemt alleen de AVG of UAVG, een beleidsinstrument, vaag "wet- en regelgeving", of een wet die niet meer geldt.',
    en: 'The legal basis cites only the GDPR or UAVG, a policy instrument, vague "laws and regulations", or an act no longer in force.',
  },
  basis: {
    nl: 'AVG art. 6 lid 3: een wettelijke verplichting (art. 6 lid 1 onder c) of een taak van algemeen belang (onder e) moet zijn vastgelegd in het Unierecht of het Nederlandse recht. De AVG en de UAVG wijzen die taak of plicht niet zelf toe; beleidsregels, handreikingen, meldcodes en collegebesluiten zijn geen wet, en een ingetrokken wet geldt niet meer.',
    en: 'GDPR Art. 6(3): a legal obligation (Art. 6(1)(c)) or a task in the public interest (point (e)) must be laid down by Union or Member State law. The GDPR and the UAVG do not themselves assign that task or obligation; policy rules, guidance, reporting codes and executive decisions are not law, and a repealed act no longer applies.',
  },
  messages: {
    gdprOnly: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt alleen de AVG of UAVG. Die wetten geven zelf geen taak of plicht om gegevens te verwerken: de grondslag moet een andere wet noemen.',
      en: 'The legal basis "{{provision}}" of {{owner}} cites only the GDPR or UAVG. They do not themselves assign a task or obligation to process data: the basis must name another law.',
    },
    policy: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt een beleidsinstrument ({{instrument}}) en geen wet: een beleidsregel, handreiking, meldcode of collegebesluit is geen wettelijke grondslag.',
      en: 'The legal basis "{{provision}}" of {{owner}} cites a policy instrument ({{instrument}}) and no law: a policy rule, guidance, reporting code or executive decision is no statutory basis.',
    },
    vague: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt geen wet bij naam: "wet- en regelgeving" of "de wet" laat niet zien welke wet de taak of plicht geeft.',
      en: 'The legal basis "{{provision}}" of {{owner}} names no law: "laws and regulations" or "the law" does not show which act lays down the task or obligation.',
    },
    repealed: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt de {{act}}: die is per {{ended}} vervangen door {{successor}}.',
      en: 'The legal basis "{{provision}}" of {{owner}} cites the {{act}}: it was replaced on {{ended}} by {{successor}}.',
    },
    renamed: {
      nl: 'De grondslag "{{provision}}" bij {{owner}} noemt de {{act}}: die wet heet sinds {{ended}} {{successor}} en is toen ook gewijzigd.',
      en: 'The legal basis "{{provision}}" of {{owner}} cites the {{act}}: since {{ended}} that act is called the {{successor}}, and it was amended then.',
    },
  },
  fix: {
    nl: 'Schrijf in "provision" de wet en het artikel die de taak of plicht geven, bijvoorbeeld "Jeugdwet, art. 7.4.0" of "Participatiewet, art. 64". De AVG, een beleidsregel of een meldcode mag daarna genoemd worden als uitwerking. Is er geen wet die de taak of plicht geeft, dan is er geen grondslag onder AVG art. 6 lid 1 onder c of e.',
    en: 'Write in "provision" the act and article that lay down the task or obligation, for example "Jeugdwet, art. 7.4.0" or "Participatiewet, art. 64". The GDPR, a policy rule or a reporting code may follow as its elaboration. Without an act that lays down the task or obligation there is no basis under GDPR Art. 6(1)(c) or (e).',
  },
  fixes: {
    repealed: {
      nl: 'Schrijf in "provision" de wet die nu geldt en het artikel daaruit; kijk of de taak na de overgang nog op dezelfde manier geregeld is.',
      en: 'Write in "provision" the act now in force and its article; check whether the task is still laid down the same way after the change.',
    },
    renamed: {
      nl: 'Schrijf in "provision" de Participatiewet en het artikel daaruit; de artikelnummers van de oude Wwb kunnen na de wijziging anders zijn.',
      en: 'Write in "provision" the Participatiewet and its article; article numbers of the old Wwb may have changed with the amendment.',
    },
  },
  check({ register, report }) {
    forEachLegalBasis(register, ({ entity, basis, path, place, data }) => {
      if (typeof basis.ground !== 'string' || !NEEDS_LAW.has(basis.ground)) return;
      const provision = readString(basis.provision)?.trim();
      if (!provision) return;
      const verdict = classifyProvision(provision);
      const base = () => ({ provision, owner: basisOwner(place, data()) });
      const at = [...path, 'provision'];
      if (verdict.kind === 'gdpr-only') report({ messageId: 'gdprOnly', entity, path: at, data: base() });
      else if (verdict.kind === 'policy') report({ messageId: 'policy', entity, path: at, data: { ...base(), instrument: verdict.word } });
      else if (verdict.kind === 'vague') report({ messageId: 'vague', entity, path: at, data: base() });
      else if (verdict.kind === 'repealed') {
        const { act } = verdict;
        report({
          messageId: act.renamed ? 'renamed' : 'repealed',
          entity,
          path: at,
          data: { ...base(), act: act.name, ended: act.endedText, successor: act.successor },
        });
      }
    });
  },
});
