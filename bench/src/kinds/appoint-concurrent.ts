/**
 * appointConcurrent (kiêm nhiệm): the head of one body also takes a post in its sibling of the same kind:
 * the vacant head post, a new head post when it has no head, else a new deputy post. Floor: the post
 * given its holder or added, and the indices of posts by body and by person updated.
 */
import { type AppointConcurrentParams, appointConcurrent, type OrgState } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { fillPostOnFloor } from './appoint.js';
import { postsOf, siblingPairs } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function timeShareOf(state: OrgState, person: string): number {
  let sum = 0;
  for (const id of state.index.postsByPerson.get(person) ?? []) sum += state.posts.get(id)?.timeShare ?? 0;
  return sum;
}

function pick(state: OrgState, count: number): AppointConcurrentParams[] {
  const steps: AppointConcurrentParams[] = [];
  const persons = new Set<string>();
  for (const [a, b] of siblingPairs(state)) {
    if (steps.length >= count) break;
    const person = postsOf(state, a.id).find((post) => post.role === 'head')?.holder;
    if (person === undefined || person === null || persons.has(person)) continue;
    const inB = postsOf(state, b.id);
    if (inB.some((post) => post.holder === person)) continue;
    const head = inB.find((post) => post.role === 'head');
    if (head !== undefined && head.holder === null) {
      if (timeShareOf(state, person) + (head.timeShare ?? 0) > 1) continue;
      steps.push({ effective: EFFECTIVE, person, body: b.id, post: head.id });
    } else {
      const role = head === undefined ? 'head' : 'deputy';
      steps.push({ effective: EFFECTIVE, person, body: b.id, post: `${b.id}#kiem-nhiem`, role });
    }
    persons.add(person);
  }
  return steps;
}

function appointConcurrentOnFloor(floor: FloorGraph, params: AppointConcurrentParams): void {
  const request = {
    id: params.post,
    body: params.body,
    role: params.role ?? 'head',
    timeShare: params.timeShare,
  };
  fillPostOnFloor(floor, request, params.person);
}

export const appointConcurrentBench: KindBench<AppointConcurrentParams> = {
  op: 'appointConcurrent',
  pick,
  step: appointConcurrent,
  floor: appointConcurrentOnFloor,
};
