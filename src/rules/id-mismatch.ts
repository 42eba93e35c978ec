import { defineRule } from '../rule.js';
import { readString } from '../model.js';
import { entities, stem } from '../register.js';

export default defineRule({
  id: 'id-mismatch',
  question: null,
  severity: 'error',
  description: {
    nl: 'De id van een onderdeel verschilt van de bestandsnaam.',
    en: 'An entry’s id differs from its file name.',
  },
  basis: {
    nl: 'Verwijzingen tussen verwerkingen en samenwerkingsverbanden lopen via de id; die moet dus eenduidig bij één bestand horen.',
    en: 'Processing activities and partnerships refer to each other by id, so an id must belong to exactly one file.',
  },
  messages: {
    mismatch: {
      nl: 'De id "{{id}}" verschilt van de bestandsnaam "{{expected}}".',
      en: 'The id "{{id}}" differs from the file name "{{expected}}".',
    },
  },
  fix: {
    nl: 'Maak de id gelijk aan de bestandsnaam zonder .yml, of hernoem het bestand; pas ook de verwijzingen aan.',
    en: 'Make the id equal to the file name without .yml, or rename the file; update the references too.',
  },
  check({ register, report }) {
    for (const entity of entities(register)) {
      const id = readString(entity.data.id);
      if (id === undefined) continue;
      const base = stem(entity.file.path);
      if (id !== base) {
        report({
          messageId: 'mismatch',
          entity,
          path: ['id'],
          data: { id, expected: base },
          suggestion: { kind: 'replace-value', value: base },
        });
      }
    }
  },
});
