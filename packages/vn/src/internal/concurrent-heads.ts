import type { BodyId, StateContext } from '@tinhgon/core';
import { equalKeyRuns, fnv1a } from './key-runs.js';
import { perEvaluation } from './per-evaluation.js';
import { byCodeUnits } from './structure.js';

const HEADS = Symbol('concurrent-heads');
const HEADED = Symbol('bodies-with-concurrent-head');

/**
 * The people who hold the head post of two bodies or more, each with those bodies' ids (sorted): worked
 * out once per evaluation, in one pass over the posts, and shared by R6 and R7. The head posts are grouped
 * by holder through {@link equalKeyRuns}: a national state has a quarter of a million of them, of which a
 * few thousand share a holder.
 */
export function concurrentHeads(ctx: StateContext): ReadonlyMap<string, readonly BodyId[]> {
  return perEvaluation(ctx, HEADS, () => {
    const holders: string[] = [];
    const bodies: BodyId[] = [];
    // Hashed as they are read, while the holder is at hand; at most one head post per post.
    const hashes = new Uint32Array(ctx.state.posts.size);
    ctx.state.posts.forEach((post) => {
      if (post.role !== 'head' || post.holder === null) return;
      hashes[holders.length] = fnv1a(post.holder);
      holders.push(post.holder);
      bodies.push(post.body);
    });
    const out = new Map<string, BodyId[]>();
    for (const run of equalKeyRuns(holders.length, hashes, (i, j) => holders[i] === holders[j])) {
      const headed = [...new Set(run.map((i) => bodies[i] as BodyId))];
      if (headed.length >= 2) out.set(holders[run[0] as number] as string, headed.sort(byCodeUnits));
    }
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
