/**
 * The page shell shared by the council report and the citizen site: one HTML document per page, its language
 * set, a skip link, one style sheet (SITE_CSS, written once as assets/site.css), readable on a phone and in print.
 * Callers pass `body` as HTML they built with escapeHtml; `title` is register text and is escaped here.
 */

import type { Language } from '../types.js';
import { escapeHtml } from '../report/escape.js';

/** Where the style sheet goes, relative to the site's root. */
export const STYLESHEET_PATH = 'assets/site.css';

export interface PageOptions {
  language: Language;
  /** The page's title (plain text; escaped here). */
  title: string;
  /** The page's main content, as HTML. */
  body: string;
  /** The way from this page up to the site's root: '' for a page at the root, '../' one folder down. */
  root: string;
  /** Optional header content (a navigation bar, a language switch), as HTML. */
  header?: string;
  /** Optional footer content, as HTML. */
  footer?: string;
  /** Scripts, relative to the site's root, loaded deferred; every page works without them. */
  scripts?: readonly string[];
  /** The skip link's words ("Naar de inhoud"), from the vocabulary. */
  skipLink: string;
}

/** A whole HTML document. */
export function htmlPage(options: PageOptions): string {
  const scripts = (options.scripts ?? []).map((src) => `<script src="${escapeHtml(options.root + src)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${escapeHtml(options.root + STYLESHEET_PATH)}">
${scripts}
</head>
<body>
<a class="skip" href="#inhoud">${escapeHtml(options.skipLink)}</a>
${options.header ? `<header>${options.header}</header>` : ''}
<main id="inhoud" tabindex="-1">
${options.body}
</main>
${options.footer ? `<footer>${options.footer}</footer>` : ''}
</body>
</html>
`;
}

/**
 * The one style sheet. Colours meet WCAG 2.1 AA contrast (4.5:1 for text) on their background; a status is
 * always said in words as well as shown in colour.
 */
export const SITE_CSS = `:root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --ok: #1e6b30; --attention: #8a4b00; --missing: #a1121d; --line: #c8c8c8; --bg: #ffffff; --panel: #f4f4f4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: var(--text); background: var(--bg); }
main, header, footer { max-width: 52rem; margin: 0 auto; padding: 1rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }
h1 { font-size: 1.75rem; line-height: 1.25; }
h2 { font-size: 1.375rem; margin-top: 2rem; }
h3 { font-size: 1.125rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.table-wrap { overflow-x: auto; }
.status-ok { color: var(--ok); }
.status-attention { color: var(--attention); }
.status-missing { color: var(--missing); }
.muted { color: var(--muted); }
svg { max-width: 100%; height: auto; }
@media print { .skip, nav, .search { display: none; } a { color: inherit; } main { max-width: none; } }
`;
