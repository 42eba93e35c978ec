/** Every report over the whole register, as files for one output folder: the council report and the shared style sheet. */

import { SITE_CSS, STYLESHEET_PATH } from './layout.js';
import type { SiteFiles, SiteInput } from './input.js';
import { COUNCIL_CSS, COUNCIL_HTML, COUNCIL_MARKDOWN, councilReport } from './council.js';

/** The files of the report folder, by path relative to it. */
export function buildReport(input: SiteInput): SiteFiles {
  const files: SiteFiles = new Map();
  const council = councilReport(input);
  files.set(COUNCIL_MARKDOWN, council.markdown);
  files.set(COUNCIL_HTML, council.html);
  // The citizen site's pages are added here, beside the council report, sharing the style sheet below.
  files.set(STYLESHEET_PATH, `${SITE_CSS}${COUNCIL_CSS}`);
  return files;
}
