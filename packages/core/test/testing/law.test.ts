import { stringifyState } from '@tinhgon/core';
import {
  arbOrgState,
  arbScenario,
  assertLaw,
  describeScenario,
  invariant,
  jsonRoundTripLaw,
  LawError,
  playScenario,
  transformationLaws,
} from '@tinhgon/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The error a law throws, or undefined. */
function failure(run: () => void): LawError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof LawError) return error;
    throw error;
  }
  return undefined;
}

describe('assertLaw', () => {
  it('passes when the check holds and fails with a LawError when it does not', () => {
    expect(failure(() => assertLaw('true', fc.nat(), () => true))).toBeUndefined();
    const error = failure(() => assertLaw('small', fc.nat(), (n) => n < 10));
    expect(error).toBeInstanceOf(LawError);
    expect(error?.code).toBe('law-failed');
    expect(error?.counterexample).toBe(10);
    expect(error?.message).toContain('law "small" failed');
  });

  it('prints a failing scenario shrunk to its smallest form, as numbered steps with body names', () => {
    // A false "invariant": an absorb never ends a body. The smallest counterexample is one absorb.
    const error = failure(() =>
      assertLaw(
        'no body ever ends',
        arbScenario({ ops: ['absorb'] }),
        (generated) => {
          const { base, final } = playScenario(generated);
          invariant(final.bodies.size >= base.bodies.size, 'a body ended');
        },
        { describe: describeScenario },
      ),
    );
    const message = error?.message ?? '';
    expect(message).toMatch(/\n {2}1\. absorb "[^"]+" \([^)]+\) into "[^"]+" \([^)]+\), 2020-01-01\n/);
    expect(message).not.toMatch(/\n {2}2\. /);
    expect(message).toMatch(/base state: 2 bodies, /);
    expect(message).toContain('a body ended');
    expect(message).not.toMatch(/Map \{|Immutable|OrderedMap/);
  });

  it('describes a scenario from fast-check too, through toString', () => {
    const [generated] = fc.sample(arbScenario({ maxSteps: 2 }), { numRuns: 1, seed: 7 });
    expect(fc.stringify(generated)).toBe(`\n${describeScenario(generated as never)}`);
  });
});

describe('transformationLaws', () => {
  it('run on a small base with a chosen seed and number of runs', () => {
    transformationLaws({ base: arbOrgState({ maxBodies: 4 }), numRuns: 20, seed: 42, only: ['validity'] });
  });

  it('the base states of generated scenarios are left untouched by the laws', () => {
    const [generated] = fc.sample(arbScenario(), { numRuns: 1, seed: 3 });
    const base = (generated as { base: Parameters<typeof stringifyState>[0] }).base;
    const before = stringifyState(base);
    playScenario(generated as never);
    expect(stringifyState(base)).toBe(before);
  });
});

describe('jsonRoundTripLaw', () => {
  it('holds on generated states, large ones included', () => {
    jsonRoundTripLaw();
    jsonRoundTripLaw({ states: arbOrgState({ maxBodies: 60, maxUnits: 20 }), numRuns: 20 });
  });
});
