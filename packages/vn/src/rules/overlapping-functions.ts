import type {
  Bilingual,
  Body,
  OrgState,
  RuleException,
  StateContext,
  StateRule,
  Verdict,
} from '@tinhgon/core';
import { listOf, show } from '../internal/format.js';
import { groupLabels } from '../internal/labels.js';
import { byCodeUnits, headOf, unitOf } from '../internal/structure.js';
import { PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { isInternalKind } from '../taxonomy/body-kinds.js';
import { sharedFunctionGroups, VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

/** True when one body lies above the other in the tree. */
function related(state: OrgState, a: Body, b: Body): boolean {
  const above = (low: Body, high: string) => {
    let parent = low.parent;
    for (let guard = 0; parent !== null && guard < 64; guard += 1) {
      if (parent === high) return true;
      parent = state.bodies.get(parent)?.parent ?? null;
    }
    return false;
  };
  return above(a, b.id) || above(b, a.id);
}

/** Bodies that are focal points (not units inside another body), grouped by admin unit and level. */
function focalGroups(state: OrgState): Body[][] {
  const groups = new Map<string, Body[]>();
  for (const body of state.bodies.values()) {
    if (isInternalKind(body.kind)) continue;
    const key = `${unitOf(body, state) ?? ''}\u0000${body.level}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [body]);
    else group.push(body);
  }
  return [...groups.keys()]
    .sort(byCodeUnits)
    .map((key) => (groups.get(key) as Body[]).sort((a, b) => byCodeUnits(a.id, b.id)));
}

function* verdicts(ctx: StateContext): Iterable<Verdict> {
  for (const group of focalGroups(ctx.state)) {
    // Index the group by function family (a tag with no family is its own group), then pair within each.
    const byFamily = new Map<string, Set<Body>>();
    for (const body of group) {
      for (const tag of new Set(body.functions)) {
        const key = VN_FUNCTION_CATALOGUE.family(tag) ?? `tag:${tag}`;
        const members = byFamily.get(key) ?? new Set<Body>();
        members.add(body);
        byFamily.set(key, members);
      }
    }
    const seen = new Set<string>();
    const overlapping = new Set<string>();
    const pairs: [Body, Body][] = [];
    for (const members of byFamily.values()) {
      const list = [...members];
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) {
          const [a, b] = [list[i] as Body, list[j] as Body].sort((x, y) => byCodeUnits(x.id, y.id)) as [
            Body,
            Body,
          ];
          const key = `${a.id}\u0000${b.id}`;
          if (seen.has(key) || related(ctx.state, a, b)) continue;
          seen.add(key);
          pairs.push([a, b]);
        }
      }
    }
    pairs.sort(([a1, b1], [a2, b2]) => byCodeUnits(a1.id, a2.id) || byCodeUnits(b1.id, b2.id));
    for (const [a, b] of pairs) {
      overlapping.add(a.id);
      overlapping.add(b.id);
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

/** Two overlapping bodies under one head (a pilot concurrent appointment) are already led as one. */
const sharedHead: RuleException<StateContext> = {
  id: 'vn.r7.shared-head',
  title: { vi: 'Cùng một người đứng đầu (kiêm nhiệm)', en: 'One head for both (concurrent appointment)' },
  basis: { ...PLAN_000, article: 'Mục II.1.1–1.2', seed: seed('000', 'II.1.1–1.2') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const other = verdict.values.other;
    if (verdict.body === undefined || typeof other !== 'string') return undefined;
    const head = headOf(ctx.state, verdict.body);
    if (head === undefined || head !== headOf(ctx.state, other)) return undefined;
    const name = ctx.state.persons.get(head)?.name ?? head;
    return { vi: `${name} đứng đầu cả hai cơ quan`, en: `${name} heads both bodies` };
  },
};

/**
 * R7: avoid overlapping functions and duplicated responsibilities (tránh chồng chéo, trùng lặp chức năng,
 * nhiệm vụ; seed 000 I.2, 004 II.1, and 004 III.6 on party inspection against state inspection). Two focal
 * bodies in the same admin unit and level overlap when their functions share a family of the catalogue or
 * a tag; a body and the bodies inside it do not. Units inside a body (divisions, sub-departments) are left
 * to R1 and R2. A pair under one head is excepted (`vn.r7.shared-head`).
 *
 * Advisory, confidence medium: the seeds ask that overlap be avoided but name no test, and overlap beyond
 * the pairs they list is inferred from our catalogue; appraisal reports it without rejecting a scheme.
 */
export const overlappingFunctions: StateRule = {
  type: 'state',
  id: 'vn.r7.overlapping-functions',
  title: {
    vi: 'Tránh chồng chéo chức năng, nhiệm vụ giữa các cơ quan',
    en: 'No overlapping functions between bodies',
  },
  basis: [
    { ...PLAN_000, article: 'Mục I.2', seed: seed('000', 'I.2') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.1, B.III.6', seed: seed('004', 'II.1, III.6') },
    RESOLUTION_18,
  ],
  inForce: { from: '2017-10-25' },
  severity: 'advisory',
  confidence: 'medium',
  checkState: verdicts,
  exceptions: [sharedHead],
  messages: {
    vi: (v) =>
      v.ok
        ? `Không trùng chức năng với cơ quan cùng cấp, cùng địa bàn`
        : `Chồng chéo chức năng với ${show(v, 'otherName')} (cùng cấp, cùng địa bàn; ${groupLabels(listOf(v, 'shared'), 'vi')})`,
    en: (v) =>
      v.ok
        ? `No function shared with a body of the same level and admin unit`
        : `Functions overlap with ${show(v, 'otherName')} (same level and admin unit; ${groupLabels(listOf(v, 'shared'), 'en')})`,
  },
};
