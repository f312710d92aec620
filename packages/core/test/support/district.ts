import { type OrgState, parseState, stringifyState } from '@tinhgon/core';
import { expect } from 'vitest';
import { loadFixture } from './fixtures.js';

/** The district fixture (seed 000 II.1 shapes) as a validated state. */
export function districtState(): OrgState {
  return parseState(loadFixture('district'));
}

/** Asserts that a state is valid by every load-time invariant, by writing and reading it back. */
export function expectValid(state: OrgState): void {
  const text = stringifyState(state);
  expect(() => parseState(text)).not.toThrow();
}

/** Total quota and actual staff of a state. */
export function totals(state: OrgState): { quota: number; actual: number } {
  let quota = 0;
  let actual = 0;
  for (const body of state.bodies.values()) {
    quota += body.quota;
    actual += body.actual;
  }
  return { quota, actual };
}
