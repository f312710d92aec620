import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../src/graph/graph-view.js';
import { levelRank } from '../../src/model/level.js';
import { arbOrgState } from '../support/arbitraries.js';

describe('graph view laws', () => {
  it('belongs-to is a forest: every body lies under exactly one root, and subtrees partition the bodies', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 30 }), (state) => {
        const g = graphOf(state);
        const roots = g.roots();
        const sizes = roots.map((root) => g.subtree(root).length);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(state.bodies.size);
        const seen = new Map<string, string>();
        for (const root of roots) {
          for (const id of g.subtree(root)) {
            expect(seen.has(id)).toBe(false);
            seen.set(id, root);
          }
        }
        for (const id of state.bodies.keys()) expect(g.pathToRoot(id).at(-1)).toBe(seen.get(id));
        expect(g.orphans()).toEqual([]);
        expect(g.cycles()).toEqual([]);
      }),
    );
  });

  it('no body is its own ancestor; depth, ancestors and parent agree', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 30 }), (state) => {
        const g = graphOf(state);
        for (const id of state.bodies.keys()) {
          const ancestors = g.ancestors(id);
          expect(ancestors).not.toContain(id);
          expect(new Set(ancestors).size).toBe(ancestors.length);
          expect(g.depth(id)).toBe(ancestors.length);
          expect(ancestors[0] ?? null).toBe(g.parent(id));
          // Levels never rise going down, so never fall going up.
          const levels = [id, ...ancestors].map((b) => levelRank(g.body(b).level));
          expect(levels).toEqual([...levels].sort((a, b) => b - a));
        }
      }),
    );
  });

  it('children and parent are inverse, and subtree is breadth first', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 30 }), (state) => {
        const g = graphOf(state);
        let childCount = 0;
        for (const id of state.bodies.keys()) {
          const children = g.children(id);
          childCount += children.length;
          for (const child of children) expect(g.parent(child)).toBe(id);
          const sub = g.subtree(id);
          expect(sub[0]).toBe(id);
          const depths = sub.map((b) => g.depth(b));
          expect(depths).toEqual([...depths].sort((a, b) => a - b));
          for (const b of sub.slice(1)) expect(g.ancestors(b)).toContain(id);
        }
        expect(childCount + g.roots().length).toBe(state.bodies.size);
      }),
    );
  });

  it('every relation appears once out of its source and once into its target; facets partition the bodies', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 20 }), (state) => {
        const g = graphOf(state);
        let out = 0;
        let into = 0;
        for (const id of state.bodies.keys()) {
          for (const r of g.relationsOf(id)) expect(r.from).toBe(id);
          for (const r of g.relationsOf(id, { direction: 'in' })) expect(r.to).toBe(id);
          out += g.relationsOf(id).length;
          into += g.relationsOf(id, { direction: 'in' }).length;
        }
        expect(out).toBe(state.relations.size);
        expect(into).toBe(state.relations.size);
        const levels = ['central', 'province', 'district', 'commune', 'village'] as const;
        expect(levels.reduce((n, level) => n + g.byLevel(level).length, 0)).toBe(state.bodies.size);
        for (const [id, body] of state.bodies) {
          expect(g.bySector(body.sector)).toContain(id);
          expect(g.byKind(body.kind)).toContain(id);
          if (body.unit !== undefined) expect(g.byUnit(body.unit)).toContain(id);
        }
      }),
    );
  });
});
