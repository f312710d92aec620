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
});
