/**
 * The diagram of who shares what with whom in a partnership, as inline SVG (no script): the organisations stacked
 * as boxes on the left, each data flow in a lane of its own to the right, numbered as in the text. The layout
 * depends only on the order of participants and flows, so the same register draws the same picture. A flow whose
 * legal basis is not in order is red and dashed, and says so in words in its title and in the list beside it.
 */

import { escapeHtmlText } from '../report/escape.js';
import { say, sayKnown } from '../report/vocabulary.js';
import type { Language } from '../types.js';
import type { PartnershipFacts } from './facts.js';

const BOX_WIDTH = 300;
const BOX_HEIGHT = 44;
const ROW = 60;
const TOP = 12;
const LEFT = 8;
const LANE_START = LEFT + BOX_WIDTH + 28;
const LANE = 34;
const MAX_NAME = 36;
const VALID = '#0b4f9c';
const INVALID = '#a1121d';

/** Text shortened to `max` characters (whole code points), for inside a box; the full text is in the list beside. */
function short(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** The SVG of one partnership; `key` makes its element ids unique on the page. */
export function partnershipSvg(facts: PartnershipFacts, key: string, language: Language): string {
  // Every organisation a flow names gets a box, also one that is not among the participants.
  const rows: { id: string; name: string; role?: string; self: boolean }[] = facts.participants.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role ? sayKnown('role.', p.role, language) : undefined,
    self: p.self,
  }));
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!rowOf.has(row.id)) rowOf.set(row.id, i);
  });
  for (const flow of facts.q2.flows) {
    for (const party of [...flow.from, ...flow.to]) {
      if (rowOf.has(party.id)) continue;
      rowOf.set(party.id, rows.length);
      rows.push({ id: party.id, name: party.id, role: say('diagram.unknown', language), self: false });
    }
  }
  const flows = facts.q2.flows;
  const width = LANE_START + Math.max(1, flows.length) * LANE + 16;
  const height = TOP * 2 + Math.max(1, rows.length) * ROW - (ROW - BOX_HEIGHT);
  const y = (row: number) => TOP + row * ROW + BOX_HEIGHT / 2;
  const titleId = `${key}-title`;
  const descId = `${key}-desc`;

  const boxes = rows.map((row, i) => {
    const top = TOP + i * ROW;
    const name = `<text x="${LEFT + 10}" y="${top + 18}" font-size="14" fill="#1a1a1a">${escapeHtmlText(short(row.name, MAX_NAME))}</text>`;
    const role = row.role ? `<text x="${LEFT + 10}" y="${top + 36}" font-size="12" fill="#4a4a4a">${escapeHtmlText(short(row.role, MAX_NAME + 8))}</text>` : '';
    return `<g><rect x="${LEFT}" y="${top}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="4" fill="#f4f4f4" stroke="#4a4a4a" stroke-width="${row.self ? 3 : 1}"/>${name}${role}</g>`;
  });

  const edges = flows.map((flow, k) => {
    const lane = LANE_START + k * LANE;
    const colour = flow.basisValid ? VALID : INVALID;
    const dash = flow.basisValid ? '' : ' stroke-dasharray="6 4"';
    const marker = flow.basisValid ? `${key}-arrow` : `${key}-arrow-invalid`;
    const n = flow.index + 1;
    const right = LEFT + BOX_WIDTH;
    const paths: string[] = [];
    let labelY: number | undefined;
    for (const from of flow.from) {
      for (const to of flow.to) {
        const y1 = y(rowOf.get(from.id)!) - 6;
        const y2 = y(rowOf.get(to.id)!) + 6;
        labelY ??= (y1 + y2) / 2;
        paths.push(`<path d="M${right} ${y1} H${lane} V${y2} H${right + 2}" fill="none" stroke="${colour}" stroke-width="2"${dash} marker-end="url(#${marker})"/>`);
      }
    }
    const title = say('council.diagram.flow', language, {
      n,
      from: flow.from.map((p) => p.name).join(', '),
      to: flow.to.map((p) => p.name).join(', '),
      data: flow.data.join(', '),
    });
    const invalid = flow.basisValid ? '' : ` (${say('council.diagram.invalid', language)})`;
    const label =
      labelY === undefined
        ? ''
        : `<circle cx="${lane}" cy="${labelY}" r="11" fill="#ffffff" stroke="${colour}" stroke-width="2"/><text x="${lane}" y="${labelY + 5}" font-size="13" text-anchor="middle" fill="${colour}">${n}</text>`;
    return `<g><title>${escapeHtmlText(`${title}${invalid}`)}</title>${paths.join('')}${label}</g>`;
  });

  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId} ${descId}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title id="${titleId}">${escapeHtmlText(say('council.diagram.title', language, { name: facts.name }))}</title>`,
    `<desc id="${descId}">${escapeHtmlText(say('council.diagram.desc', language))}</desc>`,
    `<defs>${arrow(`${key}-arrow`, VALID)}${arrow(`${key}-arrow-invalid`, INVALID)}</defs>`,
    ...boxes,
    ...edges,
    '</svg>',
  ].join('\n');
}
