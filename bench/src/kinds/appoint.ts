/**
 * appoint: a new person into a body's first vacant post, or into a new member post when it has none.
 * Floor: the person added; the vacant post given its holder, or a new post added; the indices of posts by
 * body and by person updated.
 */
import { type AppointParams, appoint } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { postsOf, shuffledBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

export function fillPostOnFloor(
  floor: FloorGraph,
  request: { id: string; body: string; role: 'head' | 'deputy' | 'member'; timeShare?: number | undefined },
  person: string,
): void {
  const existing = floor.posts.get(request.id);
  if (existing === undefined) {
    floor.putPost({ ...request, holder: person, timeShare: request.timeShare });
  } else {
    floor.setHolder(existing, person);
    if (request.timeShare !== undefined) existing.timeShare = request.timeShare;
  }
}

function appointOnFloor(floor: FloorGraph, params: AppointParams): void {
  if (!floor.persons.has(params.person)) floor.persons.set(params.person, params.personName as string);
  fillPostOnFloor(floor, params.post, params.person);
}

export const appointBench: KindBench<AppointParams> = {
  op: 'appoint',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((body) => {
        const vacant = postsOf(state, body.id).find((post) => post.holder === null);
        return {
          effective: EFFECTIVE,
          post:
            vacant === undefined
              ? { id: `${body.id}#thanh-vien-moi`, body: body.id, role: 'member' }
              : { id: vacant.id, body: body.id, role: vacant.role },
          person: `${body.id}~nguoi-moi`,
          personName: 'Nguyễn Văn Mới',
        };
      }),
  step: appoint,
  floor: appointOnFloor,
};
