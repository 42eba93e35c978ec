import { defineRule } from '../rule.js';
import { reportProblems } from './problems.js';

export default defineRule({
  id: 'yaml-syntax',
  question: null,
  severity: 'error',
  description: {
    nl: 'Een bestand is geen geldige YAML (dubbele sleutels inbegrepen).',
    en: 'A file is not valid YAML (duplicate keys included).',
  },
  basis: {
    nl: 'Een register dat niet te lezen is, kan niemand controleren (AVG art. 5 lid 2, verantwoordingsplicht).',
    en: 'A register that cannot be read cannot be checked by anyone (GDPR Art. 5(2), accountability).',
  },
  messages: {
    syntax: {
      nl: 'Dit bestand is geen geldige YAML: {{detail}}.',
      en: 'This file is not valid YAML: {{detail}}.',
    },
    duplicateKey: {
      nl: 'Een veld staat hier twee keer; alleen één van beide zou gelden ({{detail}}).',
      en: 'A field appears twice here; only one of the two would count ({{detail}}).',
    },
    aliases: {
      nl: 'Dit bestand gebruikt meer dan {{limit}} YAML-verwijzingen (aliassen) en wordt daarom niet gelezen.',
      en: 'This file uses more than {{limit}} YAML references (aliases) and is therefore not read.',
    },
    empty: {
      nl: 'Dit bestand is leeg.',
      en: 'This file is empty.',
    },
  },
  fix: {
    nl: 'Herstel de YAML op de aangegeven regel: let op inspringing, dubbele punten en aanhalingstekens, en laat elk veld één keer voorkomen.',
    en: 'Repair the YAML at the line shown: check indentation, colons and quotes, and give each field only once.',
  },
  check({ register, report }) {
    reportProblems(register, 'yaml-syntax', report);
  },
});
