import { defineRule } from '../rule.js';
import { entities, isCurrent, label, noticeFilePath, noticeOf } from '../register.js';

export default defineRule({
  id: 'notice-missing',
  question: 'Q3',
  severity: 'error',
  duty: 'controller',
  description: {
    nl: 'Een actief onderdeel heeft geen privacyverklaring met een webadres ("url") of bestand ("file"), of het genoemde bestand staat niet in de repository.',
    en: 'An active entry has no notice with a `url` or `file`, or the named file is not in the repository.',
  },
  basis: {
    nl: 'AVG art. 12 lid 1, art. 13 en art. 14: inwoners krijgen informatie over wat er met hun gegevens gebeurt, ook als die in een samenwerkingsverband worden gedeeld. AP-observatie: inwoners worden over samenwerkingsverbanden over het algemeen niet goed geïnformeerd (vraag 3).',
    en: 'GDPR Art. 12(1), 13 and 14: citizens are told what happens to their data, also when it is shared in a partnership. AP observation: citizens are generally not well informed about partnerships (question 3).',
  },
  messages: {
    missing: {
      nl: 'Voor "{{name}}" is geen privacyverklaring vastgelegd ("notice"); uit het register blijkt niet waar inwoners kunnen lezen wat er met hun gegevens gebeurt.',
      en: 'No notice is recorded for "{{name}}" ("notice"); the register does not show where citizens can read what happens to their data.',
    },
    noLocation: {
      nl: 'De privacyverklaring van "{{name}}" noemt geen webadres ("url") en geen bestand ("file"); uit het register blijkt niet waar inwoners de tekst kunnen lezen.',
      en: 'The notice of "{{name}}" gives no web address ("url") and no file ("file"); the register does not show where citizens can read the text.',
    },
    fileNotFound: {
      nl: 'De privacyverklaring van "{{name}}" verwijst naar het bestand "{{file}}", maar dat bestand staat niet in de repository.',
      en: 'The notice of "{{name}}" refers to the file "{{file}}", but that file is not in the repository.',
    },
  },
  fix: {
    nl: 'Zet onder "notice" het webadres waar de verklaring voor inwoners staat ("url") of het pad naar de tekst in deze repository ("file", bijvoorbeeld notices/<naam>.md), en controleer dat dat bestand bestaat.',
    en: 'Under "notice", give the web address where the notice for citizens is published ("url") or the path to its text in this repository ("file", for example notices/<name>.md), and check that the file exists.',
  },
  check({ register, today, report }) {
    for (const entity of entities(register)) {
      // Ended entries no longer collect data; their notice may have been taken down with them.
      if (!isCurrent(entity, today)) continue;
      const name = label(entity);
      const notice = noticeOf(entity);
      if (!notice) {
        // A `notice` that is present but not a mapping is the schema rule's finding; the engine drops ours under it.
        const present = (entity.data as { notice?: unknown }).notice !== undefined;
        report({ messageId: 'missing', entity, path: present ? ['notice'] : ['id'], data: { name } });
        continue;
      }
      // A `url` or `file` of the wrong type or empty is there but invalid: the schema rule says so.
      if (!('url' in notice) && !('file' in notice)) {
        report({ messageId: 'noLocation', entity, path: ['notice'], data: { name } });
        continue;
      }
      const file = notice.file;
      if (typeof file !== 'string') continue;
      const normal = noticeFilePath(notice);
      // `paths` holds unreadable files too: those are file-unreadable's finding, not a missing notice.
      if (normal !== undefined && (register.paths.has(normal) || register.notices.has(normal))) continue;
      report({ messageId: 'fileNotFound', entity, path: ['notice', 'file'], data: { name, file } });
    }
  },
});
