/** A Mermaid diagram of who shares what with whom in a partnership, failing flows marked. */

import type { PartnershipEntity } from '../register.js';
import type { Finding, Language } from '../types.js';
import { mermaidLabel } from '../report/escape.js';
import { isRecord, list, readString } from '../model.js';
import { say, sayKnown } from '../report/vocabulary.js';


/** The flowchart of one partnership; flows with findings are drawn red and marked ⚠. */
export function partnershipDiagram(partnership: Pick<PartnershipEntity, 'id' | 'data'>, findings: Finding[], language: Language): string {
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
  const failing = new Set(
    findings
      .filter((f) => f.entity.kind === 'partnership' && f.entity.id === partnership.id && f.path[0] === 'data_flows' && typeof f.path[1] === 'number')
      .map((f) => f.path[1] as number),
  );
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
    if (!isRecord(flow) || typeof flow.from !== 'string') return;
    const targets = (Array.isArray(flow.to) ? flow.to : [flow.to]).filter((t): t is string => typeof t === 'string');
    const data = list(flow.data).filter((d): d is string => typeof d === 'string').join(', ');
    for (const target of targets) {
      const label = `${failing.has(i) ? '⚠ ' : ''}${data}`;
      lines.push(`  ${nodeFor(flow.from)} -->|"${mermaidLabel(label, 50)}"| ${nodeFor(target)}`);
      if (failing.has(i)) red.push(edge);
      edge++;
    }
  });
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d73a49,stroke-width:2px,color:#d73a49`);
  return ['```mermaid', ...lines, '```'].join('\n');
}
