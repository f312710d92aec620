/**
 * release: the holder of a post let go, the post left vacant (one step in four removes it). Floor: the
 * holder cleared and the post dropped from the person's index, or the post removed from both indices.
 */
import { type ReleaseParams, release } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { shuffled } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function releaseOnFloor(floor: FloorGraph, params: ReleaseParams): void {
  if (params.remove === true) floor.removePost(params.post);
  else floor.setHolder(floor.post(params.post), null);
}

export const releaseBench: KindBench<ReleaseParams> = {
  op: 'release',
  pick: (state, count) =>
    shuffled([...state.posts.values()].filter((post) => post.holder !== null).map((post) => post.id))
      .slice(0, count)
      .map((post, i) => ({ effective: EFFECTIVE, post, ...(i % 4 === 3 ? { remove: true } : {}) })),
  step: release,
  floor: releaseOnFloor,
};
