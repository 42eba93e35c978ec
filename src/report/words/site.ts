/** The vocabulary's words for the council report and the citizen site (src/site/, register-check report). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

export const SITE_WORDS = {
} as const satisfies Record<string, Bilingual>;
