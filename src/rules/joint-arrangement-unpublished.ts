import { defineRule } from '../rule.js';
import { isRecord, list, readString } from '../model.js';
import { isCurrent, label } from '../register.js';

export default defineRule({
  id: 'joint-arrangement-unpublished',
  question: 'Q3',
  severity: 'warning',
  duty: 'controller',
  description: {
    nl: 'Een samenwerkingsverband heeft gezamenlijke verwerkingsverantwoordelijken, maar bij geen enkele afspraak staat waar inwoners de hoofdlijnen van de regeling kunnen lezen ("essence_published").',
    en: 'A partnership has joint controllers, and no agreement has `essence_published`.',
  },
  basis: {
    nl: 'AVG art. 26 lid 2: de wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken wordt aan de betrokkene beschikbaar gesteld. AP-observatie: inwoners worden over samenwerkingsverbanden over het algemeen niet goed geïnformeerd en weten niet wie verantwoordelijk is (vraag 3).',
    en: 'GDPR Art. 26(2): the essence of the arrangement between joint controllers is made available to the data subject. AP observation: citizens are generally not well informed about partnerships and do not know who is responsible (question 3).',
  },
  messages: {
    unpublished: {
      nl: 'In samenwerkingsverband "{{name}}" zijn deelnemers gezamenlijke verwerkingsverantwoordelijken ({{parties}}), maar bij geen enkele afspraak staat waar inwoners de hoofdlijnen van hun regeling kunnen lezen ("essence_published").',
      en: 'In partnership "{{name}}" participants are joint controllers ({{parties}}), but no agreement says where citizens can read the essence of their arrangement ("essence_published").',
    },
  },
  fix: {
    nl: 'Publiceer de hoofdlijnen van de regeling gezamenlijke verwerkingsverantwoordelijkheid: wie waarvoor verantwoordelijk is en bij wie inwoners terechtkunnen, bijvoorbeeld als kopje in de privacyverklaring. Zet het webadres daarvan bij "essence_published" van de afspraak met "kind: joint-controller-arrangement".',
    en: 'Publish the essence of the joint-controller arrangement: who is responsible for what and where citizens can go, for example as a section of the notice. Put its web address in "essence_published" of the agreement with "kind: joint-controller-arrangement".',
  },
  check({ register, today, report }) {
    for (const partnership of register.partnerships) {
      if (!isCurrent(partnership, today)) continue;
      const joint = list(partnership.data.participants).filter((p) => isRecord(p) && p.role === 'joint-controller') as Record<string, unknown>[];
      if (joint.length === 0) continue;
      const agreements = list(partnership.data.agreements);
      if (agreements.some((a) => isRecord(a) && readString(a.essence_published) !== undefined)) continue;
      // Without an Art. 26 arrangement there is no essence to publish yet; agreement-missing
      // reports the missing arrangement, and once it is added this rule asks for publication.
      const arrangement = agreements.findIndex((a) => isRecord(a) && a.kind === 'joint-controller-arrangement');
      if (arrangement === -1) continue;
      report({
        messageId: 'unpublished',
        entity: partnership,
        path: ['agreements', arrangement],
        data: { name: label(partnership), parties: joint.map((p) => readString(p.name) ?? readString(p.id) ?? '?').join(', ') },
      });
    }
  },
});
