/**
 * split (chia tách): a body into two new ones beside it: the first half of its functions and the larger
 * half of its staff to the first, the rest to the second, children alternately, held posts alternately
 * (vacant ones listed nowhere, so removed). Floor: two new nodes; each part's children re-parented and
 * posts re-assigned; the source's remaining posts removed, its relations re-pointed to the first part,
 * and its node dropped.
 */
import { type SplitParams, split } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { childrenOf, postsOf, unrelatedBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function splitOnFloor(floor: FloorGraph, params: SplitParams): void {
  for (const part of params.into) {
    floor.addBody(
      part.body.id,
      {
        name: part.body.name,
        nameEn: part.body.nameEn,
        kind: part.body.kind,
        sector: part.body.sector,
        level: part.body.level,
        unit: part.body.unit,
        quota: part.quota,
        actual: part.actual,
        functions: [...part.functions],
        quotaByYear: undefined,
      },
      part.body.parent,
    );
    floor.moveChildren(params.source, part.body.id, part.children ?? []);
    for (const id of part.posts ?? []) floor.movePost(floor.post(id), part.body.id);
  }
  floor.endBody(params.source, params.into[0]?.body.id ?? null);
}

const alternate = <T>(items: readonly T[], half: 0 | 1): T[] => items.filter((_, i) => i % 2 === half);

export const splitBench: KindBench<SplitParams> = {
  op: 'split',
  pick: (state, count) =>
    unrelatedBodies(state, count, () => true).map((source) => {
      const children = childrenOf(state, source.id);
      const held = postsOf(state, source.id)
        .filter((post) => post.holder !== null)
        .map((post) => post.id);
      const cut = Math.ceil(source.functions.length / 2);
      const part = (n: 1 | 2) => ({
        body: {
          id: `${source.id}~${n}`,
          name: `${source.name} ${n}`,
          kind: source.kind,
          sector: source.sector,
          level: source.level,
          ...(source.unit === undefined ? {} : { unit: source.unit }),
          parent: source.parent,
        },
        functions: n === 1 ? source.functions.slice(0, cut) : source.functions.slice(cut),
        quota: n === 1 ? Math.ceil(source.quota / 2) : Math.floor(source.quota / 2),
        actual: n === 1 ? Math.ceil(source.actual / 2) : Math.floor(source.actual / 2),
        children: alternate(children, n === 1 ? 0 : 1),
        posts: alternate(held, n === 1 ? 0 : 1),
      });
      return { effective: EFFECTIVE, source: source.id, into: [part(1), part(2)] };
    }),
  step: split,
  floor: splitOnFloor,
};
