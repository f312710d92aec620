import { readFileSync } from 'node:fs';
import { LawError } from '@tinhgon/core/testing';
import { describe, expect, it } from 'vitest';
import {
  brokenUnitMinimum,
  checkBrokenRule,
  checkMergersNeverRaiseQuota,
  checkVerdictsMatchBounds,
  misreadMinimum,
} from '../src/testing-invariants.js';

/** The error a check throws (a LawError), or undefined when it passes. */
function failure(check: () => void): LawError | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof LawError) return error;
    throw error;
  }
  return undefined;
}

/** The named regions of the example, as the guide shows them. */
function regions(): string[] {
  const text = readFileSync(new URL('../src/testing-invariants.ts', import.meta.url), 'utf8');
  return [...text.matchAll(/\/\/ #region [\w-]+\n([\s\S]*?)\/\/ #endregion/g)].map((m) => m[1] as string);
}

describe('docs/testing-your-invariants.md', () => {
  it('shows exactly the regions of examples/src/testing-invariants.ts, in order', () => {
    const guide = readFileSync(new URL('../../docs/testing-your-invariants.md', import.meta.url), 'utf8');
    const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks).toEqual(regions());
  });

  it('(a) a policy invariant holds over generated scenarios', () => {
    expect(failure(() => checkMergersNeverRaiseQuota())).toBeUndefined();
  });

  it('(b) the kit fails on a rule that throws, and prints the shrunk state it threw on', () => {
    const error = failure(() => checkBrokenRule());
    expect(error).toBeInstanceOf(LawError);
    const message = error?.message ?? '';
    expect(message).toContain(`law "rule ${brokenUnitMinimum.id} never throws on a valid state" failed`);
    // Shrunk to one division without a unit, named and described on one line.
    expect(message).toMatch(/the state: 1 body, 0 posts, 0 persons, 0 relations, 0 units\n/);
    expect(message).toMatch(/ {4}- "[^"]+" \([^)]+\): division \(state\), \w+, root, quota \d+, actual \d+/);
    expect(message).toContain('the rule threw on');
    expect(message).toContain('TypeError');
  });

  it('(b) a property of your own finds a rule that reads the wrong figure, with a one-body counterexample', () => {
    const error = failure(() => checkVerdictsMatchBounds(misreadMinimum));
    expect(error).toBeInstanceOf(LawError);
    expect(error?.message).toMatch(/Counterexample \(shrunk\):\n {2}1 body, /);
    expect(error?.message).toMatch(/: division \(state\), \w+, root, quota \d+, actual \d+\n/);
  });
});
