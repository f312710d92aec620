/**
 * move: a body re-parented under its parent's sibling of the same kind (a division to another
 * department, a commune's committee to another district's). Floor: the edge from the old parent is
 * dropped and one from the new parent added; level and unit are set as the step gives them.
 */
import { levelRank, type MoveParams, move } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { childrenOf, siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function moveOnFloor(floor: FloorGraph, params: MoveParams): void {
  floor.setParent(params.body, params.parent);
  const body = floor.body(params.body);
  if (params.level !== undefined) body.level = params.level;
  if (params.unit !== undefined) floor.setUnit(params.body, params.unit ?? undefined);
}

export const moveBench: KindBench<MoveParams> = {
  op: 'move',
  pick: (state, count) => {
    const steps: MoveParams[] = [];
    for (const [from, to] of siblingPairs(state)) {
      if (steps.length >= count) break;
      const child = childrenOf(state, from.id)
        .map((id) => state.bodies.get(id))
        .find((body) => body !== undefined && levelRank(body.level) >= levelRank(to.level));
      if (child !== undefined) steps.push({ effective: EFFECTIVE, body: child.id, parent: to.id });
    }
    return steps;
  },
  step: move,
  floor: moveOnFloor,
};
