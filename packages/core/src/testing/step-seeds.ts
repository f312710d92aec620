import type { Body, OrgState, Step } from '@tinhgon/core';
import fc from 'fast-check';

/**
 * A state-independent recipe for one step: which operation, and numbers that pick bodies, posts and
 * amounts from whatever state the step meets. Sequences of seeds shrink well and read as scenarios once
 * interpreted with {@link stepFromSeed}.
 */
export interface StepSeed {
  readonly op: SeedOp;
  readonly picks: readonly number[];
}

export const SEED_OPS = [
  'establish',
  'absorb',
  'consolidate',
  'dissolve',
  'transfer',
  'move',
  'rename',
  'split',
  'cutStaff',
  'setQuota',
  'setDeputies',
  'appoint',
  'release',
] as const;

/** An operation a seed may name. */
export type SeedOp = (typeof SEED_OPS)[number];

/**
 * Seeds for the given operations only (all of {@link SEED_OPS} by default).
 *
 * @example
 * const merges = arbStepSeedOf(['absorb', 'consolidate']);
 */
export function arbStepSeedOf(ops: readonly SeedOp[] = SEED_OPS): fc.Arbitrary<StepSeed> {
  return fc.record({
    op: fc.constantFrom(...ops),
    picks: fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 }),
  });
}

/** A seed for any operation. */
export const arbStepSeed: fc.Arbitrary<StepSeed> = arbStepSeedOf();

/**
 * Steps for one given state, valid or not: a seed interpreted against `state`. Most can be done; some are
 * refused (a split that leaves a part without staff it needs, a move under a descendant), as in real plans.
 */
export function arbStepFor(state: OrgState, ops: readonly SeedOp[] = SEED_OPS): fc.Arbitrary<Step> {
  return arbStepSeedOf(ops).map((seed) => stepFromSeed(state, seed, 0));
}

const RANK = { central: 0, province: 1, district: 2, commune: 3, village: 4 } as const;

/**
 * Turns a seed into a concrete step for `state`, numbered `n` (used to make fresh ids `gen-<n>-…`).
 * The step may be one the state refuses; that is part of what laws exercise.
 */
export function stepFromSeed(state: OrgState, seed: StepSeed, n: number, effective = '2020-01-01'): Step {
  const ids = [...state.bodies.keys()].sort();
  const posts = [...state.posts.keys()].sort();
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = seed.picks;
  const pick = <T>(list: readonly T[], i: number): T | undefined =>
    list.length === 0 ? undefined : list[i % list.length];
  const body = (i: number): Body | undefined => {
    const id = pick(ids, i);
    return id === undefined ? undefined : state.bodies.get(id);
  };
  const found = body(a);
  const fresh = (suffix: string) => `gen-${n}-${suffix}`;
  const newBody = (parent: Body | undefined, level: Body['level']) => ({
    name: `Cơ quan ${n}`,
    kind: parent?.kind ?? 'office',
    sector: parent?.sector ?? 'state',
    level,
    parent: parent?.id ?? null,
    ...(parent?.unit !== undefined && parent.level === level ? { unit: parent.unit } : {}),
  });
  if (seed.op === 'establish') {
    const parent = found;
    return {
      op: 'establish',
      effective,
      body: {
        id: fresh('e'),
        ...newBody(parent, parent?.level ?? 'province'),
        functions: [`f${c % 5}`],
        quota: c % 30,
        actual: d % 30,
      },
    };
  }
  // A seed keeps its operation: on a state without bodies the step names one that does not exist, and the
  // state refuses it, so a scenario drawn from some operations never does another.
  const first: Body = found ?? {
    id: fresh('missing'),
    name: 'Không có',
    kind: 'office',
    sector: 'state',
    level: 'province',
    parent: null,
    functions: [],
    quota: 0,
    actual: 0,
  };
  const second = body(b) ?? first;
  switch (seed.op) {
    case 'absorb':
      return {
        op: 'absorb',
        effective,
        target: first.id,
        sources: [second.id],
        heads: (['deputy', 'member', 'release'] as const)[c % 3],
      };
    case 'consolidate': {
      const level = RANK[first.level] <= RANK[second.level] ? first.level : second.level;
      const parent = body(c);
      const usable = parent !== undefined && RANK[parent.level] <= RANK[level] ? parent : undefined;
      return {
        op: 'consolidate',
        effective,
        sources: [first.id, second.id],
        into: { id: fresh('c'), ...newBody(usable, level) },
      };
    }
    case 'dissolve':
      return {
        op: 'dissolve',
        effective,
        body: first.id,
        ...(state.index.children.has(first.id) ? { childrenTo: first.parent ?? second.id } : {}),
        staffTo: c % 2 === 0 ? 'release' : second.id,
      };
    case 'transfer':
      return {
        op: 'transfer',
        effective,
        from: first.id,
        to: second.id,
        quota: first.quota === 0 ? 0 : c % (first.quota + 1),
        actual: first.actual === 0 ? 0 : d % (first.actual + 1),
        functions: first.functions.filter((_, i) => (e >> i) % 2 === 1),
      };
    case 'move':
      return { op: 'move', effective, body: first.id, parent: c % 5 === 0 ? null : second.id };
    case 'rename':
      return { op: 'rename', effective, body: first.id, name: `Tên mới ${c}` };
    case 'split': {
      const children = [...(state.index.children.get(first.id) ?? [])].sort();
      const quota = first.quota === 0 ? 0 : c % (first.quota + 1);
      const actual = first.actual === 0 ? 0 : d % (first.actual + 1);
      const cut = first.functions.length === 0 ? 0 : e % (first.functions.length + 1);
      const parent = first.parent === null ? undefined : state.bodies.get(first.parent);
      const part = (
        suffix: string,
        share: { quota: number; actual: number; functions: string[]; children: string[] },
      ) => ({
        body: {
          id: fresh(suffix),
          ...newBody(parent, first.level),
          ...(first.unit === undefined ? {} : { unit: first.unit }),
        },
        ...share,
      });
      return {
        op: 'split',
        effective,
        source: first.id,
        into: [
          part('s1', {
            quota,
            actual,
            functions: first.functions.slice(0, cut),
            children: children.filter((_, i) => (f >> i) % 2 === 0),
          }),
          part('s2', {
            quota: first.quota - quota,
            actual: first.actual - actual,
            functions: first.functions.slice(cut),
            children: children.filter((_, i) => (f >> i) % 2 === 1),
          }),
        ],
      };
    }
    case 'cutStaff':
      return c % 2 === 0
        ? { op: 'cutStaff', effective, body: first.id, percent: d % 101 }
        : {
            op: 'cutStaff',
            effective,
            body: first.id,
            quota: d % (first.quota + 2),
            as: e % 2 === 0 ? 'cut' : 'released',
          };
    case 'setQuota':
      return { op: 'setQuota', effective, body: first.id, quota: c % 40, actual: d % 40 };
    case 'setDeputies':
      return { op: 'setDeputies', effective, body: first.id, count: c % 4 };
    case 'appoint':
      return {
        op: 'appoint',
        effective,
        person: fresh('p'),
        personName: `Người ${n}`,
        post: { id: fresh('post'), body: first.id, role: c % 3 === 0 ? 'head' : 'member' },
      };
    case 'release': {
      const post = pick(posts, c);
      return post === undefined
        ? { op: 'rename', effective, body: first.id, name: `Tên ${c}` }
        : { op: 'release', effective, post, remove: d % 2 === 0 };
    }
    default:
      return { op: 'rename', effective, body: first.id, name: 'x' };
  }
}
