/**
 * The interchange law: a state written as JSON reads back as the same state, and writes the same bytes.
 */
import { type OrgState, parseState, safeParseState, stringifyState } from '@tinhgon/core';
import type fc from 'fast-check';
import { arbOrgState } from './arbitraries.js';
import { describeState } from './describe.js';
import { assertLaw, invariant, type LawOptions } from './law.js';

export interface JsonRoundTripOptions extends LawOptions {
  /** The states to write and read (default: generated valid states of up to 16 bodies). */
  readonly states?: fc.Arbitrary<OrgState>;
}

/**
 * Checks that `parseState(stringifyState(s))` is valid and writes byte-identical text, for generated states
 * or yours (e.g. the states a preset's templates build); throws a `LawError` with the state summarised.
 *
 * @example
 * jsonRoundTripLaw({ states: arbOrgState({ maxBodies: 40 }), numRuns: 200 });
 */
export function jsonRoundTripLaw(options: JsonRoundTripOptions = {}): void {
  const { states = arbOrgState({ maxBodies: 16 }), ...run } = options;
  assertLaw(
    'a state written as JSON reads back as the same state',
    states,
    (state) => {
      const text = stringifyState(state);
      const read = safeParseState(text);
      invariant(
        read.ok,
        () => `the written state does not read back: ${JSON.stringify(read.ok ? [] : read.issues)}`,
      );
      invariant(stringifyState(parseState(text)) === text, 'the state read back writes different text');
    },
    { ...run, describe: (state) => describeState(state) },
  );
}
