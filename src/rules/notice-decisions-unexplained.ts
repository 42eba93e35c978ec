import { defineRule } from '../rule.js';
import { isCurrent, label, noticeOf, type PartnershipEntity } from '../register.js';
import type { DocPath } from '../types.js';
import { isRecord, list, readString } from '../model.js';

/** The flows that feed decisions about a citizen: those marked automated (profiling, a score) and the others. */
function decisionFlows(partnership: PartnershipEntity): { paths: DocPath[]; automated: DocPath[] } {
  const paths: DocPath[] = [];
  const automated: DocPath[] = [];
  list(partnership.data.data_flows).forEach((flow, i) => {
    // Only an explicit `true` counts: a quoted "yes" is the schema's finding, not a decision flow.
    if (!isRecord(flow)) return;
    if (flow.automated === true) automated.push(['data_flows', i, 'automated']);
    else if (flow.decisions === true) paths.push(['data_flows', i, 'decisions']);
  });
  return { paths, automated };
}

/** The fix for a missing objection route: appeal against a decision and objection to the processing, named apart. */
const OBJECTION_ROUTE = {
  nl: 'Zet bij "objection" waar een inwoner terechtkan, bijvoorbeeld het webadres van de bezwaarpagina, en noem in de verklaring twee dingen apart: bezwaar en beroep tegen een besluit (Algemene wet bestuursrecht; het besluit zelf noemt die route ook) en bezwaar tegen het gebruik van zijn gegevens (AVG art. 21).',
  en: 'Set "objection" to where a citizen can turn, for example the web address of the objection page, and name two things separately in the notice: objection and appeal against a decision (General Administrative Law Act, Awb; the decision itself names that route too) and objection to the use of their data (GDPR Art. 21).',
};

/** The fix for an automated flow the notice does not explain (art. 13(2)(f), 14(2)(g), 22). */
const EXPLAIN_AUTOMATED = {
  nl: 'Leg in de privacyverklaring in gewone taal uit dat een profiel of risicoscore wordt gebruikt, welke gegevens daarin meewegen, hoe de uitkomst tot stand komt en wat die voor een inwoner kan betekenen, ook als een medewerker het besluit neemt, en zet dan onder "notice" "explains_decisions: true". Neemt een systeem het besluit zonder tussenkomst van een medewerker, ga dan na op welke wet dat rust: UAVG art. 40 geldt niet voor besluiten op basis van profilering, die een wet nodig hebben die ze toestaat (AVG art. 22 lid 2 onder b).',
  en: 'Explain in plain words in the notice that a profile or risk score is used, which data weighs in, how the outcome is reached and what it may mean for a citizen, also when a person takes the decision, then set "explains_decisions: true" under "notice". Where a system takes the decision without a person, check which statute allows it: UAVG Art. 40 does not cover decisions based on profiling, which need a statute that allows them (GDPR Art. 22(2)(b)).',
};

export default defineRule({
  id: 'notice-decisions-unexplained',
  question: 'Q3',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een gegevensstroom weegt mee in besluiten over inwoners ("decisions: true") of voedt geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true"), maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen ("explains_decisions") of noemt geen route voor bezwaar ("objection").',
    en: 'A data flow feeds decisions about citizens (`decisions: true`) or automated decision-making, profiling or a risk score (`automated: true`), and the notice lacks `explains_decisions: true` or an `objection` route.',
  },
  basis: {
    nl: 'AVG art. 5 lid 1 onder a (transparantie), art. 12 lid 1 (duidelijke en eenvoudige taal) en art. 13 en 14, telkens lid 1 onder c (doelen en grondslag): wegen gegevens mee in besluiten over inwoners, dan laat de privacyverklaring dat zien. AP, vraag 3: waar een samenwerkingsverband ingrijpende besluiten over een inwoner neemt, bijvoorbeeld of iemand hulp krijgt, gelden strengere eisen aan de informatie. De Algemene wet bestuursrecht vraagt dat een besluit deugdelijk is gemotiveerd en vermeldt hoe bezwaar of beroep kan worden ingesteld (art. 3:45–3:47). Die plichten gelden voor het besluit zelf, niet voor de privacyverklaring; de verklaring wijst wel de weg, zodat inwoners weten hoe een besluit tot stand komt en hoe zij bezwaar kunnen maken. Bezwaar en beroep tegen een besluit (Awb) is iets anders dan het recht van bezwaar tegen de verwerking (AVG art. 21). Alleen waar een gegevensstroom "automated: true" heeft, gelden daarnaast art. 13 lid 2 onder f, art. 14 lid 2 onder g en art. 22: bij geautomatiseerde besluiten zinvolle informatie over de onderliggende logica en over het belang en de verwachte gevolgen. UAVG art. 40 maakt op art. 22 lid 1 een uitzondering voor geautomatiseerde besluiten die nodig zijn voor een wettelijke plicht of een taak van algemeen belang, maar niet voor besluiten op basis van profilering.',
    en: 'GDPR Art. 5(1)(a) (transparency), Art. 12(1) (clear and plain language) and Art. 13(1)(c) and 14(1)(c) (purposes and legal basis): where data feeds decisions about citizens, the notice says so. AP, question 3: where a partnership takes far-reaching decisions about a citizen, for example whether they qualify for help, the information must meet stricter requirements. The General Administrative Law Act (Awb) requires a decision to rest on sound reasons and to state how to object or appeal (Art. 3:45–3:47). Those duties attach to the decision itself, not to the privacy notice; the notice points the way, so that citizens know how a decision is reached and how they can object. Objection and appeal against a decision (Awb) differ from the right to object to processing (GDPR Art. 21). Only where a data flow has `automated: true` do Art. 13(2)(f), 14(2)(g) and 22 apply as well: for automated decisions, meaningful information about the logic involved and about the significance and envisaged consequences. UAVG Art. 40 makes an exception to Art. 22(1) for automated decisions needed for a legal obligation or a task in the public interest, but not for decisions based on profiling.',
  },
  messages: {
    notExplained: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen (geen "explains_decisions: true").',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice does not explain how those decisions are reached (no "explains_decisions: true").',
    },
    noObjection: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring noemt geen route voor bezwaar (geen "objection"): niet hoe een inwoner bezwaar maakt en in beroep gaat tegen een besluit, en niet hoe hij bezwaar maakt tegen het gebruik van zijn gegevens (AVG art. 21).',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice names no route to object (no "objection"): neither how a citizen can object to and appeal against a decision, nor how they can object to the use of their data (GDPR Art. 21).',
    },
    neither: {
      nl: 'In samenwerkingsverband "{{name}}" wegen gegevens mee in besluiten over inwoners, maar de privacyverklaring legt niet uit hoe die besluiten tot stand komen (geen "explains_decisions: true") en noemt geen route voor bezwaar (geen "objection"): niet hoe een inwoner bezwaar maakt en in beroep gaat tegen een besluit, en niet hoe hij bezwaar maakt tegen het gebruik van zijn gegevens (AVG art. 21).',
      en: 'In partnership "{{name}}" data feeds decisions about citizens, but the notice neither explains how those decisions are reached (no "explains_decisions: true") nor names a route to object (no "objection"): neither how a citizen can object to and appeal against a decision, nor how they can object to the use of their data (GDPR Art. 21).',
    },
    automatedUnexplained: {
      nl: 'In samenwerkingsverband "{{name}}" voeden gegevens geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true"), maar de privacyverklaring legt niet uit dat dit gebeurt, welke logica erachter zit en wat de gevolgen voor een inwoner kunnen zijn (geen "explains_decisions: true").',
      en: 'In partnership "{{name}}" data feeds automated decision-making, profiling or a risk score ("automated: true"), but the notice does not explain that this happens, the logic involved and what it may mean for a citizen (no "explains_decisions: true").',
    },
    automatedNeither: {
      nl: 'In samenwerkingsverband "{{name}}" voeden gegevens geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true"), maar de privacyverklaring legt niet uit dat dit gebeurt, welke logica erachter zit en wat de gevolgen voor een inwoner kunnen zijn (geen "explains_decisions: true"), en noemt geen route voor bezwaar (geen "objection"): niet hoe een inwoner bezwaar maakt en in beroep gaat tegen een besluit, en niet hoe hij bezwaar maakt tegen het gebruik van zijn gegevens (AVG art. 21).',
      en: 'In partnership "{{name}}" data feeds automated decision-making, profiling or a risk score ("automated: true"), but the notice does not explain that this happens, the logic involved and what it may mean for a citizen (no "explains_decisions: true"), and names no route to object (no "objection"): neither how a citizen can object to and appeal against a decision, nor how they can object to the use of their data (GDPR Art. 21).',
    },
  },
  relatedMessages: {
    decisionFlow: {
      nl: 'Deze gegevensstroom weegt mee in besluiten over inwoners ("decisions: true").',
      en: 'This data flow feeds decisions about citizens ("decisions: true").',
    },
    automatedFlow: {
      nl: 'Deze gegevensstroom voedt geautomatiseerde besluitvorming, profilering of een risicoscore ("automated: true").',
      en: 'This data flow feeds automated decision-making, profiling or a risk score ("automated: true").',
    },
  },
  fix: {
    nl: 'Leg in de privacyverklaring in gewone taal uit hoe een besluit over een inwoner tot stand komt en welke gegevens daarin meewegen, en zet dan onder "notice" "explains_decisions: true". Zet bij "objection" waar een inwoner terechtkan, bijvoorbeeld het webadres van de bezwaarpagina, en noem in de verklaring twee dingen apart: bezwaar en beroep tegen een besluit (Algemene wet bestuursrecht; het besluit zelf noemt die route ook) en bezwaar tegen het gebruik van zijn gegevens (AVG art. 21). Voedt een gegevensstroom een profiel of risicoscore, ook als een medewerker het besluit neemt, zet daar dan "automated: true".',
    en: 'Explain in plain words in the notice how a decision about a citizen is reached and which data weighs in, then set "explains_decisions: true" under "notice". Set "objection" to where a citizen can turn, for example the web address of the objection page, and name two things separately in the notice: objection and appeal against a decision (General Administrative Law Act, Awb; the decision itself names that route too) and objection to the use of their data (GDPR Art. 21). Where a data flow feeds a profile or risk score, even if a person takes the decision, set "automated: true" on it.',
  },
  fixes: {
    noObjection: OBJECTION_ROUTE,
    automatedUnexplained: EXPLAIN_AUTOMATED,
    automatedNeither: { nl: `${EXPLAIN_AUTOMATED.nl} ${OBJECTION_ROUTE.nl}`, en: `${EXPLAIN_AUTOMATED.en} ${OBJECTION_ROUTE.en}` },
  },
  check({ register, today, report }) {
    for (const partnership of register.partnerships) {
      if (!isCurrent(partnership, today)) continue;
      // Without a notice, notice-missing already reports the partnership; once a notice is
      // recorded this rule asks for the two things it must say, rather than stacking a second
      // error on the same `id` line now.
      const notice = noticeOf(partnership);
      if (!notice) continue;
      const { paths, automated } = decisionFlows(partnership);
      if (paths.length === 0 && automated.length === 0) continue;
      const explained = notice.explains_decisions === true;
      const objection = readString(notice.objection) !== undefined;
      if (explained && objection) continue;
      const related = [
        ...automated.map((path) => ({ entity: partnership, path, messageId: 'automatedFlow' as const })),
        ...paths.map((path) => ({ entity: partnership, path, messageId: 'decisionFlow' as const })),
      ];
      const data = { name: label(partnership) };
      // Art. 13(2)(f), 14(2)(g) and 22 are cited only where a flow is automated, so such flows get messages of their own.
      const isAutomated = automated.length > 0;
      if (!explained && !objection) {
        report({ messageId: isAutomated ? 'automatedNeither' : 'neither', entity: partnership, path: ['notice'], data, related });
      } else if (!explained) {
        // Point at `explains_decisions: false` when it is written down, else at the notice.
        const path = 'explains_decisions' in notice ? ['notice', 'explains_decisions'] : ['notice'];
        report({ messageId: isAutomated ? 'automatedUnexplained' : 'notExplained', entity: partnership, path, data, related });
      } else {
        const path = 'objection' in notice ? ['notice', 'objection'] : ['notice'];
        report({ messageId: 'noObjection', entity: partnership, path, data, related });
      }
    }
  },
});
