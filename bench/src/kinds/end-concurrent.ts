/**
 * endConcurrent: a concurrent post (its holder also holds a post in another body) left vacant, one post
 * per person. Floor: the holder cleared and the post dropped from the person's index.
 */
import { type EndConcurrentParams, endConcurrent } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { shuffled } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

export const endConcurrentBench: KindBench<EndConcurrentParams> = {
  op: 'endConcurrent',
  pick: (state, count) => {
    const posts: string[] = [];
    for (const [, held] of state.index.postsByPerson) {
      const bodies = new Set([...held].map((id) => state.posts.get(id)?.body));
      if (bodies.size > 1) posts.push([...held].sort()[0] as string);
    }
    return shuffled(posts.sort())
      .slice(0, count)
      .map((post) => ({ effective: EFFECTIVE, post }));
  },
  step: endConcurrent,
  floor: (floor: FloorGraph, params) => floor.setHolder(floor.post(params.post), null),
};
