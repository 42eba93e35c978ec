/** The vocabulary's words for import from spreadsheets and export (register-check import, register-check export). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

export const TRANSFER_WORDS = {
} as const satisfies Record<string, Bilingual>;
