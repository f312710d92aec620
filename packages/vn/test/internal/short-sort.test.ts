import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortShort } from '../../src/internal/short-sort.js';

/** Items compared by `key` alone, so that equal keys show whether the order among them is kept. */
const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;

describe('sortShort', () => {
  it('sorts in place and returns the same array', () => {
    const items = ['c', 'a', 'b'];
    expect(sortShort(items, (a, b) => (a < b ? -1 : a > b ? 1 : 0))).toBe(items);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('orders as the engine sort does, keeping the order of equal items, short lists or long', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, at) => ({ key, at }));
        expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });
});
