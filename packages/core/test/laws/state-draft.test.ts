import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../../src/model/admin-unit.js';
import type { Body } from '../../src/model/body.js';
import type { Post } from '../../src/model/post.js';
import type { Relation } from '../../src/model/relation.js';
import type { OrgState } from '../../src/state/org-state.js';
import { StateDraft } from '../../src/state/state-draft.js';
import { stringifyState } from '../../src/state/state-json.js';
import { arbOrgState } from '../support/arbitraries.js';
import { indexMismatches } from '../support/state-checks.js';

// Small id pools, so that writes collide, re-parent and re-hold often. Prototype-member names included.
const BODY_IDS = ['a', 'b', 'c', 'd', '__proto__', 'constructor'] as const;
const PERSON_IDS = ['p', 'q', 'toString'] as const;
const UNIT_CODES = ['01', '001', 'constructor'] as const;

interface Model {
  bodies: Map<string, Body>;
  posts: Map<string, Post>;
  relations: Map<string, Relation>;
  units: Map<string, AdminUnit>;
}
interface Real {
  draft: StateDraft;
}

const ids = (values: Iterable<string>) => [...values].sort();
const where = <T>(map: Map<string, T>, test: (value: T) => boolean) =>
  ids([...map].filter(([, value]) => test(value)).map(([key]) => key));

/** Every index read the draft offers agrees with the model's entities. */
function agree(model: Model, draft: StateDraft): void {
  for (const id of [...BODY_IDS, ...PERSON_IDS, ...UNIT_CODES, ...model.bodies.keys()]) {
    expect(ids(draft.children(id))).toEqual(where(model.bodies, (b) => b.parent === id));
    expect(ids(draft.postsOf(id))).toEqual(where(model.posts, (p) => p.body === id));
    expect(ids(draft.postsHeldBy(id))).toEqual(where(model.posts, (p) => p.holder === id));
    expect(ids(draft.relationsOf(id))).toEqual(where(model.relations, (r) => r.from === id || r.to === id));
    expect(ids(draft.bodiesIn(id))).toEqual(where(model.bodies, (b) => b.unit === id));
    expect(ids(draft.unitChildren(id))).toEqual(where(model.units, (u) => u.parent === id));
    expect(draft.body(id)).toBe(model.bodies.get(id));
    expect(draft.post(id)).toBe(model.posts.get(id));
    expect(draft.relation(id)).toBe(model.relations.get(id));
    expect(draft.unit(id)).toBe(model.units.get(id));
  }
}

class Write implements fc.Command<Model, Real> {
  constructor(
    readonly label: string,
    readonly apply: (model: Model, draft: StateDraft) => void,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    this.apply(model, real.draft);
    agree(model, real.draft);
  }
  toString(): string {
    return this.label;
  }
}

const arbBodyId = fc.constantFrom(...BODY_IDS);
const arbCommand: fc.Arbitrary<fc.Command<Model, Real>> = fc.oneof(
  fc
    .record({
      id: arbBodyId,
      parent: fc.option(arbBodyId, { nil: null }),
      unit: fc.option(fc.constantFrom(...UNIT_CODES), { nil: undefined }),
      quota: fc.nat(9),
    })
    .map(({ id, parent, unit, quota }) => {
      const body: Body = Object.freeze({
        id,
        name: id,
        kind: 'k',
        sector: 's',
        level: 'district' as const,
        ...(unit === undefined ? {} : { unit }),
        parent,
        functions: Object.freeze([]),
        quota,
        actual: quota,
      });
      return new Write(`putBody(${id} ← ${parent}, unit ${unit})`, (m, d) => {
        m.bodies.set(id, body);
        d.putBody(body);
      });
    }),
  arbBodyId.map(
    (id) =>
      new Write(`removeBody(${id})`, (m, d) => {
        m.bodies.delete(id);
        d.removeBody(id);
      }),
  ),
  fc
    .record({
      id: fc.constantFrom('x', 'y', 'z', 'valueOf'),
      body: arbBodyId,
      holder: fc.option(fc.constantFrom(...PERSON_IDS), { nil: null }),
    })
    .map(({ id, body, holder }) => {
      const post: Post = Object.freeze({ id, body, role: 'member' as const, holder });
      return new Write(`putPost(${id} in ${body} by ${holder})`, (m, d) => {
        m.posts.set(id, post);
        d.putPost(post);
      });
    }),
  fc.constantFrom('x', 'y', 'z', 'valueOf').map(
    (id) =>
      new Write(`removePost(${id})`, (m, d) => {
        m.posts.delete(id);
        d.removePost(id);
      }),
  ),
  fc
    .record({ id: fc.constantFrom('r', 's', '__proto__'), from: arbBodyId, to: arbBodyId })
    .filter(({ from, to }) => from !== to)
    .map(({ id, from, to }) => {
      const relation: Relation = Object.freeze({ id, kind: 'leads' as const, from, to });
      return new Write(`putRelation(${id}: ${from} → ${to})`, (m, d) => {
        m.relations.set(id, relation);
        d.putRelation(relation);
      });
    }),
  fc.constantFrom('r', 's', '__proto__').map(
    (id) =>
      new Write(`removeRelation(${id})`, (m, d) => {
        m.relations.delete(id);
        d.removeRelation(id);
      }),
  ),
  fc
    .record({
      code: fc.constantFrom(...UNIT_CODES),
      parent: fc.option(fc.constantFrom(...UNIT_CODES), { nil: null }),
    })
    .map(({ code, parent }) => {
      const unit: AdminUnit = Object.freeze({ code, name: code, level: 'district' as const, parent });
      return new Write(`putUnit(${code} in ${parent})`, (m, d) => {
        m.units.set(code, unit);
        d.putUnit(unit);
      });
    }),
  fc.constantFrom(...UNIT_CODES).map(
    (code) =>
      new Write(`removeUnit(${code})`, (m, d) => {
        m.units.delete(code);
        d.removeUnit(code);
      }),
  ),
);

function modelOf(state: OrgState): Model {
  return {
    bodies: new Map(state.bodies),
    posts: new Map(state.posts),
    relations: new Map(state.relations),
    units: new Map(state.units),
  };
}

describe('StateDraft against a model', () => {
  it('keeps every index in step with the entities through any sequence of writes, and never touches the base', () => {
    fc.assert(
      fc.property(
        arbOrgState({ maxBodies: 6, maxUnits: 3 }),
        fc.commands([arbCommand], { maxCommands: 40 }),
        (base, commands) => {
          const before = stringifyState(base);
          const draft = new StateDraft(base);
          fc.modelRun(() => ({ model: modelOf(base), real: { draft } }), commands);
          const after = draft.finish();
          expect(indexMismatches(after)).toEqual([]);
          expect(stringifyState(base)).toBe(before);
          expect(indexMismatches(base)).toEqual([]);
        },
      ),
    );
  });
});
