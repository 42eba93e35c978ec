// The readers of format 1.1 that rules share (src/model.ts): who is a public body, who sends a flow, which
// special categories an item names, who works for whom, what stays inside one organisation, and which basis
// a flow rests on. Each takes data that may not match the schema, so wrong shapes are in the tables too.
import { describe, it, expect } from 'vitest';
import {
  PUBLIC_BODY_KINDS,
  PUBLIC_PARTICIPANT_KINDS,
  flowBasis,
  flowRecipients,
  flowSenders,
  isControllerProcessorPair,
  isInternal,
  isProcessorRecord,
  isPublicBody,
  organisationRole,
  partnershipDefaultBasis,
  processorFor,
  selfParticipant,
  specialCategories,
} from '../src/model.js';

describe('public bodies', () => {
  it('names the five public organisation kinds and the six public participant kinds of REGISTER-FORMAT.md', () => {
    expect([...PUBLIC_BODY_KINDS].sort()).toEqual(['joint-arrangement', 'municipality', 'province', 'public-body', 'water-authority']);
    expect([...PUBLIC_PARTICIPANT_KINDS].sort()).toEqual([
      'implementing-organisation',
      'joint-arrangement',
      'municipality',
      'police',
      'public-body',
      'public-prosecutor',
    ]);
  });

  it.each([
    ['municipality', true],
    ['province', true],
    ['water-authority', true],
    ['joint-arrangement', true],
    ['public-body', true],
    ['police', true],
    ['public-prosecutor', true],
    ['implementing-organisation', true],
    ['foundation', false],
    ['company', false],
    ['care-provider', false],
    ['housing-corporation', false],
    ['social-organisation', false],
    ['other', false],
    ['gemeente', false],
    [undefined, false],
    [42, false],
  ])('isPublicBody(%j) is %s', (kind, expected) => {
    expect(isPublicBody(kind)).toBe(expected);
  });
});

describe('one value or a list', () => {
  it.each([
    [{ from: 'gemeente', to: 'politie' }, ['gemeente'], ['politie']],
    [{ from: ['gemeente', 'ggd'], to: ['politie', 'om'] }, ['gemeente', 'ggd'], ['politie', 'om']],
    [{ from: ['gemeente', 7, '', null], to: [] }, ['gemeente'], []],
    [{ to: 'politie' }, [], ['politie']],
    [{ from: 3, to: { id: 'x' } }, [], []],
    ['gemeente', [], []],
    [undefined, [], []],
  ])('flow %j: senders %j, recipients %j', (flow, senders, recipients) => {
    expect(flowSenders(flow)).toEqual(senders);
    expect(flowRecipients(flow)).toEqual(recipients);
  });

  it.each([
    [{ category: 'Gezondheid', special: 'health' }, ['health']],
    [{ category: 'RTI', special: ['health', 'racial-ethnic-origin'] }, ['health', 'racial-ethnic-origin']],
    [{ data: ['Melding'], special: ['health'] }, ['health']],
    [{ category: 'NAW' }, []],
    [{ category: 'Leeg', special: [] }, []],
    [{ category: 'Raar', special: true }, []],
    [null, []],
  ])('specialCategories(%j) is %j', (item, expected) => {
    expect(specialCategories(item)).toEqual(expected);
  });

  it.each([
    [{ id: 'ict', role: 'processor', processor_for: 'gemeente' }, ['gemeente']],
    [{ id: 'ict', role: 'processor', processor_for: ['gemeente', 'ggd'] }, ['gemeente', 'ggd']],
    [{ id: 'gemeente', role: 'controller' }, []],
    [{ id: 'ict', processor_for: 5 }, []],
    ['ict', []],
  ])('processorFor(%j) is %j', (participant, expected) => {
    expect(processorFor(participant)).toEqual(expected);
  });
});

const partnership = {
  participants: [
    { id: 'gemeente', kind: 'municipality', role: 'controller', self: true },
    { id: 'team-jeugd', kind: 'municipality', role: 'controller', part_of: 'gemeente' },
    { id: 'team-wmo', kind: 'municipality', role: 'controller', part_of: 'gemeente' },
    { id: 'wijkteam-noord', kind: 'municipality', role: 'controller', part_of: 'team-wmo' },
    { id: 'ggd', kind: 'joint-arrangement', role: 'joint-controller' },
    { id: 'ict', kind: 'company', role: 'processor', processor_for: ['gemeente', 'ggd'] },
    { id: 'archief', kind: 'public-body', role: 'processor', processor_for: 'ggd' },
    { id: 'lus-a', kind: 'other', role: 'recipient', part_of: 'lus-b' },
    { id: 'lus-b', kind: 'other', role: 'recipient', part_of: 'lus-a' },
    'not a participant',
  ],
};

describe('who works for whom', () => {
  it.each([
    ['gemeente', 'ict', true],
    ['ict', 'gemeente', true],
    ['ict', 'ggd', true],
    ['archief', 'ggd', true],
    ['archief', 'gemeente', false],
    ['gemeente', 'ggd', false],
    ['ict', 'archief', false],
    ['onbekend', 'ict', false],
  ])('isControllerProcessorPair(%s, %s) is %s', (a, b, expected) => {
    expect(isControllerProcessorPair(partnership, a, b)).toBe(expected);
  });

  it.each([
    ['gemeente', 'team-jeugd', true],
    ['team-jeugd', 'gemeente', true],
    ['team-jeugd', 'team-wmo', true],
    ['wijkteam-noord', 'gemeente', true],
    ['wijkteam-noord', 'team-jeugd', true],
    ['gemeente', 'gemeente', true],
    ['gemeente', 'ggd', false],
    ['team-jeugd', 'ggd', false],
    ['ict', 'gemeente', false],
    ['lus-a', 'lus-b', true],
    ['lus-a', 'gemeente', false],
  ])('isInternal(%s, %s) is %s', (a, b, expected) => {
    expect(isInternal(partnership, a, b)).toBe(expected);
  });

  it.each([
    ['the one self participant', partnership, 'gemeente', 'controller'],
    ['a processor', { participants: [{ id: 'riec-bureau', role: 'processor', self: true }, { id: 'politie', role: 'controller' }] }, 'riec-bureau', 'processor'],
    ['a self without a role', { participants: [{ id: 'gemeente', self: true }] }, 'gemeente', undefined],
    ['a self with an unknown role', { participants: [{ id: 'gemeente', role: 'eigenaar', self: true }] }, 'gemeente', undefined],
    ['no self', { participants: [{ id: 'gemeente', role: 'controller' }] }, undefined, undefined],
    ['two selves', { participants: [{ id: 'a', role: 'processor', self: true }, { id: 'b', role: 'controller', self: true }] }, undefined, undefined],
    ['self written as a string', { participants: [{ id: 'a', role: 'processor', self: 'true' }] }, undefined, undefined],
    ['no participants list', { participants: 'gemeente' }, undefined, undefined],
  ])('%s: selfParticipant and organisationRole', (_name, p, selfId, role) => {
    expect(selfParticipant(p)?.id).toBe(selfId);
    expect(organisationRole(p)).toBe(role);
  });

  it.each([
    [{ role: 'processor' }, true],
    [{ role: 'controller' }, false],
    [{}, false],
    [{ role: 'Processor' }, false],
    [null, false],
  ])('isProcessorRecord(%j) is %s', (activity, expected) => {
    expect(isProcessorRecord(activity)).toBe(expected);
  });
});

describe('the basis a flow rests on', () => {
  const own = [{ ground: 'public-task', provision: 'Jeugdwet, art. 7.4.0' }];
  const fallback = [{ ground: 'legal-obligation', provision: 'Wmo 2015, art. 4.1.1' }];

  it.each([
    ['its own', { legal_basis: fallback }, { legal_basis: own }, own],
    ['the default when it has none', { legal_basis: fallback }, { from: 'a' }, fallback],
    ['the default when its own list is empty', { legal_basis: fallback }, { legal_basis: [] }, fallback],
    ['none when neither has one', {}, { from: 'a' }, []],
    ['none when the default is not a list', { legal_basis: 'Wmo' }, {}, []],
    ['its own when the default is absent', {}, { legal_basis: own }, own],
  ])('a flow uses %s', (_name, p, flow, expected) => {
    expect(flowBasis(p, flow)).toEqual(expected);
  });

  it.each([
    [{ legal_basis: fallback }, fallback],
    [{ legal_basis: { ground: 'public-task' } }, []],
    [{}, []],
    [undefined, []],
  ])('partnershipDefaultBasis(%j) is %j', (p, expected) => {
    expect(partnershipDefaultBasis(p)).toEqual(expected);
  });
});
