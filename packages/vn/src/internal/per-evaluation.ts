import type { RuleContextBase } from '@tinhgon/core';

const memos = new WeakMap<RuleContextBase, Map<symbol, unknown>>();

/**
 * A value worked out once per evaluation: remembered against the rule context, which `checkState` and
 * `checkTransition` make afresh on every call, so a rule's check and its exceptions can share it and
 * nothing carries over to the next evaluation (of this state or any other).
 */
export function perEvaluation<T>(ctx: RuleContextBase, key: symbol, make: () => T): T {
  let memo = memos.get(ctx);
  if (memo === undefined) {
    memo = new Map();
    memos.set(ctx, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}
