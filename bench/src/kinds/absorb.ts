/**
 * absorb (sáp nhập): a sibling of the same kind merged into another. Floor (`absorbOnFloor`): the target
 * takes the staff, the year-by-year quotas and the functions; the source's children move; its posts move
 * (its head a deputy of the target; a vacant head post, or a post whose holder already holds one in the
 * target, removed); its relations are re-pointed to the target; the source node goes.
 */
import { type AbsorbParams, absorb } from '@tinhgon/core';
import { absorbOnFloor } from '../floor/body-steps.js';
import { siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

export const absorbBench: KindBench<AbsorbParams> = {
  op: 'absorb',
  pick: (state, count) =>
    siblingPairs(state)
      .slice(0, count)
      .map(([target, source]) => ({ effective: EFFECTIVE, target: target.id, sources: [source.id] })),
  step: absorb,
  floor: absorbOnFloor,
};
