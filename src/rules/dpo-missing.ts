import { defineRule } from '../rule.js';
import { isPublicBody, isRecord, readString } from '../model.js';
import { fileEntity } from '../register.js';

export default defineRule({
  id: 'dpo-missing',
  question: 'Q1',
  severity: 'error',
  description: {
    nl: 'Een overheidsinstantie noemt in register.yml geen functionaris gegevensbescherming (organisation.dpo). Alleen gecontroleerd als organisation.kind is ingevuld: vul kind in om deze controle te krijgen.',
    en: 'A public body names no data protection officer in register.yml (organisation.dpo). Checked only where organisation.kind is filled in: record kind to get this check.',
  },
  basis: {
    nl: 'AVG art. 37 lid 1 onder a: een overheidsinstantie wijst een functionaris gegevensbescherming aan; AVG art. 30 lid 1 onder a: het register vermeldt diens contactgegevens.',
    en: 'GDPR Art. 37(1)(a): a public authority or body designates a data protection officer; GDPR Art. 30(1)(a): the record gives the DPO’s contact details.',
  },
  messages: {
    missing: {
      nl: '"{{organisation}}" is een overheidsinstantie ({{kind}}), maar register.yml noemt geen functionaris gegevensbescherming (organisation.dpo).',
      en: '"{{organisation}}" is a public body ({{kind}}), but register.yml names no data protection officer (organisation.dpo).',
    },
  },
  fix: {
    nl: 'Vul onder "organisation" bij "dpo" de contactgegevens van de functionaris gegevensbescherming in, bijvoorbeeld "dpo: fg@gemeente.nl". Meerdere overheidsinstanties mogen samen één functionaris aanwijzen (AVG art. 37 lid 3), bijvoorbeeld een gemeente en haar gemeenschappelijke regeling: vul dan de contactgegevens van die gedeelde functionaris in. De contactgegevens worden ook gepubliceerd en aan de Autoriteit Persoonsgegevens gemeld (art. 37 lid 7).',
    en: 'Under "organisation", fill in the data protection officer’s contact details at "dpo", for example "dpo: fg@gemeente.nl". Several public bodies may designate one officer together (GDPR Art. 37(3)), for example a municipality and its joint arrangement: then fill in that shared officer’s contact details. The contact details are also published and reported to the Dutch data protection authority (Art. 37(7)).',
  },
  check({ register, report }) {
    const file = register.registerFile;
    if (!file || !isRecord(file.data) || !isRecord(file.data.organisation)) return;
    const organisation = file.data.organisation;
    // A format 1.0 register names no kind: whether it is a public body is unknown, so it is not judged.
    const kind = readString(organisation.kind);
    if (kind === undefined || !isPublicBody(kind)) return;
    if (readString(organisation.dpo) !== undefined) return;
    // A blank `dpo:` is the schema's to report; spaces pass the schema and name no one either.
    report({
      messageId: 'missing',
      entity: fileEntity(file),
      path: ['organisation', 'dpo'],
      data: { organisation: readString(organisation.name) ?? file.path, kind },
    });
  },
});
