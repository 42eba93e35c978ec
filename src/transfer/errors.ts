/** A fatal problem with an import's or export's input, told in both languages; nothing has been written when it is thrown. */

import type { Bilingual } from '../types.js';

/** Raised before anything is written: the input cannot be read, or a target lies where nothing may be written. */
export class TransferError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}
