import { describe, expect, it } from 'vitest';
import { graphOf } from '../../src/graph/graph-view.js';
import { parseState } from '../../src/load/parse-state.js';
import type { OrgState } from '../../src/state/org-state.js';

// One million bodies, built in place as plain objects: no fixture file and no JSON text to parse, so the
// time goes to what is under test (schema, invariants, state, graph view), none of it recursive.
const N = 1_000_000;
const TIMEOUT = 240_000;

function parseShape(parentOf: (i: number) => string | null): OrgState {
  const bodies = new Array(N);
  for (let i = 0; i < N; i += 1) {
    bodies[i] = {
      id: `b${i}`,
      name: 'x',
      kind: 'k',
      sector: 's',
      level: 'district',
      parent: parentOf(i),
      functions: [],
      quota: 0,
      actual: 0,
    };
  }
  return parseState({ bodies });
}

describe('a million bodies', () => {
  it(
    'a 1,000,000-deep chain: parse, depth and path of the deepest, subtree of the root',
    () => {
      const state = parseShape((i) => (i === 0 ? null : `b${i - 1}`));
      expect(state.bodies.size).toBe(N);
      const g = graphOf(state);
      const deepest = `b${N - 1}`;
      expect(g.depth(deepest)).toBe(N - 1);
      const path = g.pathToRoot(deepest);
      expect(path).toHaveLength(N);
      expect(path[0]).toBe(deepest);
      expect(path[N - 1]).toBe('b0');
      expect(g.ancestors(deepest)).toHaveLength(N - 1);
      expect(g.roots()).toEqual(['b0']);
      const subtree = g.subtree('b0');
      expect(subtree).toHaveLength(N);
      expect(subtree[N - 1]).toBe(deepest);
      expect(g.children('b0')).toEqual(['b1']);
      expect(g.children(deepest)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a body with 1,000,000 children: parse, children count, subtree size, depth',
    () => {
      const state = parseShape((i) => (i === 0 ? null : 'b0'));
      const g = graphOf(state);
      expect(g.children('b0')).toHaveLength(N - 1);
      expect(state.index.children.get('b0')?.size).toBe(N - 1);
      expect(g.subtree('b0')).toHaveLength(N);
      expect(g.depth(`b${N - 1}`)).toBe(1);
      expect(g.pathToRoot(`b${N - 1}`)).toEqual([`b${N - 1}`, 'b0']);
    },
    TIMEOUT,
  );
});
