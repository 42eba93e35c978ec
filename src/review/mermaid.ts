/** A Mermaid diagram of who shares what with whom in a partnership, failing flows marked. */

import type { PartnershipEntity } from '../register.js';
import type { Finding, Language } from '../types.js';
import { mermaidLabel } from '../report/escape.js';
import { flowRecipients, flowSenders, isRecord, list, readString } from '../model.js';
import { say, sayKnown } from '../report/vocabulary.js';


/** Which flows a diagram marks, and the words it puts before their label; by default every flow with a finding, marked ⚠. */
export interface DiagramMarking {
  /** Indexes in `data_flows` of the flows to mark. */
  flows: ReadonlySet<number>;
  /** Plain text put before a marked flow's label, so the mark is said in words as well as colour. */
  label: string;
}

/** The flowchart of one partnership; flows with findings (or those `marking` names) are drawn red and marked. */
export function partnershipDiagram(partnership: Pick<PartnershipEntity, 'id' | 'data'>, findings: Finding[], language: Language, marking?: DiagramMarking): string {
  const participants = list(partnership.data.participants).filter(isRecord);
  const nodeIds = new Map<string, string>();
  const lines = ['flowchart LR'];
  participants.forEach((p, i) => {
    const id = readString(p.id) ?? `p${i}`;
    nodeIds.set(id, `P${i}`);
    const role = readString(p.role);
    const label = `${readString(p.name) ?? id}${role ? ` — ${sayKnown('role.', role, language) ?? role}` : ''}`;
    lines.push(`  P${i}["${mermaidLabel(label)}"]`);
    if (p.self === true) lines.push(`  style P${i} stroke-width:3px`);
  });
  const failing =
    marking?.flows ??
    new Set(
      findings
        .filter((f) => f.entity.kind === 'partnership' && f.entity.id === partnership.id && f.path[0] === 'data_flows' && typeof f.path[1] === 'number')
        .map((f) => f.path[1] as number),
    );
  const mark = marking ? `⚠ ${marking.label}: ` : '⚠ ';
  let edge = 0;
  const red: number[] = [];
  const nodeFor = (id: string) => {
    let node = nodeIds.get(id);
    if (!node) {
      node = `U${nodeIds.size}`;
      nodeIds.set(id, node);
      lines.push(`  ${node}["${mermaidLabel(`${id} (${say('diagram.unknown', language)})`)}"]`);
    }
    return node;
  };
  list(partnership.data.data_flows).forEach((flow, i) => {
    if (!isRecord(flow)) return;
    const data = list(flow.data).filter((d): d is string => typeof d === 'string').join(', ');
    // A list of senders (format 1.1) draws an arrow from each of them.
    for (const sender of flowSenders(flow)) {
      for (const target of flowRecipients(flow)) {
        const label = `${failing.has(i) ? mark : ''}${data}`;
        lines.push(`  ${nodeFor(sender)} -->|"${mermaidLabel(label, marking ? 80 : 50)}"| ${nodeFor(target)}`);
        if (failing.has(i)) red.push(edge);
        edge++;
      }
    }
  });
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:2px,color:#d73a49`);
  return ['```mermaid', ...lines, '```'].join('\n');
}
