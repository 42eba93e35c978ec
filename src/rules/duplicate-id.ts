import { defineRule } from '../rule.js';
import { stem, type Entity } from '../register.js';

export default defineRule({
  id: 'duplicate-id',
  question: null,
  severity: 'error',
  description: {
    nl: 'Twee onderdelen van dezelfde soort hebben dezelfde id.',
    en: 'Two entries of one kind share an id.',
  },
  basis: {
    nl: 'Een verwijzing naar een dubbele id is niet eenduidig: het register zegt dan niet welk samenwerkingsverband of welke verwerking bedoeld is.',
    en: 'A reference to a duplicated id is ambiguous: the register no longer says which partnership or processing activity is meant.',
  },
  messages: {
    duplicate: {
      nl: 'De id "{{id}}" wordt ook gebruikt in {{other}}.',
      en: 'The id "{{id}}" is also used in {{other}}.',
    },
  },
  relatedMessages: {
    alsoDefined: { nl: 'Hier ook gedefinieerd.', en: 'Also defined here.' },
  },
  fix: {
    nl: 'Geef elk onderdeel een eigen id, gelijk aan zijn bestandsnaam.',
    en: 'Give every entry its own id, equal to its file name.',
  },
  check({ register, report }) {
    // The file named after the id owns it; the copy with a different file name gets the finding. Otherwise path order decides.
    const ownsId = (entity: Entity) => stem(entity.file.path) === entity.id;
    for (const group of [register.processing, register.partnerships] as Entity[][]) {
      const first = new Map<string, Entity>();
      const ordered = [...group.filter(ownsId), ...group.filter((e) => !ownsId(e))];
      for (const entity of ordered) {
        const earlier = first.get(entity.id);
        if (!earlier) {
          first.set(entity.id, entity);
          continue;
        }
        report({
          messageId: 'duplicate',
          entity,
          path: ['id'],
          data: { id: entity.id, other: earlier.file.path },
          discriminator: entity.file.path,
          related: [{ entity: earlier, path: ['id'], messageId: 'alsoDefined' }],
        });
      }
    }
  },
});
