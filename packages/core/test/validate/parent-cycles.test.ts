import { describe, expect, it } from 'vitest';
import { periodsOverlap } from '../../src/validate/dates-invariant.js';
import { findOrphans, findParentCycles } from '../../src/validate/parent-cycles.js';

const parents = (entries: Record<string, string | null>) => {
  const map = new Map(Object.entries(entries));
  return { ids: [...map.keys()], parentOf: (id: string) => map.get(id) };
};

describe('findParentCycles', () => {
  it('finds nothing in a forest', () => {
    const { ids, parentOf } = parents({ a: null, b: 'a', c: 'b', d: null, e: 'd' });
    expect(findParentCycles(ids, parentOf)).toEqual([]);
  });

  it('lists each cycle once from its smallest id, child → parent', () => {
    const { ids, parentOf } = parents({ d: 'b', b: 'c', c: 'd', t: 'b', s: 's', x: 'missing' });
    expect(findParentCycles(ids, parentOf)).toEqual([['b', 'c', 'd'], ['s']]);
  });

  it('walks a 200,000-long chain into a cycle without recursion', () => {
    const n = 200_000;
    const parent = (i: number) => (i === n - 1 ? 'n0' : `n${i + 1}`);
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const index = new Map(ids.map((id, i) => [id, parent(i)]));
    const cycles = findParentCycles(ids, (id) => index.get(id));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});

describe('findOrphans', () => {
  it('lists the nodes whose parent is named but absent', () => {
    const { ids, parentOf } = parents({ a: null, b: 'a', c: 'gone', d: 'c' });
    expect(findOrphans(ids, parentOf)).toEqual(['c']);
  });
});

describe('periodsOverlap', () => {
  it.each([
    [{}, {}, true],
    [{ validUntil: '2020-01-01' }, { validFrom: '2020-01-01' }, false],
    [{ validUntil: '2020-01-02' }, { validFrom: '2020-01-01' }, true],
    [
      { validFrom: '2020-01-01', validUntil: '2021-01-01' },
      { validFrom: '2020-06-01', validUntil: '2020-07-01' },
      true,
    ],
    [{ validFrom: '2022-01-01' }, { validUntil: '2021-01-01' }, false],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});
