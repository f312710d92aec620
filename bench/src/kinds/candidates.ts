/**
 * Where the benchmark kinds find their steps: bodies, sibling pairs and posts of a state, in a seeded
 * random order so that the steps are spread over the whole state (every level, every kind of body) and are
 * the same from run to run.
 */
import type { Body, BodyId, OrgState, Post } from '@tinhgon/core';
import { DEFAULT_SEED } from '../national-state.js';
import { createRng } from '../prng.js';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A copy of `items` in a seeded random order. */
export function shuffled<T>(items: readonly T[]): T[] {
  return createRng(DEFAULT_SEED).sample(items, items.length);
}

/** Every body of the state, in a seeded random order. */
export function shuffledBodies(state: OrgState): Body[] {
  return shuffled([...state.bodies.keys()].sort(byCodeUnits)).map((id) => state.bodies.get(id) as Body);
}

export function childrenOf(state: OrgState, id: BodyId): BodyId[] {
  return [...(state.index.children.get(id) ?? [])].sort(byCodeUnits);
}

export function postsOf(state: OrgState, id: BodyId): Post[] {
  return [...(state.index.postsByBody.get(id) ?? [])]
    .sort(byCodeUnits)
    .map((p) => state.posts.get(p) as Post);
}

/**
 * Disjoint pairs of siblings of the same kind and level (the first and second child of a parent of that
 * kind, the third and fourth, …), in a seeded random order: bodies one can merge, or hand things between.
 */
export function siblingPairs(state: OrgState): [Body, Body][] {
  const pairs: [Body, Body][] = [];
  const parents = [...state.index.children.keys()].sort(byCodeUnits);
  for (const parent of parents) {
    const groups = new Map<string, Body[]>();
    for (const child of childrenOf(state, parent)) {
      const body = state.bodies.get(child) as Body;
      const key = `${body.kind}\u0000${body.level}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [body]);
      else group.push(body);
    }
    for (const group of groups.values()) {
      for (let i = 0; i + 1 < group.length; i += 2) pairs.push([group[i] as Body, group[i + 1] as Body]);
    }
  }
  return shuffled(pairs);
}

/**
 * Up to `count` bodies in a seeded random order, none the parent or a child of another, among those
 * `accept` takes: bodies that can each end (dissolved, split) without another step needing them.
 */
export function unrelatedBodies(state: OrgState, count: number, accept: (body: Body) => boolean): Body[] {
  const picked = new Set<BodyId>();
  const out: Body[] = [];
  for (const body of shuffledBodies(state)) {
    if (out.length >= count) break;
    if (!accept(body)) continue;
    if (body.parent !== null && picked.has(body.parent)) continue;
    if (childrenOf(state, body.id).some((child) => picked.has(child))) continue;
    picked.add(body.id);
    out.push(body);
  }
  return out;
}
