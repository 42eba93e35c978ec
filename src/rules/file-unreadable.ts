import { defineRule } from '../rule.js';
import { reportProblems } from './problems.js';

export default defineRule({
  id: 'file-unreadable',
  question: null,
  severity: 'error',
  description: {
    nl: 'Een registerbestand is een symbolische link, geen gewoon bestand, te groot of geen UTF-8, of het register is te groot om helemaal te lezen.',
    en: 'A register file is a symbolic link, not a regular file, too large, or not UTF-8, or the register is too large to read in full.',
  },
  basis: {
    nl: 'De controle leest alleen gewone bestanden binnen de repository, zodat niemand via een link andere bestanden kan laten lezen.',
    en: 'The check reads only regular files inside the repository, so nobody can make it read other files through a link.',
  },
  messages: {
    symlink: {
      nl: '{{file}} is een symbolische link; die wordt niet gevolgd, dus dit bestand is niet gecontroleerd.',
      en: '{{file}} is a symbolic link; links are not followed, so this file was not checked.',
    },
    symlinkFolder: {
      nl: '{{file}} is een symbolische link; die wordt niet gevolgd, dus wat daarachter staat is niet gecontroleerd.',
      en: '{{file}} is a symbolic link; links are not followed, so whatever lies behind it was not checked.',
    },
    notRegular: {
      nl: '{{file}} is geen gewoon bestand en is niet gecontroleerd.',
      en: '{{file}} is not a regular file and was not checked.',
    },
    badName: {
      nl: 'De naam van {{file}} bevat een backslash (\\) of een nul-teken; zo\'n naam wijst op Windows of in een archief mogelijk naar een andere plek, dus dit bestand is niet gecontroleerd.',
      en: 'The name of {{file}} contains a backslash (\\) or a null character; on Windows or in an archive such a name may point elsewhere, so this file was not checked.',
    },
    tooLarge: {
      nl: '{{file}} is {{size}} bytes groot, meer dan de grens van {{limit}} bytes, en is niet gecontroleerd.',
      en: '{{file}} is {{size}} bytes, more than the limit of {{limit}} bytes, and was not checked.',
    },
    budgetExceeded: {
      nl: '{{count}} registerbestanden, vanaf {{file}}, zijn niet gelezen en niet gecontroleerd: een register mag hoogstens {{maxFiles}} bestanden en samen {{maxMebibytes}} MiB tellen.',
      en: '{{count}} register files, from {{file}} on, were not read or checked: a register may hold at most {{maxFiles}} files and {{maxMebibytes}} MiB in all.',
    },
    invalidUtf8: {
      nl: '{{file}} is niet als UTF-8 opgeslagen en is niet gecontroleerd.',
      en: '{{file}} is not saved as UTF-8 and was not checked.',
    },
  },
  fix: {
    nl: 'Zet de inhoud in een gewoon UTF-8-bestand op deze plek in de repository en houd het kleiner dan 1 MiB (splits het zo nodig).',
    en: 'Put the content in a regular UTF-8 file at this place in the repository and keep it under 1 MiB (split it if needed).',
  },
  fixes: {
    badName: {
      nl: 'Hernoem het bestand zonder backslash, bijvoorbeeld met een koppelteken: processing/jeugd-toegang.yml.',
      en: 'Rename the file without a backslash, for example with a hyphen: processing/youth-access.yml.',
    },
    budgetExceeded: {
      nl: 'Kijk of de map van het register ook andere bestanden bevat dan het register (dan kunt u de map of de paden in de configuratie nauwer kiezen), of splits het register. Alleen de beheerder van de controle kan de grens verhogen.',
      en: 'Check whether the register’s folder also holds files that are not part of the register (then choose the folder or the paths in the configuration more narrowly), or split the register. Only whoever runs the check can raise the limit.',
    },
  },
  check({ register, report }) {
    reportProblems(register, 'file-unreadable', report);
  },
});
