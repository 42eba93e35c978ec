/** Readers for a partnership's participants and data flows, shared by the rules that judge flows. */

import type { PartnershipEntity } from '../register.js';
import type { DocPath } from '../types.js';
import { isRecord, list, readString } from '../model.js';

/** One recipient of a flow: the value as written and the path to it. */
export interface FlowTarget {
  value: unknown;
  path: DocPath;
}

/** The participants that are mappings, with their index in the list. */
export function participantsOf(entity: PartnershipEntity): { participant: Record<string, unknown>; index: number }[] {
  const out: { participant: Record<string, unknown>; index: number }[] = [];
  list(entity.data.participants).forEach((participant, index) => {
    if (isRecord(participant)) out.push({ participant, index });
  });
  return out;
}

/** The data flows that are mappings, with their index in the list. */
export function flowsOf(entity: PartnershipEntity): { flow: Record<string, unknown>; index: number }[] {
  const out: { flow: Record<string, unknown>; index: number }[] = [];
  list(entity.data.data_flows).forEach((flow, index) => {
    if (isRecord(flow)) out.push({ flow, index });
  });
  return out;
}

/** Participant names by id, so messages name organisations rather than ids (the first of duplicates wins). */
export function participantNames(entity: PartnershipEntity): Map<string, string> {
  const names = new Map<string, string>();
  for (const { participant } of participantsOf(entity)) {
    const id = readString(participant.id);
    if (id && !names.has(id)) names.set(id, readString(participant.name) ?? id);
  }
  return names;
}

/** The flow's recipients: `to` is one id or a list of them. */
export function flowTargets(flow: Record<string, unknown>, index: number): FlowTarget[] {
  if (Array.isArray(flow.to)) return flow.to.map((value, j) => ({ value, path: ['data_flows', index, 'to', j] }));
  return flow.to === undefined ? [] : [{ value: flow.to, path: ['data_flows', index, 'to'] }];
}

/** How a person recognises a party of a flow: the participant's name, else what was written. */
export function partyName(names: ReadonlyMap<string, string>, value: unknown): string {
  if (typeof value !== 'string') return '?';
  return names.get(value) ?? value;
}

/** Sender and recipients of a flow by name, for messages such as "Gemeente → Politie". */
export function flowParties(names: ReadonlyMap<string, string>, flow: Record<string, unknown>): { from: string; to: string } {
  // Either end may be a list (a case conference where several partners send): every party is named.
  const side = (value: unknown) => (Array.isArray(value) ? value : [value]).map((party) => partyName(names, party)).join(', ');
  return { from: side(flow.from), to: side(flow.to) };
}
