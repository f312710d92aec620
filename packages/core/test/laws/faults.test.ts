import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseState } from '../../src/load/parse-state.js';
import type { StateIssue } from '../../src/validate/issue.js';
import { arbStateDoc, type BodyDoc, cloneDoc, type StateDoc } from '../support/arbitraries.js';

const issuesOf = (doc: StateDoc): readonly StateIssue[] => {
  const result = safeParseState(doc);
  return result.ok ? [] : result.issues;
};

/** The ids from `id` down to the root, following `parent` in the document. */
function chainUp(doc: StateDoc, id: string): string[] {
  const parents = new Map(doc.bodies.map((b) => [b.id, b.parent]));
  const chain: string[] = [];
  for (let at: string | null | undefined = id; at !== null && at !== undefined; at = parents.get(at))
    chain.push(at);
  return chain;
}

function rotateToSmallest(cycle: string[]): string[] {
  let at = 0;
  for (let i = 1; i < cycle.length; i += 1) if ((cycle[i] as string) < (cycle[at] as string)) at = i;
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}

const arbDocAndPicks = arbStateDoc({ maxBodies: 16 }).chain((doc) =>
  fc.record({ doc: fc.constant(doc), a: fc.nat(), b: fc.nat(), at: fc.nat() }),
);

describe('fault injection', () => {
  it('a parent that does not exist gives exactly one missing-parent', () => {
    fc.assert(
      fc.property(arbDocAndPicks, ({ doc, a }) => {
        const faulty = cloneDoc(doc);
        const i = a % faulty.bodies.length;
        const body = faulty.bodies[i] as BodyDoc;
        const ghost = `ghost:${faulty.bodies.map((b) => b.id).join('|')}`;
        body.parent = ghost;
        expect(issuesOf(faulty)).toEqual([
          { code: 'missing-parent', path: ['bodies', i, 'parent'], body: body.id, parent: ghost },
        ]);
      }),
    );
  });

  it('pointing a body at itself or at one of its same-level descendants gives exactly one parent-cycle', () => {
    fc.assert(
      fc.property(arbDocAndPicks, ({ doc, a, b }) => {
        const faulty = cloneDoc(doc);
        const i = a % faulty.bodies.length;
        const x = faulty.bodies[i] as BodyDoc;
        // Same-level descendants of x (x included): closing the loop there breaks no level rule.
        const candidates = faulty.bodies.filter(
          (d) => d.level === x.level && chainUp(doc, d.id).includes(x.id),
        );
        const y = candidates[b % candidates.length] as BodyDoc;
        // The cycle, child → parent: x → y → parent(y) → … → the child of x on that path.
        const members = [x.id, ...chainUp(doc, y.id).slice(0, chainUp(doc, y.id).indexOf(x.id))];
        const expected = rotateToSmallest(y.id === x.id ? [x.id] : members);
        x.parent = y.id;
        const first = faulty.bodies.findIndex((d) => d.id === expected[0]);
        expect(issuesOf(faulty)).toEqual([
          { code: 'parent-cycle', path: ['bodies', first, 'parent'], bodies: expected },
        ]);
      }),
    );
  });

  it('a repeated id gives exactly one duplicate-id pointing at both copies', () => {
    type Kind = 'bodies' | 'relations' | 'persons' | 'posts' | 'units';
    const keyOf = (kind: Kind) => (kind === 'units' ? 'code' : 'id');
    const entityOf = {
      bodies: 'body',
      relations: 'relation',
      persons: 'person',
      posts: 'post',
      units: 'unit',
    } as const;
    fc.assert(
      fc.property(
        arbDocAndPicks,
        fc.constantFrom<Kind>('bodies', 'relations', 'persons', 'posts', 'units'),
        ({ doc, a, at }, kind) => {
          const faulty = cloneDoc(doc);
          const list = faulty[kind] as unknown as Record<string, unknown>[];
          fc.pre(list.length > 0);
          const i = a % list.length;
          const original = list[i] as Record<string, unknown>;
          // A post copy is a vacant member post, so it cannot also be a second head or a double holding.
          const copy =
            kind === 'posts'
              ? { id: original.id, body: original.body, role: 'member', holder: null }
              : structuredClone(original);
          const j = at % (list.length + 1);
          list.splice(j, 0, copy);
          const [firstAt, repeatAt] = j <= i ? [j, i + 1] : [i, j];
          const key = keyOf(kind);
          expect(issuesOf(faulty)).toEqual([
            {
              code: 'duplicate-id',
              path: [kind, repeatAt, key],
              entity: entityOf[kind],
              id: original[key],
              firstPath: [kind, firstAt, key],
            },
          ]);
        },
      ),
    );
  });

  it('a faulty document is rejected however its lists are ordered, with the same codes', () => {
    fc.assert(
      fc.property(arbDocAndPicks, ({ doc, a }) => {
        const faulty = cloneDoc(doc);
        (faulty.bodies[a % faulty.bodies.length] as BodyDoc).parent = '\u0000missing';
        const reversed = { ...faulty, bodies: [...faulty.bodies].reverse() };
        expect(issuesOf(reversed).map((i) => i.code)).toEqual(['missing-parent']);
      }),
    );
  });
});
