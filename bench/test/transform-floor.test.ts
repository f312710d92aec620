import { type OrgState, parseState, type StateJsonInput } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { FloorGraph } from '../src/floor/floor-graph.js';
import { absorbBench } from '../src/kinds/absorb.js';
import { KINDS } from '../src/kinds/all-kinds.js';
import { consolidateBench } from '../src/kinds/consolidate.js';
import type { KindBench } from '../src/kinds/kind-bench.js';
import { DEFAULT_SEED, generateNationalState, SIZES } from '../src/national-state.js';

/** What a step changes, as plain sorted rows: the same shape from a persistent state and from a floor. */
interface Snapshot {
  bodies: unknown[];
  posts: unknown[];
  relations: unknown[];
  units: unknown[];
  persons: string[];
}

const byId = <T extends { id: string }>(rows: T[]): T[] => rows.sort((a, b) => (a.id < b.id ? -1 : 1));

function snapshotOf(state: OrgState): Snapshot {
  return {
    bodies: byId(
      [...state.bodies.values()].map((b) => ({
        id: b.id,
        parent: b.parent,
        level: b.level,
        unit: b.unit,
        quota: b.quota,
        actual: b.actual,
        quotaByYear: b.quotaByYear,
        functions: [...b.functions].sort(),
        name: b.name,
      })),
    ),
    posts: byId(
      [...state.posts.values()].map((p) => ({ id: p.id, body: p.body, role: p.role, holder: p.holder })),
    ),
    relations: byId(
      [...state.relations.values()].map((r) => ({ id: r.id, kind: r.kind, from: r.from, to: r.to })),
    ),
    units: byId([...state.units.values()].map((u) => ({ id: u.code, parent: u.parent }))),
    persons: [...state.persons.keys()].sort(),
  };
}

function snapshotOfFloor(floor: FloorGraph): Snapshot {
  return {
    bodies: byId(
      floor.graph.mapNodes((id, b) => ({
        id,
        parent: floor.parentOf(id),
        level: b.level,
        unit: b.unit,
        quota: b.quota,
        actual: b.actual,
        quotaByYear: b.quotaByYear,
        functions: [...b.functions].sort(),
        name: b.name,
      })),
    ),
    posts: byId(
      [...floor.posts.values()].map((p) => ({ id: p.id, body: p.body, role: p.role, holder: p.holder })),
    ),
    relations: byId(
      [...floor.relations.values()].map((r) => ({ id: r.id, kind: r.kind, from: r.from, to: r.to })),
    ),
    units: byId([...floor.units.values()].map((u) => ({ id: u.code, parent: u.parent }))),
    persons: [...floor.persons.keys()].sort(),
  };
}

/** Deep equality, checked through JSON first: `toEqual` on thousands of rows is slow, and only needed for its diff. */
function expectSame(actual: Snapshot, expected: Snapshot): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

/** Applies the steps with tinhgon and on a floor and returns both end states. */
function bothWays<P>(kind: KindBench<P>, state: OrgState, steps: readonly P[]): [Snapshot, Snapshot] {
  let current = state;
  for (const step of steps) current = kind.step(current, step).state;
  const floor = FloorGraph.of(state);
  for (const step of steps) kind.floor(floor, step);
  return [snapshotOf(current), snapshotOfFloor(floor)];
}

describe('the floor of the transform benchmark', () => {
  const state = parseState(generateNationalState(SIZES.small, DEFAULT_SEED));
  const start = snapshotOf(state);

  it('holds the same state as the persistent one before any step', () => {
    expectSame(snapshotOfFloor(FloorGraph.of(state)), start);
  });

  it.each(KINDS.map((kind) => [kind.op, kind] as const))(
    '%s: the floor ends in the same state as tinhgon, step by step',
    (_op, kind) => {
      const steps = kind.pick(state, Math.floor(state.bodies.size / 20));
      expect(steps.length).toBeGreaterThan(20);
      const [tinhgon, floor] = bothWays(kind, state, steps);
      expectSame(floor, tinhgon);
      expect(JSON.stringify(tinhgon)).not.toBe(JSON.stringify(start));
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
    expect(floor).toEqual(tinhgon);
    expect(tinhgon.posts).toEqual([
      { id: 'a-dep', body: 'phong-a', role: 'deputy', holder: 'n2' },
      { id: 'a-head', body: 'phong-a', role: 'head', holder: 'n1' },
      { id: 'b-head', body: 'phong-a', role: 'deputy', holder: 'n3' },
      { id: 'b-mem', body: 'phong-a', role: 'member', holder: null },
    ]);
    expect(tinhgon.relations).toEqual([{ id: 'r3', kind: 'leads', from: 'ubnd', to: 'phong-a' }]);
  });

  it('absorb with heads released: the head posts go; a deputy whose holder is in the target goes too', () => {
    const step = {
      effective: '2025-07-01',
      target: 'phong-c',
      sources: ['phong-a', 'phong-b'],
      heads: 'release' as const,
    };
    const [tinhgon, floor] = bothWays(absorbBench, state, [step]);
    expect(floor).toEqual(tinhgon);
    expect(tinhgon.posts.map((post) => (post as { id: string }).id)).toEqual([
      'b-dep',
      'b-mem',
      'c-head',
      'c-mem',
    ]);
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
    expect(floor).toEqual(tinhgon);
    expect(tinhgon.posts).toContainEqual({ id: 'a-head', body: 'phong-ab', role: 'head', holder: 'n1' });
    expect(tinhgon.posts).not.toContainEqual(expect.objectContaining({ id: 'b-dep' }));
  });
});
