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
import { sharedFunctionGroups } from '../../src/taxonomy/function-catalogue.js';

// R6 (concurrent heads) and R7 (overlapping functions) judge groups of bodies. The rules index and cache
// to stay fast on national states; these references are the plain definitions, pair by pair for R6 and
// cluster by cluster for R7, that they must agree with finding for finding, passes and exceptions included.

/**
 * R7 by definition: focal bodies by admin unit and level; for each function group (family, or `tag:<id>`)
 * the bodies that carry it, less those under another that does (within 64 steps); two or more left make a
 * cluster, one finding on the first with the others listed; groups leaving the same bodies make one.
 */
function* overlapsByDefinition(ctx: StateContext): Iterable<Verdict> {
  const above = (low: Body, high: string) => {
    let parent = low.parent;
    for (let guard = 0; parent !== null && guard < 64; guard += 1) {
      if (parent === high) return true;
      parent = ctx.state.bodies.get(parent)?.parent ?? null;
    }
    return false;
  };
  const groupsOf = (body: Body) => sharedFunctionGroups(body.functions, body.functions);
  const groups = new Map<string, Body[]>();
  for (const body of ctx.state.bodies.values()) {
    if (isInternalKind(body.kind)) continue;
    const key = `${unitOf(body, ctx.state) ?? ''}\u0000${body.level}`;
    groups.set(key, [...(groups.get(key) ?? []), body]);
  }
  for (const key of [...groups.keys()].sort(byCodeUnits)) {
    const group = (groups.get(key) as Body[]).sort((a, b) => byCodeUnits(a.id, b.id));
    const unit = unitOf(group[0] as Body, ctx.state) ?? null;
    const where = { unit, unitName: unit === null ? null : (ctx.state.units.get(unit)?.name ?? unit) };
    const clusters: { members: Body[]; shared: string[] }[] = [];
    const covered = new Set<string>();
    for (const shared of [...new Set(group.flatMap(groupsOf))].sort(byCodeUnits)) {
      const carriers = group.filter((body) => groupsOf(body).includes(shared));
      const members = carriers.filter((body) => !carriers.some((other) => above(body, other.id)));
      if (members.length < 2) continue;
      for (const body of carriers) covered.add(body.id);
      const same = clusters.find(
        (c) => c.members.map((b) => b.id).join() === members.map((b) => b.id).join(),
      );
      if (same === undefined) clusters.push({ members, shared: [shared] });
      else same.shared.push(shared);
    }
    clusters.sort(
      (p, q) =>
        byCodeUnits((p.members[0] as Body).id, (q.members[0] as Body).id) ||
        byCodeUnits(p.shared[0] as string, q.shared[0] as string),
    );
    for (const { members, shared } of clusters) {
      const [first, ...rest] = members as [Body, ...Body[]];
      yield {
        ok: false,
        body: first.id,
        subject: shared[0] as string,
        values: {
          bodyName: first.name,
          members: rest.map((b) => b.id),
          memberNames: rest.map((b) => b.name),
          shared,
          level: first.level,
          ...where,
        },
      };
    }
    for (const body of group) {
      if (covered.has(body.id) || body.functions.length === 0) continue;
      yield {
        ok: true,
        body: body.id,
        values: {
          bodyName: body.name,
          members: [],
          memberNames: [],
          shared: [],
          level: body.level,
          ...where,
        },
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
        const members = [verdict.body as string, ...(verdict.values.members as readonly string[])];
        const heads = new Set(members.map((id) => headOf(ctx.state, id)));
        const head = headOf(ctx.state, members[0] as string);
        if (head === undefined || heads.size !== 1) return undefined;
        const name = ctx.state.persons.get(head)?.name ?? head;
        return members.length === 2
          ? { vi: `${name} đứng đầu cả hai cơ quan`, en: `${name} heads both bodies` }
          : {
              vi: `${name} đứng đầu cả ${members.length} cơ quan`,
              en: `${name} heads all ${members.length} bodies`,
            };
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

describe('R6 and R7 agree with their definitions', () => {
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
    // Clusters of three bodies or more (a district's propaganda committee, culture office and political
    // centre) are one finding each.
    expect(overlaps.some((f) => (f.values.members as readonly string[]).length >= 2)).toBe(true);
    agree(state);
  });
});
