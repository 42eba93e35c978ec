/**
 * The one place where untrusted register text (ids, names, file names, owners, and messages that
 * quote them) is made inert for where it is shown. Pick the function by the context the text lands
 * in; each is a handful of single-character or literal replacements, so every one runs in linear time.
 */

import { createHash } from 'node:crypto';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Characters that move, hide or reorder what a reader sees: C0 and C1 controls (newlines, ESC of
 * terminal sequences), DEL, the line and paragraph separators, and the bidirectional marks,
 * embeddings, overrides and isolates of "Trojan Source".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_RUN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** Replaces every run of control, separator and bidi characters with one space: one line, read in order. */
function oneLine(value: string): string {
  return value.replace(UNSAFE_RUN, ' ');
}

/** Breaks what GitHub would turn into a notification or a link: mentions, issue references, bare URLs. */
function noMentionsOrLinks(value: string): string {
  return (
    value
      .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
      .replace(/\bgh-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
  );
}

/** Whether text holds a control character other than tab and newline, a separator, or a bidi character: it would not read as it is. */
export function hasHiddenCharacters(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(value);
}

/** Escapes text for GitHub-flavoured Markdown, inline or inside a table cell: no markup, mentions, links or line breaks. */
export function escapeMarkdown(value: string): string {
  const escaped = noMentionsOrLinks(
    oneLine(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`),
  );
  // Text that begins a line could open a list, a heading underline or a numbered item.
  const start = escaped.length - escaped.trimStart().length;
  const first = escaped[start];
  if (first === '-' || first === '+' || first === '=') return `${escaped.slice(0, start)}\\${escaped.slice(start)}`;
  let digits = start;
  while (digits < escaped.length && escaped[digits] >= '0' && escaped[digits] <= '9') digits++;
  if (digits > start && (escaped[digits] === '.' || escaped[digits] === ')')) return `${escaped.slice(0, digits)}\\${escaped.slice(digits)}`;
  return escaped;
}

/** The longest run of backticks in a text, counted in one pass (a spread of every run into Math.max overflows the stack on long input). */
function longestBacktickRun(value: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = value.charCodeAt(i) === 0x60 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** The backtick fence of a fenced code block (such as a suggestion) that no line of `content` can close: at least three, longer than any run inside. */
export function codeFence(content: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
}

/** Wraps text as a Markdown code span that cannot be broken out of, for ids and paths (also inside a table cell). */
export function inlineCode(value: string): string {
  // A pipe would end the table cell even inside a code span.
  const clean = oneLine(value).replace(/\|/g, '¦');
  const fence = '`'.repeat(longestBacktickRun(clean) + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Escapes text placed inside HTML elements (an HTML block such as `<summary>`), where Markdown does not apply. */
export function escapeHtml(value: string): string {
  // Mentions first: the `#` of the entity `&#39;` must stay whole.
  return escapeHtmlText(noMentionsOrLinks(oneLine(value)));
}

/** Whether an id can stand in a hidden marker as it is: the schema's id characters only. */
function isPlainId(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
    if (!ok) return false;
  }
  return true;
}

/**
 * The value a hidden marker carries for an id: the id itself when it holds only lower-case
 * letters, digits and hyphens (as earlier versions wrote it, so their markers are still found),
 * otherwise a hash of it, which no register text can shape into `-->` or another marker.
 */
export function markerValue(id: string): string {
  return isPlainId(id) ? id : `sha256=${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** Makes text safe inside a quoted Mermaid label (one line, no quote, bracket, markup or mention), shortened to `max` characters. */
export function mermaidLabel(value: string, max = 60): string {
  const chars = [...oneLine(value)];
  const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  const named: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;' };
  // Mermaid's own entity codes: `#quot;`, `#lt;`, or `#` and the decimal code point.
  return short.replace(/[#"<>`[\]{}()|@&]/g, (c) => named[c] ?? `#${c.charCodeAt(0)};`);
}

/** Makes a line safe for a CI log: one line, no terminal escapes or bidi characters, and nothing a runner reads as a workflow command. */
export function logLine(value: string): string {
  // Workflow commands start a line with `::` (or the legacy `##[`); a zero-width space breaks both wherever they are.
  return oneLine(value).replace(/::/g, `:${ZERO_WIDTH_SPACE}:`).replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`);
}

/** Makes text safe for a terminal: no escape sequences, control or bidi characters; line breaks become spaces. */
export function terminalText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** Makes text safe as a plain-text title (an issue title): one line, no control or bidi characters, at most `max` characters. */
export function plainTitle(value: string, max = 120): string {
  const chars = [...oneLine(value).replace(/ {2,}/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** Makes one path segment safe inside a Markdown link's address: every character but letters, digits and `-._~` percent-encoded. */
export function urlPath(segment: string): string {
  // encodeURIComponent leaves `!'()*`, and a `)` would end the link: those are encoded too.
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Escapes text for a static HTML page served outside GitHub (the citizen site), in an element or a quoted attribute:
 * markup, quotes and control characters. Unlike escapeHtml it leaves `@`, `#` and addresses as written, because no
 * forge turns them into mentions there and a reader must be able to copy an e-mail address as it stands.
 */
export function escapeHtmlText(value: string): string {
  return oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
