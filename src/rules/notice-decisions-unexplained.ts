import { defineRule } from '../rule.js';
import { isCurrent, label, noticeOf, type PartnershipEntity } from '../register.js';
import type { DocPath } from '../types.js';
import { isRecord, list, readString } from '../model.js';

/** Paths of the flows marked as feeding decisions with significant effect on a citizen. */
function decisionFlows(partnership: PartnershipEntity): DocPath[] {
  const paths: DocPath[] = [];
  list(partnership.data.data_flows).forEach((flow, i) => {
    // Only an explicit `true` counts: a quoted "yes" is the schema's finding, not a decision flow.
    if (isRecord(flow) && flow.decisions === true) paths.push(['data_flows', i, 'decisions']);
  });
  return paths;
}

export default defineRule({
  id: 'notice-decisions-unexplained',
  question: 'Q3',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een gegevensstroom weegt mee in besluiten over inwoners ("decisions: true"), maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen ("explains_decisions") of hoe een inwoner bezwaar maakt ("objection").',
    en: 'A data flow feeds decisions about citizens (`decisions: true`) and the notice lacks `explains_decisions: true` or an `objection` route.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1, art. 13 lid 2 onder f, art. 14 lid 2 onder g en art. 22 (uitleg over besluitvorming), art. 21 (bezwaar). AP, vraag 3: waar een samenwerkingsverband ingrijpende besluiten over een inwoner neemt, bijvoorbeeld of iemand hulp krijgt, gelden strengere eisen aan de informatie.',
    en: 'GDPR Art. 12(1), 13(2)(f), 14(2)(g) and 22 (explaining decisions), Art. 21 (objection). AP, question 3: where a partnership takes far-reaching decisions about a citizen, for example whether they qualify for help, the information must meet stricter requirements.',
  },
  messages: {
    notExplained: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen (geen "explains_decisions: true").',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice does not explain how those decisions are reached (no "explains_decisions: true").',
    },
    noObjection: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring noemt niet hoe een inwoner bezwaar kan maken of in beroep kan gaan (geen "objection").',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice does not say how a citizen can object or appeal (no "objection").',
    },
    neither: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen (geen "explains_decisions: true") en noemt niet hoe een inwoner bezwaar kan maken (geen "objection").',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice neither explains how those decisions are reached (no "explains_decisions: true") nor says how a citizen can object (no "objection").',
    },
  },
  relatedMessages: {
    decisionFlow: {
      nl: 'Deze gegevensstroom weegt mee in besluiten over inwoners ("decisions: true").',
      en: 'This data flow feeds decisions about citizens ("decisions: true").',
    },
  },
  fix: {
    nl: 'Leg in de privacyverklaring in gewone taal uit hoe een besluit over een inwoner tot stand komt en welke gegevens daarin meewegen, en zet dan onder "notice" "explains_decisions: true". Zet bij "objection" waar een inwoner bezwaar kan maken of in beroep kan gaan, bijvoorbeeld het webadres van de bezwaarpagina.',
    en: 'Explain in plain words in the notice how a decision about a citizen is reached and which data weighs in, then set "explains_decisions: true" under "notice". Set "objection" to where a citizen can object or appeal, for example the web address of the objection page.',
  },
  check({ register, today, report }) {
    for (const partnership of register.partnerships) {
      if (!isCurrent(partnership, today)) continue;
      // Without a notice, notice-missing already reports the partnership; once a notice is
      // recorded this rule asks for the two things it must say, rather than stacking a second
      // error on the same `id` line now.
      const notice = noticeOf(partnership);
      if (!notice) continue;
      const flows = decisionFlows(partnership);
      if (flows.length === 0) continue;
      const explained = notice.explains_decisions === true;
      const objection = readString(notice.objection) !== undefined;
      if (explained && objection) continue;
      const related = flows.map((path) => ({ entity: partnership, path, messageId: 'decisionFlow' as const }));
      const data = { name: label(partnership) };
      if (!explained && !objection) {
        report({ messageId: 'neither', entity: partnership, path: ['notice'], data, related });
      } else if (!explained) {
        // Point at `explains_decisions: false` when it is written down, else at the notice.
        const path = 'explains_decisions' in notice ? ['notice', 'explains_decisions'] : ['notice'];
        report({ messageId: 'notExplained', entity: partnership, path, data, related });
      } else {
        const path = 'objection' in notice ? ['notice', 'objection'] : ['notice'];
        report({ messageId: 'noObjection', entity: partnership, path, data, related });
      }
    }
  },
});
