/**
 * A small document model for reports that are written both as Markdown and as HTML: the report is built once as
 * blocks of inline pieces, and each renderer escapes every piece of text for where it lands. Register text only ever
 * enters as a plain string or as the text of a link, so it cannot become markup in either output.
 */

import { escapeHtmlText, escapeMarkdown } from '../report/escape.js';
import type { Status } from './facts.js';

/** A piece of a line: text, strong text, a link, or a status said in words (and shown in colour in HTML). */
export type Inline = string | { strong: string } | { link: string; text: string } | { status: Status; word: string };

export interface ListItem {
  text: Inline[];
  /** Indented lines under the item (a follow-up question). */
  sub?: Inline[][];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: Inline[]; id?: string }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; head: Inline[]; rows: Inline[][][] }
  /** A figure that each output draws its own way, both made from escaped text already. */
  | { kind: 'figure'; markdown: string; html: string };

/**
 * The address of a link from the register when it may be shown as a link: an absolute `https:` URL, as the URL
 * parser writes it (spaces, quotes and angle brackets percent-encoded). Anything else (javascript:, http:, a
 * relative path, an e-mail address) is shown as text.
 */
export function httpsUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A value from the register as a link when it is an `https:` URL, else as text. */
export function registerLink(value: string): Inline {
  const href = httpsUrl(value);
  return href === undefined ? value : { link: href, text: value };
}

/** A URL inside a double-quoted HTML attribute. Callers pass only URLs they built or checked with httpsUrl. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const STATUS_MARK: Record<Status, string> = { ok: '✅', attention: '⚠️', missing: '❌' };
const STATUS_CLASS: Record<Status, string> = { ok: 'status-ok', attention: 'status-attention', missing: 'status-missing' };

function inlineMarkdown(piece: Inline): string {
  if (typeof piece === 'string') return escapeMarkdown(piece);
  if ('strong' in piece) return `**${escapeMarkdown(piece.strong)}**`;
  if ('link' in piece) return `[${escapeMarkdown(piece.text)}](<${piece.link}>)`;
  return `${STATUS_MARK[piece.status]} **${escapeMarkdown(piece.word)}**`;
}

function inlineHtml(piece: Inline): string {
  if (typeof piece === 'string') return escapeHtmlText(piece);
  if ('strong' in piece) return `<strong>${escapeHtmlText(piece.strong)}</strong>`;
  if ('link' in piece) return `<a href="${attribute(piece.link)}">${escapeHtmlText(piece.text)}</a>`;
  return `<strong class="${STATUS_CLASS[piece.status]}"><span aria-hidden="true">${STATUS_MARK[piece.status]}</span> ${escapeHtmlText(piece.word)}</strong>`;
}

/** Pieces joined by spaces, except before a piece of our own that starts with a punctuation mark (", regel x."). */
function line(pieces: Inline[], render: (piece: Inline) => string): string {
  let out = '';
  pieces.forEach((piece, i) => {
    const glued = typeof piece === 'string' && /^[.,:;)]/.test(piece);
    out += `${i > 0 && !glued ? ' ' : ''}${render(piece)}`;
  });
  return out;
}

/** The document as GitHub-flavoured Markdown. */
export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`${block.id ? `<a id="${attribute(block.id)}"></a>\n\n` : ''}${'#'.repeat(block.level)} ${line(block.text, inlineMarkdown)}`);
    else if (block.kind === 'paragraph') out.push(line(block.text, inlineMarkdown));
    else if (block.kind === 'list') {
      out.push(block.items.map((item) => [`- ${line(item.text, inlineMarkdown)}`, ...(item.sub ?? []).map((sub) => `  - ${line(sub, inlineMarkdown)}`)].join('\n')).join('\n'));
    } else if (block.kind === 'table') {
      const row = (cells: Inline[][]) => `| ${cells.map((cell) => line(cell, inlineMarkdown)).join(' | ')} |`;
      out.push([row(block.head.map((h) => [h])), `|${block.head.map(() => '---').join('|')}|`, ...block.rows.map(row)].join('\n'));
    } else out.push(block.markdown);
  }
  return `${out.join('\n\n')}\n`;
}

/** The document as the HTML of a page's main element. */
export function renderHtml(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`<h${block.level}${block.id ? ` id="${attribute(block.id)}"` : ''}>${line(block.text, inlineHtml)}</h${block.level}>`);
    else if (block.kind === 'paragraph') out.push(`<p>${line(block.text, inlineHtml)}</p>`);
    else if (block.kind === 'list') {
      const items = block.items.map((item) => {
        const sub = item.sub && item.sub.length > 0 ? `<ul>${item.sub.map((s) => `<li>${line(s, inlineHtml)}</li>`).join('')}</ul>` : '';
        return `<li>${line(item.text, inlineHtml)}${sub}</li>`;
      });
      out.push(`<ul>\n${items.join('\n')}\n</ul>`);
    } else if (block.kind === 'table') {
      const head = `<tr>${block.head.map((h) => `<th scope="col">${inlineHtml(h)}</th>`).join('')}</tr>`;
      // The first cell of a row names the row (the partnership).
      const rows = block.rows.map((cells) => `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${line(cell, inlineHtml)}</th>` : `<td>${line(cell, inlineHtml)}</td>`)).join('')}</tr>`);
      out.push(`<div class="table-wrap"><table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`);
    } else out.push(block.html);
  }
  return out.join('\n');
}
