import { type OrgState, parseState, type StateJsonInput } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { FloorGraph } from '../src/floor/floor-graph.js';
import { floorSnapshot, type Snapshot, snapshotDifferences, stateSnapshot } from '../src/floor/snapshot.js';
import { absorbBench } from '../src/kinds/absorb.js';
import { KINDS } from '../src/kinds/all-kinds.js';
import { consolidateBench } from '../src/kinds/consolidate.js';
import type { KindBench } from '../src/kinds/kind-bench.js';
import { DEFAULT_SEED, generateNationalState, SIZES } from '../src/national-state.js';

/** Fails with the first rows that differ (tinhgon's row ≠ the floor's) unless the snapshots agree. */
function expectSame(tinhgon: Snapshot, floor: Snapshot): void {
  expect(snapshotDifferences(tinhgon, floor)).toEqual([]);
}

/** Applies the steps with tinhgon and on a floor and returns both end states. */
function bothWays<P>(kind: KindBench<P>, state: OrgState, steps: readonly P[]): [Snapshot, Snapshot] {
  let current = state;
  for (const step of steps) current = kind.step(current, step).state;
  const floor = FloorGraph.of(state);
  for (const step of steps) kind.floor(floor, step);
  return [stateSnapshot(current), floorSnapshot(floor)];
}

describe('the floor of the transform benchmark', () => {
  const state = parseState(generateNationalState(SIZES.small, DEFAULT_SEED));
  const start = stateSnapshot(state);

  it('holds the same state as the persistent one before any step', () => {
    expectSame(start, floorSnapshot(FloorGraph.of(state)));
  });

  it.each(KINDS.map((kind) => [kind.op, kind] as const))(
    '%s: the floor ends in the same state as tinhgon, step by step',
    (_op, kind) => {
      const steps = kind.pick(state, Math.floor(state.bodies.size / 20));
      expect(steps.length).toBeGreaterThan(20);
      const [tinhgon, floor] = bothWays(kind, state, steps);
      expectSame(tinhgon, floor);
      expect(snapshotDifferences(start, tinhgon, 1)).not.toEqual([]);
    },
  );
});

/**
 * Cases the national state does not reach: a holder who already holds a post in the target, a vacant head,
 * a relation that would repeat or loop, a consolidation whose head also held a post in the other source.
 */
const tiny: StateJsonInput = {
  format: 'tinhgon/state@1',
  bodies: [
    {
      id: 'ubnd',
      name: 'UBND',
      kind: 'peoples-committee',
      sector: 'state',
      level: 'province',
      parent: null,
      functions: [],
      quota: 0,
      actual: 0,
    },
    ...['a', 'b', 'c'].map((x, i) => ({
      id: `phong-${x}`,
      name: `Phòng ${x}`,
      kind: 'department',
      sector: 'state',
      level: 'province' as const,
      parent: 'ubnd',
      functions: [`f-${x}`, 'shared'],
      quota: 10 + i,
      actual: 9 + i,
      ...(i === 1 ? { quotaByYear: { '2015': 14 } } : {}),
    })),
    {
      id: 'phong-b-d1',
      name: 'Tổ 1',
      kind: 'division',
      sector: 'state',
      level: 'province',
      parent: 'phong-b',
      functions: [],
      quota: 3,
      actual: 3,
    },
  ],
  persons: ['n1', 'n2', 'n3'].map((id) => ({ id, name: id })),
  posts: [
    { id: 'a-head', body: 'phong-a', role: 'head', holder: 'n1' },
    { id: 'a-dep', body: 'phong-a', role: 'deputy', holder: 'n2' },
    { id: 'b-head', body: 'phong-b', role: 'head', holder: 'n3' },
    { id: 'b-dep', body: 'phong-b', role: 'deputy', holder: 'n1' },
    { id: 'b-mem', body: 'phong-b', role: 'member', holder: null },
    { id: 'c-head', body: 'phong-c', role: 'head', holder: null },
    { id: 'c-mem', body: 'phong-c', role: 'member', holder: 'n2' },
  ],
  relations: [
    { id: 'r1', kind: 'coordinates', from: 'phong-b', to: 'phong-c' },
    { id: 'r2', kind: 'coordinates', from: 'phong-a', to: 'phong-c' },
    { id: 'r3', kind: 'leads', from: 'ubnd', to: 'phong-b' },
    { id: 'r4', kind: 'serves', from: 'phong-c', to: 'phong-a' },
  ],
};

describe('the floor on the cases the national state misses', () => {
  const state = parseState(tiny);

  it('absorb: drops a post whose holder is in the target, a vacant head, and repeated or looping relations', () => {
    const step = { effective: '2025-07-01', target: 'phong-a', sources: ['phong-b', 'phong-c'] };
    const [tinhgon, floor] = bothWays(absorbBench, state, [step]);
    expectSame(tinhgon, floor);
    expect(Object.fromEntries(tinhgon.posts)).toEqual({
      'a-dep': 'phong-a deputy n2',
      'a-head': 'phong-a head n1',
      'b-head': 'phong-a deputy n3',
      'b-mem': 'phong-a member null',
    });
    expect(Object.fromEntries(tinhgon.relations)).toEqual({ r3: 'leads ubnd → phong-a' });
  });

  it('absorb with heads released: the head posts go; a deputy whose holder is in the target goes too', () => {
    const step = {
      effective: '2025-07-01',
      target: 'phong-c',
      sources: ['phong-a', 'phong-b'],
      heads: 'release' as const,
    };
    const [tinhgon, floor] = bothWays(absorbBench, state, [step]);
    expectSame(tinhgon, floor);
    expect([...tinhgon.posts.keys()].sort()).toEqual(['b-dep', 'b-mem', 'c-head', 'c-mem']);
  });

  it('consolidate: the head post moves as head; the other source loses the post its holder cannot keep', () => {
    const step = {
      effective: '2025-07-01',
      sources: ['phong-a', 'phong-b'],
      into: {
        id: 'phong-ab',
        name: 'Phòng AB',
        kind: 'department',
        sector: 'state',
        level: 'province' as const,
        parent: 'ubnd',
      },
      headPost: 'a-head',
    };
    const [tinhgon, floor] = bothWays(consolidateBench, state, [step]);
    expectSame(tinhgon, floor);
    expect(tinhgon.posts.get('a-head')).toBe('phong-ab head n1');
    expect(tinhgon.posts.has('b-dep')).toBe(false);
  });
});
