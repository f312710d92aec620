import type { Bilingual, Body, BodyId, RuleException, StateContext, StateRule, Verdict } from '@tinhgon/core';
import { bodiesWithConcurrentHead } from '../internal/concurrent-heads.js';
import { listOf, show } from '../internal/format.js';
import { equalKeyRuns, fnv1a } from '../internal/key-runs.js';
import { groupLabels, levelLabel } from '../internal/labels.js';
import { perEvaluation } from '../internal/per-evaluation.js';
import { byCodeUnits, headOf, unitOf } from '../internal/structure.js';
import { PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { isInternalKind } from '../taxonomy/body-kinds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

/** How far up the tree a body is looked for among another's ancestors (as `unitOf` and `classCarrier`). */
const MAX_DEPTH = 64;

const byBodyId = (a: Body, b: Body): number => byCodeUnits(a.id, b.id);

/** The function group of a tag: its family, or `tag:<id>` for a tag with none. */
const groupOfTag = (tag: string): string => VN_FUNCTION_CATALOGUE.family(tag) ?? `tag:${tag}`;

/** A function group, as one evaluation numbers them: its key and a small number for hashing. */
interface Group {
  readonly key: string;
  readonly id: number;
}

/** The function group of each tag, for one evaluation: every tag is looked up in the catalogue once. */
function groupsOfTags(): (tag: string) => Group {
  const byTag = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  return (tag) => {
    let group = byTag.get(tag);
    if (group === undefined) {
      const key = groupOfTag(tag);
      group = byKey.get(key);
      if (group === undefined) {
        group = { key, id: byKey.size + 1 };
        byKey.set(key, group);
      }
      byTag.set(tag, group);
    }
    return group;
  };
}

/** The focal bodies of one admin unit and level that carry one function group (two or more). */
interface Carriers {
  readonly group: string;
  /** In id order. */
  readonly bodies: Body[];
}

/**
 * A cluster: bodies of one admin unit and level (in id order) that share the function groups `shared`
 * (sorted), none nested in another; `covered` adds the carriers nested in them.
 */
interface Cluster {
  readonly members: readonly Body[];
  readonly shared: string[];
  readonly covered: Body[];
}

/** The carriers of the function groups that two focal bodies or more of one admin unit and level share. */
interface FocalGroup {
  readonly unit: string;
  readonly level: string;
  readonly carriers: Carriers[];
}

/**
 * The carriers of every function group shared by two focal bodies or more of one admin unit and level,
 * by `unit \0 level`. Focal bodies are those with functions that are not units inside another body
 * (divisions, sub-departments); a body with no unit sits in its nearest ancestor's (`''` for none).
 *
 * A national state has some 300,000 bodies in 100,000 units, and some ten thousand of its (unit,
 * level, group) triples have two bodies or more: the triples are grouped with {@link equalKeyRuns}, which
 * sorts their hashes, rather than with a map of every unit.
 */
function sharedGroups(ctx: StateContext): Map<string, FocalGroup> {
  const groupOf = groupsOfTags();
  const all = ctx.allBodies();
  // One item per body and function group it carries: the body (its index in `all`), the group and the
  // hash of unit, level and group, in typed arrays (no object per item).
  let capacity = all.length + 16;
  let hashes = new Uint32Array(capacity);
  let items = new Uint32Array(capacity);
  let groupIds = new Uint32Array(capacity);
  const groups: Group[] = [];
  // The units of the few bodies recorded without one (their nearest ancestor's).
  const inherited = new Map<number, string>();
  let count = 0;
  let own: Group[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const body = all[index] as Body;
    const functions = body.functions;
    if (functions.length === 0 || isInternalKind(body.kind)) continue;
    let unit = body.unit;
    if (unit === undefined) {
      unit = unitOf(body, ctx) ?? '';
      inherited.set(index, unit);
    }
    // Unit and level in one hash (a level is told by its length and second letter; a collision only
    // costs a comparison).
    const level = body.level;
    const at = Math.imul(fnv1a(unit) ^ (level.length << 16) ^ level.charCodeAt(1), 0x01000193);
    if (functions.length > 1) own = [];
    for (const tag of functions) {
      const group = groupOf(tag);
      if (functions.length > 1) {
        // A body whose tags share a family carries that group once.
        if (own.includes(group)) continue;
        own.push(group);
      }
      if (count === capacity) {
        capacity *= 2;
        const grow = (from: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
          const to = new Uint32Array(capacity);
          to.set(from);
          return to;
        };
        hashes = grow(hashes);
        items = grow(items);
        groupIds = grow(groupIds);
      }
      groups[group.id] = group;
      hashes[count] = Math.imul(at ^ group.id, 0x9e3779b1) >>> 0;
      items[count] = index;
      groupIds[count] = group.id;
      count += 1;
    }
  }
  const bodyAt = (item: number): Body => all[items[item] as number] as Body;
  const unitAt = (item: number): string => bodyAt(item).unit ?? inherited.get(items[item] as number) ?? '';
  const same = (i: number, j: number): boolean =>
    groupIds[i] === groupIds[j] && unitAt(i) === unitAt(j) && bodyAt(i).level === bodyAt(j).level;
  const out = new Map<string, FocalGroup>();
  for (const run of equalKeyRuns(count, hashes, same)) {
    const first = run[0] as number;
    const unit = unitAt(first);
    const level = bodyAt(first).level;
    const key = `${unit}\u0000${level}`;
    let focal = out.get(key);
    if (focal === undefined) {
      focal = { unit, level, carriers: [] };
      out.set(key, focal);
    }
    focal.carriers.push({
      group: (groups[groupIds[first] as number] as Group).key,
      bodies: run.map(bodyAt).sort(byBodyId),
    });
  }
  return out;
}

/**
 * True when one of `carriers` lies above `body` within {@link MAX_DEPTH} steps. The walk stops at the first
 * ancestor of another level: in a valid state a body's level is never above its parent's, so no ancestor
 * beyond it is of the carriers' level.
 */
function nestedIn(ctx: StateContext, body: Body, carriers: ReadonlySet<BodyId>): boolean {
  let parent = body.parent;
  for (let guard = 0; parent !== null && guard < MAX_DEPTH; guard += 1) {
    if (carriers.has(parent)) return true;
    const record = ctx.body(parent);
    if (record === undefined || record.level !== body.level) return false;
    parent = record.parent;
  }
  return false;
}

/**
 * The clusters of one admin unit and level, by first member (id order) then first shared group. Of the
 * carriers of each function group, a body nested under another carrier is represented by it and left
 * out; what remains, if two bodies or more, is a cluster; groups that leave the same bodies make one.
 */
function clustersOf(ctx: StateContext, focal: FocalGroup): Cluster[] {
  const clusters = new Map<string, Cluster>();
  for (const { group, bodies } of focal.carriers.sort((a, b) => byCodeUnits(a.group, b.group))) {
    const top: Body[] = [];
    const nested: Body[] = [];
    const ids = new Set(bodies.map((body) => body.id));
    for (const body of bodies) (nestedIn(ctx, body, ids) ? nested : top).push(body);
    if (top.length < 2) continue;
    const id = top.map((body) => body.id).join('\u0000');
    const known = clusters.get(id);
    if (known === undefined) clusters.set(id, { members: top, shared: [group], covered: nested });
    else {
      known.shared.push(group);
      known.covered.push(...nested);
    }
  }
  // Groups were taken in order, so each cluster's shared groups are sorted.
  return [...clusters.values()].sort(
    (p, q) =>
      byBodyId(p.members[0] as Body, q.members[0] as Body) ||
      byCodeUnits(p.shared[0] as string, q.shared[0] as string),
  );
}

/** Every focal body with functions, by `unit \0 level`, each list in id order (for `explain`). */
function focalBodies(ctx: StateContext): Map<string, Body[]> {
  const out = new Map<string, Body[]>();
  for (const body of ctx.allBodies()) {
    if (body.functions.length === 0 || isInternalKind(body.kind)) continue;
    const key = `${body.unit ?? unitOf(body, ctx) ?? ''}\u0000${body.level}`;
    const list = out.get(key);
    if (list === undefined) out.set(key, [body]);
    else list.push(body);
  }
  for (const list of out.values()) list.sort(byBodyId);
  return out;
}

type Where = { readonly unit: string | null; readonly unitName: string | null };

const whereOf = (ctx: StateContext, unit: string): Where => ({
  unit: unit === '' ? null : unit,
  unitName: unit === '' ? null : (ctx.state.units.get(unit)?.name ?? unit),
});

const pass = (body: Body, where: Where): Verdict => ({
  ok: true,
  body: body.id,
  values: { bodyName: body.name, members: [], memberNames: [], shared: [], level: body.level, ...where },
});

function fail(cluster: Cluster, where: Where): Verdict {
  const [head, ...rest] = cluster.members as [Body, ...Body[]];
  return {
    ok: false,
    body: head.id,
    subject: cluster.shared[0] as string,
    values: {
      bodyName: head.name,
      members: rest.map((body) => body.id),
      memberNames: rest.map((body) => body.name),
      shared: cluster.shared,
      level: head.level,
      ...where,
    },
  };
}

/**
 * The clusters of the state, by admin unit (`''`, central bodies with no unit, first) and level; with
 * `explain`, each unit and level's clusters are followed by a pass for each of its focal bodies with
 * functions that no cluster covers.
 */
function* verdicts(ctx: StateContext): Iterable<Verdict> {
  const shared = sharedGroups(ctx);
  // The default sort orders strings by UTF-16 code units, as byCodeUnits does; `\0` sorts before any
  // character of a unit code, so the keys sort by unit, then level.
  if (!ctx.explain) {
    for (const key of [...shared.keys()].sort()) {
      const focal = shared.get(key) as FocalGroup;
      const clusters = clustersOf(ctx, focal);
      if (clusters.length === 0) continue;
      const where = whereOf(ctx, focal.unit);
      for (const cluster of clusters) yield fail(cluster, where);
    }
    return;
  }
  const all = focalBodies(ctx);
  for (const key of [...all.keys()].sort()) {
    const bodies = all.get(key) as Body[];
    const where = whereOf(ctx, key.slice(0, key.lastIndexOf('\u0000')));
    const focal = shared.get(key);
    const clusters = focal === undefined ? [] : clustersOf(ctx, focal);
    const covered = new Set<Body>();
    for (const cluster of clusters) {
      yield fail(cluster, where);
      for (const body of cluster.members) covered.add(body);
      for (const body of cluster.covered) covered.add(body);
    }
    for (const body of bodies) if (!covered.has(body)) yield pass(body, where);
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

/**
 * Bodies under one head (a pilot concurrent appointment) are led as one: a cluster whose bodies all have
 * the same head counts as one body, and overlaps with nothing.
 */
const sharedHead: RuleException<StateContext> = {
  id: 'vn.r7.shared-head',
  title: { vi: 'Cùng một người đứng đầu (kiêm nhiệm)', en: 'One head for both (concurrent appointment)' },
  basis: { ...PLAN_000, article: 'Mục II.1.1–1.2', seed: seed('000', 'II.1.1–1.2') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const members = listOf(verdict, 'members');
    if (verdict.body === undefined || members.length === 0) return undefined;
    const head = headIn(ctx, verdict.body);
    if (head === undefined) return undefined;
    for (const member of members) if (headIn(ctx, member) !== head) return undefined;
    const name = ctx.state.persons.get(head)?.name ?? head;
    return members.length === 1
      ? { vi: `${name} đứng đầu cả hai cơ quan`, en: `${name} heads both bodies` }
      : {
          vi: `${name} đứng đầu cả ${members.length + 1} cơ quan`,
          en: `${name} heads all ${members.length + 1} bodies`,
        };
  },
};

/** `Ban Dân vận, Mặt trận Tổ quốc, Hội Nông dân`: the bodies of a cluster, first its own. */
const namesOf = (v: Verdict): string => [show(v, 'bodyName'), ...listOf(v, 'memberNames')].join(', ');

/**
 * R7: avoid overlapping functions and duplicated responsibilities (tránh chồng chéo, trùng lặp chức năng,
 * nhiệm vụ; seed 000 I.2, 004 II.1, and 004 III.6 on party inspection against state inspection). One
 * finding per cluster: the focal bodies of one admin unit and level whose functions share a family of the
 * catalogue or a tag (the group), a body nested under another of them being represented by it (a body and
 * the bodies inside it do not overlap). A cluster of two bodies or more is one fail on its first body (id
 * order), with the others (`members`, `memberNames`) and the groups (`shared`; `subject` is the first);
 * function groups that cluster the same bodies make one finding. Units inside a body (divisions,
 * sub-departments) are left to R1 and R2. Bodies under one head count as one: a cluster whose bodies all
 * have the same head is excepted (`vn.r7.shared-head`). With `explain`, every other focal body with
 * functions passes.
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
    vi: (v) => {
      if (v.ok) return 'Không trùng chức năng với cơ quan cùng cấp, cùng địa bàn';
      const where = v.values.unitName === null ? '' : `, địa bàn ${show(v, 'unitName')}`;
      return `${listOf(v, 'members').length + 1} cơ quan cùng cấp ${levelLabel(show(v, 'level'), 'vi')}${where} chồng chéo chức năng (${groupLabels(listOf(v, 'shared'), 'vi')}): ${namesOf(v)}`;
    },
    en: (v) => {
      if (v.ok) return 'No function shared with a body of the same level and admin unit';
      const where = v.values.unitName === null ? '' : ` in ${show(v, 'unitName')}`;
      return `${listOf(v, 'members').length + 1} bodies at ${levelLabel(show(v, 'level'), 'en')} level${where} have overlapping functions (${groupLabels(listOf(v, 'shared'), 'en')}): ${namesOf(v)}`;
    },
  },
};
