import type { BodyId, StateContext } from '@tinhgon/core';
import { perEvaluation } from './per-evaluation.js';
import { byCodeUnits } from './structure.js';

const HEADS = Symbol('concurrent-heads');
const HEADED = Symbol('bodies-with-concurrent-head');

/**
 * The people who hold the head post of two bodies or more, each with those bodies' ids (sorted): worked
 * out once per evaluation, in one pass over the posts, and shared by R6 and R7.
 */
export function concurrentHeads(ctx: StateContext): ReadonlyMap<string, readonly BodyId[]> {
  return perEvaluation(ctx, HEADS, () => {
    const first = new Map<string, BodyId>();
    const several = new Map<string, Set<BodyId>>();
    ctx.state.posts.forEach((post) => {
      if (post.role !== 'head' || post.holder === null) return;
      const seen = first.get(post.holder);
      if (seen === undefined) first.set(post.holder, post.body);
      else if (seen !== post.body) {
        const bodies = several.get(post.holder);
        if (bodies === undefined) several.set(post.holder, new Set([seen, post.body]));
        else bodies.add(post.body);
      }
    });
    const out = new Map<string, BodyId[]>();
    for (const [person, bodies] of several) out.set(person, [...bodies].sort(byCodeUnits));
    return out;
  });
}

/**
 * The bodies one of whose heads also heads another body. Two different bodies can have the same head
 * (`headOf`) only when both are in this set.
 */
export function bodiesWithConcurrentHead(ctx: StateContext): ReadonlySet<BodyId> {
  return perEvaluation(ctx, HEADED, () => {
    const out = new Set<BodyId>();
    for (const bodies of concurrentHeads(ctx).values()) for (const id of bodies) out.add(id);
    return out;
  });
}
