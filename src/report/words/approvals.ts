/** The vocabulary's words for approvals, code owners and the goedkeuring check (register-check codeowners). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

export const APPROVALS_WORDS = {
} as const satisfies Record<string, Bilingual>;
