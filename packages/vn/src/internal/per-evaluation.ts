import type { RuleContextBase } from '@tinhgon/core';

const memos = new WeakMap<RuleContextBase, Map<symbol, unknown>>();

/**
 * A value worked out once per evaluation: remembered against the rule context, which `checkState` and
 * `checkTransition` make afresh on every call, so a rule's check and its exceptions can share it and
 * nothing carries over to the next evaluation (of this state or any other). `make` is given the context,
 * so a caller looking a value up once per finding can pass a function made once, not a closure per call.
 */
export function perEvaluation<C extends RuleContextBase, T>(ctx: C, key: symbol, make: (ctx: C) => T): T {
  let memo = memos.get(ctx);
  if (memo === undefined) {
    memo = new Map();
    memos.set(ctx, memo);
  }
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = make(ctx);
  memo.set(key, value);
  return value;
}
