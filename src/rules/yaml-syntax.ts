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
      nl: 'Het veld "{{key}}" staat hier twee keer in hetzelfde blok; onduidelijk is welke waarde geldt.',
      en: 'The field "{{key}}" appears twice in the same block; it is unclear which value counts.',
    },
    indentation: {
      nl: 'De inspringing klopt hier niet: velden op hetzelfde niveau moeten even ver inspringen, met spaties en niet met tabs.',
      en: 'The indentation is wrong here: fields on the same level must be indented equally, with spaces, not tabs.',
    },
    unclosed: {
      nl: 'Hier begint een tekst tussen aanhalingstekens of een lijst tussen haken die nergens wordt afgesloten.',
      en: 'A quoted text or a bracketed list starts here and is never closed.',
    },
    multipleDocuments: {
      nl: 'Dit bestand bevat meer dan één YAML-document (een regel met alleen "---"); zet elk onderdeel in een eigen bestand.',
      en: 'This file holds more than one YAML document (a line with only "---"); put each entry in a file of its own.',
    },
    structure: {
      nl: 'Deze regel past niet in de opbouw van het bestand: staat er een dubbele punt te veel of te weinig, of springt de regel anders in dan de regels erboven?',
      en: 'This line does not fit the structure of the file: is there a colon too many or too few, or is it indented differently from the lines above?',
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
