import {
  type Body,
  checkState,
  type OrgState,
  type RuleException,
  type StateContext,
  type StateRule,
  type Verdict,
} from '@tinhgon/core';
import { arbOrgState } from '@tinhgon/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNationalState, VN_PARAMETERS } from '../../src/index.js';
import { byCodeUnits, headOf, unitOf } from '../../src/internal/structure.js';
import { concurrentAppointment } from '../../src/rules/concurrent-appointment.js';
import { overlappingFunctions } from '../../src/rules/overlapping-functions.js';
import { pairProblems } from '../../src/rules/pair-problems.js';
import { isInternalKind } from '../../src/taxonomy/body-kinds.js';
import { sharedFunctionGroups, VN_FUNCTION_CATALOGUE } from '../../src/taxonomy/function-catalogue.js';

// R6 (concurrent heads) and R7 (overlapping functions) judge pairs of bodies. The rules index and cache
// to stay fast on national states; these references are the plain definitions, pair by pair, that they
// must agree with finding for finding, passes and exceptions included.

/** R7 by definition: focal bodies by admin unit and level; pairs sharing a family or tag, not one above the other. */
function* overlapsByDefinition(ctx: StateContext): Iterable<Verdict> {
  const above = (low: Body, high: string) => {
    let parent = low.parent;
    for (let guard = 0; parent !== null && guard < 64; guard += 1) {
      if (parent === high) return true;
      parent = ctx.state.bodies.get(parent)?.parent ?? null;
    }
    return false;
  };
  const groups = new Map<string, Body[]>();
  for (const body of ctx.state.bodies.values()) {
    if (isInternalKind(body.kind)) continue;
    const key = `${unitOf(body, ctx.state) ?? ''}\u0000${body.level}`;
    groups.set(key, [...(groups.get(key) ?? []), body]);
  }
  for (const key of [...groups.keys()].sort(byCodeUnits)) {
    const group = (groups.get(key) as Body[]).sort((a, b) => byCodeUnits(a.id, b.id));
    const overlapping = new Set<string>();
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        const similar = VN_FUNCTION_CATALOGUE.similar(a.functions, b.functions);
        if (!similar || above(a, b.id) || above(b, a.id)) continue;
        overlapping.add(a.id).add(b.id);
        yield {
          ok: false,
          body: a.id,
          subject: b.id,
          values: {
            other: b.id,
            otherName: b.name,
            shared: sharedFunctionGroups(a.functions, b.functions),
            level: a.level,
          },
        };
      }
    }
    for (const body of group) {
      if (overlapping.has(body.id) || body.functions.length === 0) continue;
      yield {
        ok: true,
        body: body.id,
        values: { other: null, otherName: null, shared: [], level: body.level },
      };
    }
  }
}

const sharedHead = overlappingFunctions.exceptions?.[0] as RuleException<StateContext>;

const r7ByDefinition: StateRule = {
  ...overlappingFunctions,
  checkState: overlapsByDefinition,
  exceptions: [
    {
      ...sharedHead,
      applies: (verdict, ctx) => {
        const other = verdict.values.other;
        if (verdict.body === undefined || typeof other !== 'string') return undefined;
        const head = headOf(ctx.state, verdict.body);
        if (head === undefined || head !== headOf(ctx.state, other)) return undefined;
        const name = ctx.state.persons.get(head)?.name ?? head;
        return { vi: `${name} đứng đầu cả hai cơ quan`, en: `${name} heads both bodies` };
      },
    },
  ],
};

/** R6 by definition: every person, in id order; every pair of the bodies whose head post they hold. */
function* concurrentHeadsByDefinition(ctx: StateContext): Iterable<Verdict> {
  for (const person of [...ctx.state.persons.keys()].sort(byCodeUnits)) {
    const ids = new Set<string>();
    for (const id of ctx.state.index.postsByPerson.get(person) ?? []) {
      const post = ctx.state.posts.get(id);
      if (post?.role === 'head') ids.add(post.body);
    }
    const bodies = [...ids].sort(byCodeUnits).flatMap((id) => ctx.state.bodies.get(id) ?? []);
    for (const [i, a] of bodies.entries()) {
      for (const b of bodies.slice(i + 1)) {
        const { problems, shared } = pairProblems(a, b);
        yield {
          ok: problems.length === 0,
          body: a.id,
          subject: person,
          values: {
            person,
            personName: ctx.state.persons.get(person)?.name ?? person,
            bodyName: a.name,
            other: b.id,
            otherName: b.name,
            levels: [a.level, b.level],
            shared,
            problems,
          },
        };
      }
    }
  }
}

const r6ByDefinition: StateRule = { ...concurrentAppointment, checkState: concurrentHeadsByDefinition };

const judge = (state: OrgState, rule: StateRule, explain: boolean) =>
  JSON.stringify(checkState(state, [rule], { date: '2019-06-30', parameters: VN_PARAMETERS, explain }));

function agree(state: OrgState): void {
  for (const explain of [false, true]) {
    expect(judge(state, overlappingFunctions, explain)).toBe(judge(state, r7ByDefinition, explain));
    expect(judge(state, concurrentAppointment, explain)).toBe(judge(state, r6ByDefinition, explain));
  }
}

describe('R6 and R7 agree with their definitions, pair by pair', () => {
  it('on generated states', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 40, maxPersons: 12, maxPosts: 40, maxUnits: 4 }), (state) => {
        agree(state);
      }),
    );
  });

  it('on two provinces built from the templates, with findings to agree on', () => {
    const state = buildNationalState({ era: 'pre-2025', provinces: ['74', '67'] });
    const overlaps = checkState(state, [overlappingFunctions], {
      date: '2019-06-30',
      parameters: VN_PARAMETERS,
    });
    expect(overlaps.length).toBeGreaterThan(0);
    agree(state);
  });
});
