/** Every legal basis in the register, wherever it is written, with who it is for. */

import { type Entity, label, type Register } from '../register.js';
import type { MessageData } from '../template.js';
import type { DocPath } from '../types.js';
import { flowParties, flowsOf, participantNames } from './flows.js';
import { isRecord, list, readString } from '../model.js';

/** Where a legal basis is written: a processing activity, a partnership's flow, or a named recipient. */
export type LegalBasisPlace = 'processing' | 'flow' | 'recipient';

/** One legal basis entry and what a message needs to name its owner. */
export interface LegalBasisSite {
  entity: Entity;
  basis: Record<string, unknown>;
  /** Path to the entry in the legal_basis list. */
  path: DocPath;
  place: LegalBasisPlace;
  /** `entity`, plus `from` and `to` for a flow or `organisation` for a recipient; built only for a finding. */
  data(): MessageData;
}

/** The Art. 6(1) letter of a ground, the same in every language ("e" for public-task). */
export const GROUND_LETTER: Readonly<Record<string, string>> = {
  consent: 'a',
  contract: 'b',
  'legal-obligation': 'c',
  'vital-interest': 'd',
  'public-task': 'e',
  'legitimate-interest': 'f',
};

/** Calls `visit` for each legal basis entry that is a mapping, in processing activities, their recipients and partnership flows. */
export function forEachLegalBasis(register: Register, visit: (site: LegalBasisSite) => void): void {
  const each = (value: unknown, base: DocPath, entity: Entity, place: LegalBasisPlace, data: () => MessageData) => {
    if (!Array.isArray(value)) return;
    value.forEach((basis, i) => {
      if (isRecord(basis)) visit({ entity, basis, path: [...base, i], place, data });
    });
  };
  for (const entity of register.processing) {
    each(entity.data.legal_basis, ['legal_basis'], entity, 'processing', () => ({ entry: label(entity) }));
    list(entity.data.recipients).forEach((recipient, i) => {
      if (!isRecord(recipient) || recipient.legal_basis === undefined) return;
      each(recipient.legal_basis, ['recipients', i, 'legal_basis'], entity, 'recipient', () => ({
        entry: label(entity),
        organisation: readString(recipient.organisation) ?? '?',
      }));
    });
  }
  for (const entity of register.partnerships) {
    let names: Map<string, string> | undefined;
    for (const { flow, index } of flowsOf(entity)) {
      each(flow.legal_basis, ['data_flows', index, 'legal_basis'], entity, 'flow', () => {
        names ??= participantNames(entity);
        return { entry: label(entity), ...flowParties(names, flow) };
      });
    }
  }
}

/** Names a legal basis's owner in words no language needs to translate: `"Entry"`, `"Entry" (A → B)` or `"Entry" → Organisation`. */
export function basisOwner(place: LegalBasisPlace, data: MessageData): string {
  const entry = `"${String(data.entry)}"`;
  if (place === 'flow') return `${entry} (${String(data.from)} → ${String(data.to)})`;
  if (place === 'recipient') return `${entry} → ${String(data.organisation)}`;
  return entry;
}
