import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalKeyRuns, FNV_OFFSET, fnv1a } from '../../src/internal/key-runs.js';

/** The runs a map gives: indices of equal keys, two or more, each ascending, sorted by first index. */
function byMap(keys: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const [i, key] of keys.entries()) groups.set(key, [...(groups.get(key) ?? []), i]);
  return [...groups.values()].filter((run) => run.length >= 2);
}

const sorted = (runs: number[][]) => [...runs].sort((a, b) => (a[0] as number) - (b[0] as number));

describe('equalKeyRuns', () => {
  it('hashes with 32-bit FNV-1a, chainable', () => {
    expect(fnv1a('')).toBe(FNV_OFFSET);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('bc', fnv1a('a'))).toBe(fnv1a('abc'));
  });

  it('groups equal keys as a map does, whatever the hashes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'dd', 'e', 'ff', 'g'), { maxLength: 60 }),
        fc.boolean(),
        (keys, collide) => {
          // With every hash equal, the runs come from comparing keys alone.
          const hashes = keys.map((key) => (collide ? 7 : fnv1a(key)));
          const runs = equalKeyRuns(keys.length, hashes, (i, j) => keys[i] === keys[j]);
          expect(sorted(runs)).toEqual(byMap(keys));
        },
      ),
    );
  });
});
