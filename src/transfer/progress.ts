/** A progress line for long imports and exports: drawn on stderr when it is a terminal, silent otherwise. */

import type { Io } from '../cli/options.js';
import type { Language } from '../types.js';
import { say } from '../report/vocabulary.js';

/** How often the line is redrawn: every this many rows, and at the last. */
const EVERY = 250;

/** A progress line: `update(done, total)` after each step, `done()` to clear it. */
export function progressLine(io: Io, phrase: 'transfer.progress.import' | 'transfer.progress.export', language: Language) {
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!io.isTty || (done % EVERY !== 0 && done !== total)) return;
      io.stderr(`\r${say(phrase, language, { done, total })}\u001b[K`);
      shown = true;
    },
    done(): void {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
