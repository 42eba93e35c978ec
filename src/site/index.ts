/** Every report over the whole register, as files for one output folder: the citizen site, the council report and the shared style sheet. */

import { SITE_CSS, STYLESHEET_PATH } from './layout.js';
import type { SiteFiles, SiteInput } from './input.js';
import { COUNCIL_CSS, COUNCIL_HTML, COUNCIL_MARKDOWN, councilReport } from './council.js';
import { renderCitizenSite } from './citizen/index.js';

/** The files of the report folder, by path relative to it. */
export function buildReport(input: SiteInput): SiteFiles {
  // The citizen site at the root (index.html is its overview), the council report beside it.
  const files: SiteFiles = renderCitizenSite(input);
  const council = councilReport(input);
  files.set(COUNCIL_MARKDOWN, council.markdown);
  files.set(COUNCIL_HTML, council.html);
  // One style sheet for both.
  files.set(STYLESHEET_PATH, `${SITE_CSS}${COUNCIL_CSS}`);
  return files;
}
