/**
 * absorb (sáp nhập): a sibling of the same kind merged into another. Floor: the target takes the staff,
 * the year-by-year quotas and the functions; the source's children move; its posts move (its head a
 * deputy of the target; a vacant head post, or a post whose holder already holds one in the target,
 * removed); its relations are re-pointed to the target; the source node goes.
 */
import { type AbsorbParams, absorb } from '@tinhgon/core';
import { addFunctions, addQuotaByYear, type FloorGraph } from '../floor/floor-graph.js';
import { siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function absorbOnFloor(floor: FloorGraph, params: AbsorbParams): void {
  const into = floor.body(params.target);
  const sources = [...new Set(params.sources)];
  for (const id of sources) {
    const from = floor.body(id);
    addFunctions(into.functions, from.functions);
    into.quota += from.quota;
    into.actual += from.actual;
    into.quotaByYear = addQuotaByYear(into.quotaByYear, from.quotaByYear);
  }
  const heads = params.heads === 'release' ? 'release' : (params.heads ?? 'deputy');
  for (const id of sources) {
    floor.moveChildren(id, params.target);
    floor.movePosts(id, params.target, heads);
    floor.endBody(id, params.target);
  }
}

export const absorbBench: KindBench<AbsorbParams> = {
  op: 'absorb',
  pick: (state, count) =>
    siblingPairs(state)
      .slice(0, count)
      .map(([target, source]) => ({ effective: EFFECTIVE, target: target.id, sources: [source.id] })),
  step: absorb,
  floor: absorbOnFloor,
};
