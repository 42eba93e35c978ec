/** What every report over the whole register is built from: the loaded register and its check, read once. */

import type { Register } from '../register.js';
import type { CheckResult } from '../check.js';
import type { CheckConfig } from '../model.js';
import type { Language } from '../types.js';

export interface SiteInput {
  register: Register;
  /** The check of that register on `today` (findings and summary). */
  result: CheckResult;
  config: CheckConfig;
  /** The date the report is made on (YYYY-MM-DD). */
  today: string;
  language: Language;
}

/** A generated site: file paths relative to the output folder (forward slashes) and their contents. */
export type SiteFiles = Map<string, string>;
