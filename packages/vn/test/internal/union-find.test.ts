import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../src/internal/union-find.js';

describe('UnionFind', () => {
  it('groups linked keys, sorted, in order of their first key', () => {
    const links = new UnionFind();
    links.union('d', 'b');
    links.union('c', 'e');
    links.union('e', 'd');
    expect(links.groups(['e', 'a', 'b', 'c', 'd', 'f'])).toEqual([['a'], ['b', 'c', 'd', 'e'], ['f']]);
  });

  it('puts two keys in one group exactly when a chain of unions links them', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key), { maxLength: 8 }), key, key, (edges, x, y) => {
        const links = new UnionFind();
        for (const [a, b] of edges) links.union(a, b);
        // reachability by brute force
        const reach = new Set([x]);
        for (let changed = true; changed; ) {
          changed = false;
          for (const [a, b] of edges) {
            if (reach.has(a) !== reach.has(b)) {
              reach.add(a);
              reach.add(b);
              changed = true;
            }
          }
        }
        expect(links.find(x) === links.find(y)).toBe(reach.has(y));
      }),
    );
  });

  it('with `wanted`, gives the groups holding a wanted key, as they are without it', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, key), { maxLength: 8 }),
        fc.array(key, { maxLength: 10 }),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'g']),
        (edges, keys, wanted) => {
          const links = new UnionFind();
          for (const [a, b] of edges) links.union(a, b);
          const all = links.groups(keys);
          expect(links.groups(new Set(keys))).toEqual(all);
          const kept = all.filter((group) => group.some((k) => wanted.includes(k)));
          expect(links.groups(keys, (k) => wanted.includes(k))).toEqual(kept);
        },
      ),
    );
  });
});
