import type { Bilingual, Body, BodyId, RuleException, StateContext, StateRule, Verdict } from '@tinhgon/core';
import { bodiesWithConcurrentHead } from '../internal/concurrent-heads.js';
import { listOf, show } from '../internal/format.js';
import { groupLabels } from '../internal/labels.js';
import { perEvaluation } from '../internal/per-evaluation.js';
import { byCodeUnits, headOf, unitOf } from '../internal/structure.js';
import { PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { isInternalKind } from '../taxonomy/body-kinds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

/** How far up the tree a body is looked for among another's ancestors (as `unitOf` and `classCarrier`). */
const MAX_DEPTH = 64;

const byBodyId = (a: Body, b: Body): number => byCodeUnits(a.id, b.id);

/** The focal bodies (not units inside another body) by the admin unit they sit in (`''` for none). */
function focalBodiesByUnit(ctx: StateContext): Map<string, Body[]> {
  const byUnit = new Map<string, Body[]>();
  for (const body of ctx.allBodies()) {
    if (isInternalKind(body.kind)) continue;
    const unit = body.unit ?? unitOf(body, ctx) ?? '';
    const list = byUnit.get(unit);
    if (list === undefined) byUnit.set(unit, [body]);
    else list.push(body);
  }
  return byUnit;
}

/**
 * True when two of the bodies share a function group, whatever their level: the bodies of a unit of
 * which this is false overlap with nothing. Most units (villages) have two bodies with nothing in common.
 */
function mayOverlap(bodies: readonly Body[], groupsOf: GroupsOf): boolean {
  if (bodies.length < 2) return false;
  if (bodies.length === 2) return sharesAny(groupsOf(bodies[0] as Body), groupsOf(bodies[1] as Body));
  const seen = new Set<string>();
  for (const body of bodies) {
    for (const key of groupsOf(body)) {
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

/**
 * The focal-point groups of a state: focal bodies grouped by admin unit and level, groups in the order of
 * their `unit, level` (central bodies, with no unit, first), bodies in id order. Without `explain` only
 * groups that may hold an overlap are made: the others would yield only passes.
 */
function focalGroups(ctx: StateContext, groupsOf: GroupsOf): Body[][] {
  const byUnit = focalBodiesByUnit(ctx);
  const units: string[] = [];
  byUnit.forEach((bodies, unit) => {
    if (ctx.explain || mayOverlap(bodies, groupsOf)) units.push(unit);
  });
  const groups: Body[][] = [];
  // The default sort orders strings by UTF-16 code units, as byCodeUnits does, without a call per step.
  for (const unit of units.sort()) {
    const list = byUnit.get(unit) as Body[];
    if (list.length === 1) {
      groups.push(list);
      continue;
    }
    const level = (list[0] as Body).level;
    let oneLevel = true;
    for (const body of list) if (body.level !== level) oneLevel = false;
    if (oneLevel) {
      groups.push(list.sort(byBodyId));
      continue;
    }
    const byLevel = new Map<string, Body[]>();
    for (const body of list) {
      const group = byLevel.get(body.level);
      if (group === undefined) byLevel.set(body.level, [body]);
      else group.push(body);
    }
    for (const key of [...byLevel.keys()].sort()) groups.push((byLevel.get(key) as Body[]).sort(byBodyId));
  }
  return groups;
}

/** The function group of a tag: its family, or `tag:<id>` for a tag with none. */
const groupOfTag = (tag: string): string => VN_FUNCTION_CATALOGUE.family(tag) ?? `tag:${tag}`;

const NO_GROUPS: readonly string[] = Object.freeze([]);

/** A body's function groups, for one evaluation. */
type GroupsOf = (body: Body) => readonly string[];

/**
 * A body's function groups, distinct and sorted, worked out once per list of tags in an evaluation: bodies
 * with the same tags (every commune's mass organisations) share one frozen list.
 */
function groupsOfBodies(): GroupsOf {
  const known = new Map<string, readonly string[]>();
  return (body) => {
    const functions = body.functions;
    if (functions.length === 0) return NO_GROUPS;
    const key = functions.length === 1 ? (functions[0] as string) : functions.join('\u0000');
    let groups = known.get(key);
    if (groups === undefined) {
      groups = Object.freeze([...new Set(functions.map(groupOfTag))].sort());
      known.set(key, groups);
    }
    return groups;
  };
}

/** The groups two bodies share, sorted: what `sharedFunctionGroups` gives for their function lists. */
function sharedGroups(a: readonly string[], b: readonly string[]): readonly string[] {
  // Bodies with the same tags have the same frozen list, and share all of it.
  if (a === b) return a;
  return a.filter((key) => b.includes(key));
}

type Pair = readonly [i: number, j: number];

const NO_PAIRS: readonly Pair[] = Object.freeze([]);
const NONE: readonly number[] = Object.freeze([]);
const byIndices = (p: Pair, q: Pair): number => p[0] - q[0] || p[1] - q[1];

/** True when the two sorted lists of groups have one in common. */
function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  for (const key of a) if (b.includes(key)) return true;
  return false;
}

/** True when `high` is among the first {@link MAX_DEPTH} ancestors of `low`. */
function isAbove(ctx: StateContext, low: Body, high: BodyId): boolean {
  let parent = low.parent;
  for (let guard = 0; parent !== null && guard < MAX_DEPTH; guard += 1) {
    if (parent === high) return true;
    parent = ctx.body(parent)?.parent ?? null;
  }
  return false;
}

/** The members of a group (by index) among the first {@link MAX_DEPTH} ancestors of its member `i`. */
function membersAbove(
  ctx: StateContext,
  group: readonly Body[],
  i: number,
  position: ReadonlyMap<BodyId, number>,
): readonly number[] {
  let found = NONE;
  let parent = (group[i] as Body).parent;
  for (let guard = 0; parent !== null && guard < MAX_DEPTH; guard += 1) {
    const at = position.get(parent);
    if (at !== undefined) found = found === NONE ? [at] : [...found, at];
    parent = ctx.body(parent)?.parent ?? null;
  }
  return found;
}

/**
 * The overlapping pairs of one group as `[i, j]` with `i < j` (indices into the group, so in id order):
 * bodies that share a function group, unless one lies above the other within {@link MAX_DEPTH} steps.
 */
function overlappingPairs(
  ctx: StateContext,
  group: readonly Body[],
  keys: readonly (readonly string[])[],
): readonly Pair[] {
  if (group.length < 2) return NO_PAIRS;
  if (group.length === 2) {
    const [a, b] = group as [Body, Body];
    const overlap =
      sharesAny(keys[0] as readonly string[], keys[1] as readonly string[]) &&
      !isAbove(ctx, a, b.id) &&
      !isAbove(ctx, b, a.id);
    return overlap ? [[0, 1]] : NO_PAIRS;
  }
  const byKey = new Map<string, number[]>();
  let shared = false;
  let several = false;
  for (let i = 0; i < group.length; i += 1) {
    const own = keys[i] as readonly string[];
    if (own.length > 1) several = true;
    for (const key of own) {
      const members = byKey.get(key);
      if (members === undefined) byKey.set(key, [i]);
      else {
        members.push(i);
        shared = true;
      }
    }
  }
  if (!shared) return NO_PAIRS;
  const position = new Map<BodyId, number>();
  for (const [at, body] of group.entries()) position.set(body.id, at);
  const above: (readonly number[] | undefined)[] = new Array(group.length);
  // A pair can turn up under several groups only when both bodies have more than one.
  const seen = several ? new Set<number>() : undefined;
  const pairs: Pair[] = [];
  for (const members of byKey.values()) {
    for (let x = 0; x < members.length; x += 1) {
      const i = members[x] as number;
      for (let y = x + 1; y < members.length; y += 1) {
        const j = members[y] as number;
        if (seen !== undefined) {
          const pair = i * group.length + j;
          if (seen.has(pair)) continue;
          seen.add(pair);
        }
        const aboveI = above[i] ?? membersAbove(ctx, group, i, position);
        const aboveJ = above[j] ?? membersAbove(ctx, group, j, position);
        above[i] = aboveI;
        above[j] = aboveJ;
        if (aboveJ.includes(i) || aboveI.includes(j)) continue;
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort(byIndices);
}

const pass = (body: Body): Verdict => ({
  ok: true,
  body: body.id,
  values: { other: null, otherName: null, shared: [], level: body.level },
});

function* verdicts(ctx: StateContext): Iterable<Verdict> {
  const groupsOf = groupsOfBodies();
  for (const group of focalGroups(ctx, groupsOf)) {
    if (group.length === 1) {
      const body = group[0] as Body;
      if (ctx.explain && body.functions.length > 0) yield pass(body);
      continue;
    }
    const keys = group.map(groupsOf);
    const pairs = overlappingPairs(ctx, group, keys);
    for (const [i, j] of pairs) {
      const a = group[i] as Body;
      const b = group[j] as Body;
      yield {
        ok: false,
        body: a.id,
        subject: b.id,
        values: {
          other: b.id,
          otherName: b.name,
          shared: sharedGroups(keys[i] as readonly string[], keys[j] as readonly string[]),
          level: a.level,
        },
      };
    }
    // Passes are reported only with `explain`: without it, they are not built.
    if (!ctx.explain) continue;
    const overlapping = new Set<number>();
    for (const [i, j] of pairs) overlapping.add(i).add(j);
    for (const [i, body] of group.entries()) {
      if (!overlapping.has(i) && body.functions.length > 0) yield pass(body);
    }
  }
}

const HEADS = Symbol('heads');

/**
 * The holder of a body's head post, looked up once per body and evaluation, and only for bodies one of
 * whose heads heads another body too (no other pair can share a head).
 */
function headIn(ctx: StateContext, body: BodyId): string | undefined {
  if (!bodiesWithConcurrentHead(ctx).has(body)) return undefined;
  const heads = perEvaluation(ctx, HEADS, () => new Map<BodyId, string | undefined>());
  if (heads.has(body)) return heads.get(body);
  const head = headOf(ctx.state, body);
  heads.set(body, head);
  return head;
}

/** Two overlapping bodies under one head (a pilot concurrent appointment) are already led as one. */
const sharedHead: RuleException<StateContext> = {
  id: 'vn.r7.shared-head',
  title: { vi: 'Cùng một người đứng đầu (kiêm nhiệm)', en: 'One head for both (concurrent appointment)' },
  basis: { ...PLAN_000, article: 'Mục II.1.1–1.2', seed: seed('000', 'II.1.1–1.2') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const other = verdict.values.other;
    if (verdict.body === undefined || typeof other !== 'string') return undefined;
    const head = headIn(ctx, verdict.body);
    if (head === undefined || head !== headIn(ctx, other)) return undefined;
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
