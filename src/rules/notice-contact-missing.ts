import { defineRule } from '../rule.js';
import { readString } from '../model.js';
import { entities, isCurrent, label, noticeOf } from '../register.js';

export default defineRule({
  id: 'notice-contact-missing',
  question: 'Q3',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'De privacyverklaring noemt geen contact ("contact") voor verzoeken en klachten.',
    en: 'The notice names no `contact` for requests and complaints.',
  },
  basis: {
    nl: 'AVG art. 12 lid 2, art. 13 lid 1 onder a en b en art. 14 lid 1 onder a en b: inwoners horen te weten wie verantwoordelijk is en waar zij terechtkunnen voor inzage, correctie, bezwaar en klachten (AP, vraag 3).',
    en: 'GDPR Art. 12(2), 13(1)(a) and (b) and 14(1)(a) and (b): citizens must know who is responsible and where to go for access, rectification, objection and complaints (AP, question 3).',
  },
  messages: {
    missing: {
      nl: 'De privacyverklaring van "{{name}}" noemt geen contact ("contact"); inwoners weten niet waar zij terechtkunnen om hun gegevens in te zien, bezwaar te maken of te klagen.',
      en: 'The notice of "{{name}}" names no contact ("contact"); citizens do not know where to go to see their data, object or complain.',
    },
  },
  fix: {
    nl: 'Vul onder "notice" bij "contact" in waar inwoners terechtkunnen voor inzage, correctie, bezwaar en klachten: een e-mailadres, een webformulier of een loket (bijvoorbeeld privacy@gemeente.nl), en noem datzelfde adres in de verklaring zelf.',
    en: 'Under "notice", fill in "contact" with where citizens can go for access, rectification, objection and complaints: an e-mail address, a web form or a desk (for example privacy@municipality.nl), and give the same address in the notice itself.',
  },
  check({ register, today, report }) {
    for (const entity of entities(register)) {
      if (!isCurrent(entity, today)) continue;
      const notice = noticeOf(entity);
      // Without a notice there is nothing to add a contact to: notice-missing reports that.
      if (!notice || readString(notice.contact)) continue;
      report({
        messageId: 'missing',
        entity,
        path: 'contact' in notice ? ['notice', 'contact'] : ['notice'],
        data: { name: label(entity) },
      });
    }
  },
});
