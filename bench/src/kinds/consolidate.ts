/**
 * consolidate (hợp nhất): two siblings of the same kind into a new body beside them, the first's head
 * heading it. Floor: a new node with the summed staff and year-by-year quotas and the joined functions;
 * the head post moves as head; then each source's children and other posts move (heads as deputies) and
 * its relations are re-pointed, as in absorb, and the source nodes go.
 */
import { type ConsolidateParams, consolidate } from '@tinhgon/core';
import { addSource, type FloorBody, type FloorGraph } from '../floor/floor-graph.js';
import { postsOf, siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function consolidateOnFloor(floor: FloorGraph, params: ConsolidateParams): void {
  const sources = [...new Set(params.sources)];
  const into = params.into;
  const body: FloorBody = {
    name: into.name,
    nameEn: into.nameEn,
    kind: into.kind,
    sector: into.sector,
    level: into.level,
    unit: into.unit,
    quota: 0,
    actual: 0,
    functions: [],
    quotaByYear: undefined,
  };
  for (const id of sources) addSource(body, floor.body(id));
  floor.addBody(into.id, body, into.parent);
  if (params.headPost !== undefined) {
    const head = floor.posts.get(params.headPost);
    if (head !== undefined) floor.movePost(head, into.id);
  }
  const heads = params.heads === 'release' ? 'release' : (params.heads ?? 'deputy');
  for (const id of sources) {
    floor.moveChildren(id, into.id);
    floor.movePosts(id, into.id, heads);
    floor.endBody(id, into.id);
  }
}

export const consolidateBench: KindBench<ConsolidateParams> = {
  op: 'consolidate',
  pick: (state, count) => {
    // A pair whose parent ended in an earlier step goes under the body that parent became.
    const became = new Map<string, string>();
    return siblingPairs(state)
      .slice(0, count)
      .map(([a, b]) => {
        const head = postsOf(state, a.id).find((post) => post.role === 'head' && post.holder !== null);
        const id = `${a.id}~hn`;
        const parent = a.parent === null ? null : (became.get(a.parent) ?? a.parent);
        became.set(a.id, id);
        became.set(b.id, id);
        return {
          effective: EFFECTIVE,
          sources: [a.id, b.id],
          into: {
            id,
            name: `${a.name} (hợp nhất)`,
            kind: a.kind,
            sector: a.sector,
            level: a.level,
            ...(a.unit === undefined ? {} : { unit: a.unit }),
            parent,
          },
          ...(head === undefined ? {} : { headPost: head.id }),
        };
      });
  },
  step: consolidate,
  floor: consolidateOnFloor,
};
