/** How a data flow's parties are named in messages. */

import { describe, expect, it } from 'vitest';
import { flowParties } from '../src/rules/flows.js';
import { namesBsn } from '../src/rules/bsn-without-basis.js';

const names = new Map([
  ['gemeente', 'Gemeente Proefstad'],
  ['politie', 'Politie eenheid Kust'],
  ['om', 'Openbaar Ministerie'],
]);

describe('flowParties', () => {
  it.each([
    [{ from: 'gemeente', to: 'politie' }, 'Gemeente Proefstad', 'Politie eenheid Kust'],
    [{ from: 'gemeente', to: ['politie', 'om'] }, 'Gemeente Proefstad', 'Politie eenheid Kust, Openbaar Ministerie'],
    // A case conference: several partners send; every sender is named, none as "?".
    [{ from: ['politie', 'om'], to: 'gemeente' }, 'Politie eenheid Kust, Openbaar Ministerie', 'Gemeente Proefstad'],
    [{ from: 'onbekend', to: 42 }, 'onbekend', '?'],
  ])('%j → from %s, to %s', (flow, from, to) => {
    expect(flowParties(names, flow)).toEqual({ from, to });
  });
});

describe('namesBsn', () => {
  it.each([
    ['Naam, adres en BSN', true],
    ['BSN-nummer', true],
    ['Burgerservicenummers van de gezinsleden', true],
    ['citizen service number', true],
    ['NAW-gegevens', false],
    ['Bsnummer', false],
    ['service number of the citizen', false],
    [42, false],
  ])('%j → %s', (text, expected) => {
    expect(namesBsn(text)).toBe(expected);
  });
});
