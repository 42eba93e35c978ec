import { defineRule } from '../rule.js';
import { reportProblems } from './problems.js';

/** Schema error messages, shared with the configuration loader. */
export const SCHEMA_MESSAGES = {
  registerMissing: {
    nl: 'Het register heeft geen register.yml met de gegevens van de organisatie.',
    en: 'The register has no register.yml with the organisation’s details.',
  },
  required: {
    nl: 'Het verplichte veld "{{key}}" ontbreekt.',
    en: 'The required field "{{key}}" is missing.',
  },
  unknownKey: {
    nl: 'Het veld "{{key}}" is hier onbekend. Toegestaan zijn: {{allowed}}.',
    en: 'The field "{{key}}" is unknown here. Allowed are: {{allowed}}.',
  },
  unknownKeyDidYouMean: {
    nl: 'Het veld "{{key}}" is hier onbekend. Bedoelt u "{{suggestion}}"?',
    en: 'The field "{{key}}" is unknown here. Did you mean "{{suggestion}}"?',
  },
  enum: {
    nl: '"{{value}}" is hier geen toegestane waarde. Kies uit: {{allowed}}.',
    en: '"{{value}}" is not an allowed value here. Choose from: {{allowed}}.',
  },
  enumDidYouMean: {
    nl: '"{{value}}" is hier geen toegestane waarde. Bedoelt u "{{suggestion}}"? Toegestaan zijn: {{allowed}}.',
    en: '"{{value}}" is not an allowed value here. Did you mean "{{suggestion}}"? Allowed are: {{allowed}}.',
  },
  notFields: {
    nl: 'Dit bestand moet uit velden bestaan ("veld: waarde"), niet uit een lijst of een losse waarde.',
    en: 'This file must consist of fields ("field: value"), not a list or a single value.',
  },
  typeString: { nl: '{{at}} moet een tekst zijn.', en: '{{at}} must be a text.' },
  typeArray: {
    nl: '{{at}} moet een lijst zijn (regels die met "- " beginnen).',
    en: '{{at}} must be a list (lines starting with "- ").',
  },
  typeObject: {
    nl: '{{at}} moet een blok met velden zijn ("veld: waarde").',
    en: '{{at}} must be a block of fields ("field: value").',
  },
  typeBoolean: { nl: '{{at}} moet true of false zijn.', en: '{{at}} must be true or false.' },
  typeInteger: { nl: '{{at}} moet een geheel getal zijn.', en: '{{at}} must be a whole number.' },
  typeNumber: { nl: '{{at}} moet een getal zijn.', en: '{{at}} must be a number.' },
  formatDate: {
    nl: '"{{value}}" is geen geldige datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-03-31).',
    en: '"{{value}}" is not a valid date of the form YYYY-MM-DD (for example 2025-03-31).',
  },
  formatUri: {
    nl: '"{{value}}" is geen volledig webadres (begin met https://).',
    en: '"{{value}}" is not a complete web address (start with https://).',
  },
  patternId: {
    nl: '"{{value}}" is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld zorg-en-veiligheidshuis).',
    en: '"{{value}}" is not a valid id: use lower-case letters, digits and hyphens (for example zorg-en-veiligheidshuis).',
  },
  tooSmall: { nl: '{{at}} moet minstens {{limit}} zijn.', en: '{{at}} must be at least {{limit}}.' },
  tooLarge: { nl: '{{at}} mag hoogstens {{limit}} zijn.', en: '{{at}} must be at most {{limit}}.' },
  emptyList: { nl: '{{at}} mag geen lege lijst zijn.', en: '{{at}} must not be an empty list.' },
  shape: {
    nl: '{{at}} heeft niet de verwachte vorm; zie het schema in schemas/.',
    en: '{{at}} does not have the expected shape; see the schema in schemas/.',
  },
  invalid: {
    nl: '{{at}} klopt niet met het schema ({{detail}}).',
    en: '{{at}} does not match the schema ({{detail}}).',
  },
  moreErrors: {
    nl: 'Dit bestand heeft nog {{count}} schemafouten meer; alleen de eerste {{limit}} zijn gemeld.',
    en: 'This file has {{count}} more schema errors; only the first {{limit}} are reported.',
  },
};

export default defineRule({
  id: 'schema',
  question: null,
  severity: 'error',
  description: {
    nl: 'Een bestand past niet bij zijn JSON Schema.',
    en: 'A file does not match its JSON Schema.',
  },
  basis: {
    nl: 'Het register moet de gegevens van AVG art. 30 lid 1 in een vaste vorm bevatten, anders kan het niet worden gecontroleerd.',
    en: 'The register must hold the details of GDPR Art. 30(1) in a fixed form, or it cannot be checked.',
  },
  messages: SCHEMA_MESSAGES,
  fix: {
    nl: 'Pas het veld aan zoals de melding zegt. Een editor met de YAML-extensie toont de toegestane velden als u de regel "# yaml-language-server: $schema=…" bovenaan het bestand zet.',
    en: 'Change the field as the message says. An editor with the YAML extension shows the allowed fields when the file starts with the line "# yaml-language-server: $schema=…".',
  },
  fixes: {
    moreErrors: {
      nl: 'Herstel eerst de gemelde fouten en controleer opnieuw; vaak verdwijnen de andere dan vanzelf. Staan er duizenden fouten in één bestand, kijk dan of het wel een registerbestand is.',
      en: 'Repair the reported errors first and check again; the others often disappear with them. If one file holds thousands of errors, check whether it is a register file at all.',
    },
    registerMissing: {
      nl: 'Maak in de hoofdmap van het register het bestand register.yml aan met de naam van de organisatie ("organisation: name: …"), en bij voorkeur "kind" en de functionaris gegevensbescherming ("dpo"). Zie schemas/register.schema.json.',
      en: 'Create register.yml in the register’s top folder with the organisation’s name ("organisation: name: …"), and preferably "kind" and the data protection officer ("dpo"). See schemas/register.schema.json.',
    },
  },
  check({ register, report }) {
    reportProblems(register, 'schema', report);
  },
});
