/**
 * transfer (chuyển giao): between two siblings of the same kind that both survive, the first function,
 * a third of the staff, the first child and the first post that can move (not a head; its holder holds
 * no post of that role in the receiver). Floor: the function leaves one list and joins the other, the
 * staff figures change, the child is re-parented and the post re-assigned to the receiver.
 */
import { levelRank, type TransferParams, transfer } from '@tinhgon/core';
import { addFunctions, type FloorGraph } from '../floor/floor-graph.js';
import { childrenOf, postsOf, siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function transferOnFloor(floor: FloorGraph, params: TransferParams): void {
  const from = floor.body(params.from);
  const to = floor.body(params.to);
  const functions = [...new Set(params.functions ?? [])];
  from.functions = from.functions.filter((tag) => !functions.includes(tag));
  addFunctions(to.functions, functions);
  from.quota -= params.quota ?? 0;
  from.actual -= params.actual ?? 0;
  to.quota += params.quota ?? 0;
  to.actual += params.actual ?? 0;
  floor.moveChildren(params.from, params.to, [...new Set(params.children ?? [])]);
  for (const id of new Set(params.posts ?? [])) floor.movePost(floor.post(id), params.to);
}

export const transferBench: KindBench<TransferParams> = {
  op: 'transfer',
  pick: (state, count) =>
    siblingPairs(state)
      .slice(0, count)
      .map(([to, from]) => {
        const child = childrenOf(state, from.id)
          .map((id) => state.bodies.get(id))
          .find((body) => body !== undefined && levelRank(body.level) >= levelRank(to.level));
        const post = postsOf(state, from.id).find(
          (p) =>
            p.role !== 'head' &&
            (p.holder === null ||
              postsOf(state, to.id).every((other) => other.holder !== p.holder || other.role !== p.role)),
        );
        const tag = from.functions[0];
        return {
          effective: EFFECTIVE,
          from: from.id,
          to: to.id,
          ...(tag === undefined ? {} : { functions: [tag] }),
          quota: Math.floor(from.quota / 3),
          actual: Math.floor(from.actual / 3),
          ...(child === undefined ? {} : { children: [child.id] }),
          ...(post === undefined ? {} : { posts: [post.id] }),
        };
      }),
  step: transfer,
  floor: transferOnFloor,
};
