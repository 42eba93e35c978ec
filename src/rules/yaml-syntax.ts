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
      nl: 'Dit bestand is geen geldige YAML; de controle kent deze fout niet bij naam (foutcode {{code}}).',
      en: 'This file is not valid YAML; the check does not know this error by name (error code {{code}}).',
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
    blockInFlow: {
      nl: 'Binnen haken ([…] of {…}) staat hier een lijst met streepjes of een blok met velden; schrijf binnen haken alles op één regel, met komma’s ertussen.',
      en: 'Inside brackets ([…] or {…}) there is a list with dashes or a block of fields here; inside brackets, write everything on one line, separated by commas.',
    },
    longKey: {
      nl: 'Een veldnaam is hier langer dan 1024 tekens; waarschijnlijk staat de dubbele punt na de veldnaam op een verkeerde plek.',
      en: 'A field name is longer than 1024 characters here; the colon after the field name is probably in the wrong place.',
    },
    anchor: {
      nl: 'Een anker (&naam), verwijzing (*naam) of label (!naam) staat hier verkeerd: een verwijzing noemt een eerder anker in hetzelfde bestand, en een waarde heeft hoogstens één anker en één label.',
      en: 'An anchor (&name), reference (*name) or tag (!name) is wrong here: a reference names an earlier anchor in the same file, and a value has at most one anchor and one tag.',
    },
    tag: {
      nl: 'Een label (een woord dat met ! begint) past hier niet bij de waarde erachter; laat het label weg.',
      en: 'A tag (a word starting with !) does not fit the value after it here; leave the tag out.',
    },
    escape: {
      nl: 'Een tekst tussen dubbele aanhalingstekens bevat hier een backslash (\\) die geen geldige code begint; schrijf een backslash dubbel of gebruik enkele aanhalingstekens.',
      en: 'A text in double quotes holds a backslash (\\) here that does not start a valid code; write the backslash twice or use single quotes.',
    },
    directive: {
      nl: 'Een regel die met % begint is een YAML-instructie die hier niet wordt begrepen; haal die regel weg.',
      en: 'A line starting with % is a YAML directive that is not understood here; remove that line.',
    },
    tooDeep: {
      nl: 'Lijsten en blokken zijn hier zo diep in elkaar genest dat het bestand niet te lezen is; maak de opbouw eenvoudiger.',
      en: 'Lists and blocks are nested so deeply here that the file cannot be read; make the structure simpler.',
    },
    moreErrors: {
      nl: 'Dit bestand heeft nog {{count}} regels met YAML-fouten meer; alleen de eerste {{limit}} zijn gemeld.',
      en: 'This file has {{count}} more lines with YAML errors; only the first {{limit}} are reported.',
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
