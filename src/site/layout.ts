/**
 * The page shell shared by the council report and the citizen site: one HTML document per page, its language
 * set, a skip link, one style sheet (SITE_CSS, written once as assets/site.css), readable on a phone and in print.
 * Callers pass `body` as HTML they built with escapeHtmlText; `title` is register text and is escaped here.
 */

import type { Language } from '../types.js';
import { escapeHtmlText } from '../report/escape.js';

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
  /** Optional: the same page in other languages (hrefs relative to this page), announced to browsers and search engines. */
  alternates?: readonly { language: Language; href: string }[];
}

/** A whole HTML document. */
export function htmlPage(options: PageOptions): string {
  const scripts = (options.scripts ?? []).map((src) => `<script src="${escapeHtmlText(options.root + src)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtmlText(options.title)}</title>
<link rel="stylesheet" href="${escapeHtmlText(options.root + STYLESHEET_PATH)}">
${(options.alternates ?? []).map((a) => `<link rel="alternate" hreflang="${a.language}" href="${escapeHtmlText(a.href)}">`).join('\n')}
${scripts}
</head>
<body>
<a class="skip" href="#inhoud">${escapeHtmlText(options.skipLink)}</a>
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
 * A web address from the register as HTML: a link only when it is a valid `https:` address, otherwise the text as
 * written, so a `javascript:`, `http:` or `file:` address never becomes something a reader can click.
 */
export function httpsLink(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || url.username !== '' || url.password !== '') return escapeHtmlText(value);
  return `<a href="${escapeHtmlText(url.href)}">${escapeHtmlText(value.trim())}</a>`;
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
p, li, dd, td, th { overflow-wrap: break-word; }
header nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; margin: 0; padding: 0; }
header nav a { display: inline-block; padding: .25rem 0; }
ul.entries { padding-left: 1.25rem; }
ul.entries li { margin-bottom: .75rem; }
ul.entries p { margin: .125rem 0 0; color: var(--muted); }
dl dt { font-weight: 600; margin-top: .75rem; }
dl dd { margin-left: 0; }
.flow { border-left: 4px solid var(--line); padding-left: 1rem; margin: 1.5rem 0; }
.search { background: var(--panel); padding: .75rem 1rem; margin: 1.5rem 0; border-radius: 4px; }
.search h2 { margin-top: 0; }
.search label { display: block; font-weight: 600; margin-bottom: .25rem; }
.search input { width: 100%; font: inherit; padding: .5rem; border: 2px solid var(--text); border-radius: 4px; background: var(--bg); color: var(--text); }
.search ul { padding-left: 1.25rem; }
.kind { color: var(--muted); }
@media (max-width: 40rem) { body { font-size: 1rem; } h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; } main, header, footer { padding: .75rem; } }
@media print { .skip, nav, .search { display: none; } a { color: inherit; } main { max-width: none; } .flow { break-inside: avoid; } }
`;
