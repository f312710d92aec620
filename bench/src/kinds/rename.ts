/** rename: a body's name changed. Floor: the name attribute set. */
import { type RenameParams, rename } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { shuffledBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function renameOnFloor(floor: FloorGraph, params: RenameParams): void {
  const body = floor.body(params.body);
  body.name = params.name;
  if (params.nameEn !== undefined) body.nameEn = params.nameEn;
}

export const renameBench: KindBench<RenameParams> = {
  op: 'rename',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((body) => ({ effective: EFFECTIVE, body: body.id, name: `${body.name} (tên mới)` })),
  step: rename,
  floor: renameOnFloor,
};
