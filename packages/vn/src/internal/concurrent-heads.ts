import type { BodyId, OrgState, Post, StateContext } from '@tinhgon/core';
import { equalKeyRuns, fnv1a } from './key-runs.js';
import { perEvaluation } from './per-evaluation.js';
import { sortShort } from './short-sort.js';
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
    const { heads, count, hashes } = heldHeadPosts(ctx.state);
    const holderAt = (i: number): string | null => (heads[i] as Post).holder;
    const out = new Map<string, BodyId[]>();
    for (const run of equalKeyRuns(count, hashes, (i, j) => holderAt(i) === holderAt(j))) {
      const headed: BodyId[] = [];
      for (const i of run) {
        const body = (heads[i] as Post).body;
        if (!headed.includes(body)) headed.push(body);
      }
      if (headed.length >= 2) out.set(holderAt(run[0] as number) as string, sortShort(headed, byCodeUnits));
    }
    return out;
  });
}

/**
 * The held head posts (`heads[0 … count - 1]`), with their holders hashed as they are read, while the
 * holder is at hand. The arrays are made to the number of posts (a bound) rather than grown: a quarter of
 * a million pushes cost more than the whole table of hashes.
 */
function heldHeadPosts(state: OrgState): { heads: Post[]; count: number; hashes: Uint32Array } {
  const posts = state.posts;
  const heads: Post[] = new Array(posts.size);
  const hashes = new Uint32Array(posts.size);
  let count = 0;
  // `forEach` rather than `for … of values()`: the callback is optimized after a few thousand calls,
  // where the loop waits for the engine to replace it mid-run, allocating an iterator result per post.
  posts.forEach((post) => {
    if (post.role !== 'head' || post.holder === null) return;
    hashes[count] = fnv1a(post.holder);
    heads[count] = post;
    count += 1;
  });
  return { heads, count, hashes };
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
