import type { RuleContextBase } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { perEvaluation } from '../../src/internal/per-evaluation.js';

/** A rule context as `checkState` makes one: a new object per evaluation. */
const context = (): RuleContextBase => ({ date: '2020-01-01', explain: false }) as unknown as RuleContextBase;

describe('perEvaluation', () => {
  it('works a value out once per context and key, handing the context to `make`', () => {
    const KEY = Symbol('key');
    const ctx = context();
    const seen: RuleContextBase[] = [];
    const make = (given: RuleContextBase) => {
      seen.push(given);
      return { n: seen.length };
    };
    const first = perEvaluation(ctx, KEY, make);
    expect(perEvaluation(ctx, KEY, make)).toBe(first);
    expect(seen).toEqual([ctx]);
    // Another evaluation, another value.
    expect(perEvaluation(context(), KEY, make)).toEqual({ n: 2 });
  });

  it('remembers `undefined` too', () => {
    const KEY = Symbol('nothing');
    const ctx = context();
    let calls = 0;
    const make = () => {
      calls += 1;
      return undefined;
    };
    perEvaluation(ctx, KEY, make);
    perEvaluation(ctx, KEY, make);
    expect(calls).toBe(1);
  });
});
