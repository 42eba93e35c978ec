/** The legal bases a public body itself relies on: its own processing activities and the flows it sends. */

import { type Entity, label, type Register } from '../register.js';
import type { MessageData } from '../template.js';
import type { DocPath } from '../types.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { flowBasis, flowSenders, isPublicBody, isRecord, list, participantKinds, readString } from '../model.js';

/** One basis with `ground` a public body relies on, where it is written and the words a message needs. */
export interface PublicBodyBasis {
  entity: Entity;
  /** Path to the basis entry, or to the flow when the basis is the partnership's default. */
  path: DocPath;
  place: 'processing' | 'flow';
  data: MessageData;
}

/**
 * Calls `visit` once per place where a public body relies on `ground`: a processing activity of an organisation whose
 * `organisation.kind` is a public body, and a flow whose sender (any of several) is a public-body participant, with the
 * flow's own basis or else the partnership's default (the sender's basis to disclose).
 */
export function forEachPublicBodyGround(register: Register, ground: string, visit: (site: PublicBodyBasis) => void): void {
  if (isPublicBody(register.settings.organisation?.kind)) {
    for (const entity of register.processing) {
      list(entity.data.legal_basis).forEach((basis, i) => {
        if (isRecord(basis) && basis.ground === ground) {
          visit({ entity, path: ['legal_basis', i], place: 'processing', data: { entry: label(entity), body: readString(register.settings.organisation?.name) ?? '?' } });
        }
      });
    }
  }
  for (const entity of register.partnerships) {
    const kinds = participantKinds(entity.data);
    let names: Map<string, string> | undefined;
    for (const { flow, index } of flowsOf(entity)) {
      const bases = flowBasis(entity.data, flow);
      const at = bases.findIndex((b) => isRecord(b) && b.ground === ground);
      if (at < 0) continue;
      const publicSenders = flowSenders(flow).filter((id) => isPublicBody(kinds.get(id)));
      if (publicSenders.length === 0) continue;
      names ??= participantNames(entity);
      const own = list(flow.legal_basis).length > 0;
      visit({
        entity,
        // The partnership's default basis is written once, at the top; the flow is where it is relied on.
        path: own ? ['data_flows', index, 'legal_basis', at] : ['data_flows', index],
        place: 'flow',
        data: { entry: label(entity), ...flowParties(names, flow), body: publicSenders.map((id) => names?.get(id) ?? id).join(', ') },
      });
    }
  }
}
