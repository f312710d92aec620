import type {
  Bilingual,
  Body,
  BodyId,
  OrgState,
  RuleException,
  StateContext,
  StateRule,
  Verdict,
} from '@tinhgon/core';
import { bodiesWithConcurrentHead } from '../internal/concurrent-heads.js';
import { listOf, show } from '../internal/format.js';
import { groupLabels, levelLabel } from '../internal/labels.js';
import { perEvaluation } from '../internal/per-evaluation.js';
import { sortShort } from '../internal/short-sort.js';
import { byCodeUnits, headOf, unitOf } from '../internal/structure.js';
import { type UnitKeyRun, type UnitStretches, unitKeyRuns } from '../internal/unit-key-runs.js';
import { PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { isInternalKind } from '../taxonomy/body-kinds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

/** How far up the tree a body is looked for among another's ancestors (as `unitOf` and `classCarrier`). */
const MAX_DEPTH = 64;

const byBodyId = (a: Body, b: Body): number => byCodeUnits(a.id, b.id);
const byGroup = (a: Carriers, b: Carriers): number => byCodeUnits(a.group, b.group);

/** The function group of a tag: its family, or `tag:<id>` for a tag with none. */
const groupOfTag = (tag: string): string => VN_FUNCTION_CATALOGUE.family(tag) ?? `tag:${tag}`;

/** A function group, as one evaluation numbers them: its key and a small number. */
interface Group {
  readonly key: string;
  readonly id: number;
}

/** The function groups of tags, numbered 0, 1, … for one evaluation: each tag is looked up once. */
class GroupNumbering {
  /** By number. */
  readonly groups: Group[] = [];
  readonly #byTag = new Map<string, Group>();
  readonly #byKey = new Map<string, Group>();

  of(tag: string): Group {
    let group = this.#byTag.get(tag);
    if (group === undefined) {
      const key = groupOfTag(tag);
      group = this.#byKey.get(key);
      if (group === undefined) {
        group = { key, id: this.groups.length };
        this.groups.push(group);
        this.#byKey.set(key, group);
      }
      this.#byTag.set(tag, group);
    }
    return group;
  }
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
 * One item per focal body and function group it carries, in the order of `all`: the body (its index in
 * `all`) and its key, which numbers its level and group together (`pairs[key]`); the items are cut into
 * stretches of one admin unit as they come.
 */
interface FocalItems {
  readonly bodies: Int32Array;
  readonly keys: Int32Array;
  readonly stretches: UnitStretches;
  readonly pairs: readonly FocalPair[];
}

/** A level and a function group, numbered together as an item's key. */
interface FocalPair {
  readonly level: string;
  readonly group: Group;
}

/**
 * The items of the focal bodies: those with functions that are not units inside another body (divisions,
 * sub-departments); a body with no unit sits in its nearest ancestor's (`''` for none). A body whose tags
 * share a family carries that group once. Numbers go in typed arrays, grown as needed (most bodies carry
 * one group). One pass over the bodies does all that is done per body.
 */
function focalItems(all: readonly Body[], state: OrgState, numbering: GroupNumbering): FocalItems {
  let capacity = all.length + (all.length >> 2) + 16;
  let bodies = new Int32Array(capacity);
  let keys = new Int32Array(capacity);
  const starts: number[] = [];
  const units: string[] = [];
  const pairs: FocalPair[] = [];
  // The key of each (level, group) pair, by level then group number.
  const keysByLevel: number[][] = [];
  const levels: string[] = [];
  let count = 0;
  let unit: string | undefined;
  let level = '';
  let levelKeys: number[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const body = all[index] as Body;
    const functions = body.functions;
    const tags = functions.length;
    if (tags === 0 || isInternalKind(body.kind)) continue;
    const bodyUnit = body.unit ?? unitOf(body, state) ?? '';
    if (bodyUnit !== unit) {
      unit = bodyUnit;
      starts.push(count);
      units.push(unit);
    }
    if (body.level !== level) {
      level = body.level;
      const known = levels.indexOf(level);
      if (known === -1) {
        levels.push(level);
        levelKeys = [];
        keysByLevel.push(levelKeys);
      } else levelKeys = keysByLevel[known] as number[];
    }
    const first = count;
    for (let t = 0; t < tags; t += 1) {
      const group = numbering.of(functions[t] as string);
      let key = levelKeys[group.id];
      if (key === undefined) {
        key = pairs.push({ level, group }) - 1;
        levelKeys[group.id] = key;
      }
      // A body whose tags share a family carries that group once: its items so far are the last ones.
      let again = false;
      for (let j = first; j < count && !again; j += 1) again = keys[j] === key;
      if (again) continue;
      if (count === capacity) {
        capacity *= 2;
        bodies = grown(bodies, capacity);
        keys = grown(keys, capacity);
      }
      bodies[count] = index;
      keys[count] = key;
      count += 1;
    }
  }
  return { bodies, keys, stretches: { count, starts, units }, pairs };
}

function grown(from: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(capacity);
  to.set(from);
  return to;
}

/**
 * The carriers of every function group shared by two focal bodies or more of one admin unit and level,
 * by unit then level (in code-unit order).
 *
 * A national state has some 300,000 focal bodies in 100,000 units, and some fifteen thousand of its (unit,
 * level, group) triples have two bodies or more. Levels and groups are few, so each (level, group) pair
 * is numbered and the triples are grouped with {@link unitKeyRuns}, which takes the bodies unit by unit
 * as the state lists them, rather than with a map of every unit or a hash of every body's unit.
 */
function sharedGroups(ctx: StateContext): FocalGroup[] {
  const all = ctx.allBodies();
  const items = focalItems(all, ctx.state, new GroupNumbering());
  const runs = unitKeyRuns(items.stretches, items.keys, items.pairs.length);
  return focalGroups(runs, items, all);
}

/** The runs of items of one unit and key, as the carriers of each unit and level, sorted. */
function focalGroups(runs: readonly UnitKeyRun[], items: FocalItems, all: readonly Body[]): FocalGroup[] {
  const out: FocalGroup[] = [];
  // The runs of one unit come together, and its focal groups (one per level) are `out[ofUnit]` on.
  let ofUnit = 0;
  for (const run of runs) {
    const pair = items.pairs[items.keys[run.items[0] as number] as number] as FocalPair;
    if (ofUnit < out.length && (out[ofUnit] as FocalGroup).unit !== run.unit) ofUnit = out.length;
    let focal: FocalGroup | undefined;
    for (let k = ofUnit; k < out.length && focal === undefined; k += 1) {
      if ((out[k] as FocalGroup).level === pair.level) focal = out[k];
    }
    if (focal === undefined) {
      focal = { unit: run.unit, level: pair.level, carriers: [] };
      out.push(focal);
    }
    const bodies: Body[] = new Array(run.items.length);
    for (let k = 0; k < bodies.length; k += 1)
      bodies[k] = all[items.bodies[run.items[k] as number] as number] as Body;
    focal.carriers.push({ group: pair.group.key, bodies: sortShort(bodies, byBodyId) });
  }
  // By unit, then level: as `unit \0 level` keys sort, `\0` coming before any character of a unit code.
  return out.sort((p, q) => byCodeUnits(p.unit, q.unit) || byCodeUnits(p.level, q.level));
}

/**
 * True when one of `carriers` (a few bodies) lies above `body` within {@link MAX_DEPTH} steps. The walk
 * stops at the first ancestor of another level: in a valid state a body's level is never above its
 * parent's, so no ancestor beyond it is of the carriers' level.
 */
function nestedIn(bodies: OrgState['bodies'], body: Body, carriers: readonly Body[]): boolean {
  let parent = body.parent;
  for (let guard = 0; parent !== null && guard < MAX_DEPTH; guard += 1) {
    for (const carrier of carriers) if (carrier.id === parent) return true;
    const record = bodies.get(parent);
    if (record === undefined || record.level !== body.level) return false;
    parent = record.parent;
  }
  return false;
}

/** The carriers of one group that are not nested under another (`top`), and those that are. */
function splitNested(state: OrgState, carriers: readonly Body[]): { top: Body[]; nested: Body[] } {
  const bodies = state.bodies;
  const top: Body[] = [];
  const nested: Body[] = [];
  for (const body of carriers) (nestedIn(bodies, body, carriers) ? nested : top).push(body);
  return { top, nested };
}

/**
 * The clusters of one admin unit and level, by first member (id order) then first shared group. Of the
 * carriers of each function group, a body nested under another carrier is represented by it and left
 * out; what remains, if two bodies or more, is a cluster; groups that leave the same bodies make one.
 */
function clustersOf(state: OrgState, focal: FocalGroup): Cluster[] {
  const carriers = focal.carriers;
  if (carriers.length === 1) {
    // Most units and levels share one group: one cluster at most, nothing to merge or order.
    const { group, bodies } = carriers[0] as Carriers;
    const { top, nested } = splitNested(state, bodies);
    return top.length < 2 ? [] : [{ members: top, shared: [group], covered: nested }];
  }
  const clusters = new Map<string, Cluster>();
  for (const { group, bodies } of sortShort(carriers, byGroup)) {
    const { top, nested } = splitNested(state, bodies);
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

const whereOf = (state: OrgState, unit: string): Where => ({
  unit: unit === '' ? null : unit,
  unitName: unit === '' ? null : (state.units.get(unit)?.name ?? unit),
});

const pass = (body: Body, where: Where): Verdict => ({
  ok: true,
  body: body.id,
  values: { bodyName: body.name, members: [], memberNames: [], shared: [], level: body.level, ...where },
});

function fail(cluster: Cluster, where: Where): Verdict {
  const members = cluster.members;
  const head = members[0] as Body;
  const others: string[] = new Array(members.length - 1);
  const names: string[] = new Array(members.length - 1);
  for (let k = 1; k < members.length; k += 1) {
    others[k - 1] = (members[k] as Body).id;
    names[k - 1] = (members[k] as Body).name;
  }
  return {
    ok: false,
    body: head.id,
    subject: cluster.shared[0] as string,
    values: {
      bodyName: head.name,
      members: others,
      memberNames: names,
      shared: cluster.shared,
      level: head.level,
      unit: where.unit,
      unitName: where.unitName,
    },
  };
}

/**
 * The clusters of the state, by admin unit (`''`, central bodies with no unit, first) and level; with
 * `explain`, each unit and level's clusters are followed by a pass for each of its focal bodies with
 * functions that no cluster covers.
 */
function verdicts(ctx: StateContext): Iterable<Verdict> {
  const shared = sharedGroups(ctx);
  return ctx.explain ? explained(ctx, shared) : fails(ctx.state, shared);
}

/**
 * The fails alone, in a list. The rule context is not read here: it is made afresh for each evaluation,
 * and code that reads it per cluster would be thrown away and optimized again on every evaluation.
 */
function fails(state: OrgState, shared: readonly FocalGroup[]): Verdict[] {
  const out: Verdict[] = [];
  for (const focal of shared) {
    const clusters = clustersOf(state, focal);
    if (clusters.length === 0) continue;
    const where = whereOf(state, focal.unit);
    for (const cluster of clusters) out.push(fail(cluster, where));
  }
  return out;
}

/** The fails and, after those of each unit and level, the passes. */
function* explained(ctx: StateContext, shared: readonly FocalGroup[]): Iterable<Verdict> {
  const byKey = new Map(shared.map((focal) => [`${focal.unit}\u0000${focal.level}`, focal]));
  const all = focalBodies(ctx);
  // The default sort orders strings by UTF-16 code units, as byCodeUnits does; `\0` sorts before any
  // character of a unit code, so the keys sort by unit, then level.
  for (const key of [...all.keys()].sort()) {
    const bodies = all.get(key) as Body[];
    const where = whereOf(ctx.state, key.slice(0, key.lastIndexOf('\u0000')));
    const focal = byKey.get(key);
    const clusters = focal === undefined ? [] : clustersOf(ctx.state, focal);
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
 * The holder of each body's head post, looked up once per body and evaluation, and only for bodies one
 * of whose heads heads another body too (no other pair can share a head).
 */
class HeadsOfBodies {
  readonly #state: OrgState;
  readonly #candidates: ReadonlySet<BodyId>;
  readonly #heads = new Map<BodyId, string | undefined>();

  constructor(ctx: StateContext) {
    this.#state = ctx.state;
    this.#candidates = bodiesWithConcurrentHead(ctx);
  }

  of(body: BodyId): string | undefined {
    if (!this.#candidates.has(body)) return undefined;
    if (this.#heads.has(body)) return this.#heads.get(body);
    const head = headOf(this.#state, body);
    this.#heads.set(body, head);
    return head;
  }
}

const headsOfBodies = (ctx: StateContext): HeadsOfBodies => new HeadsOfBodies(ctx);

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
    const heads = perEvaluation(ctx, HEADS, headsOfBodies);
    const head = heads.of(verdict.body);
    if (head === undefined) return undefined;
    for (const member of members) if (heads.of(member) !== head) return undefined;
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
const namesOf = (v: Verdict): string => {
  let text = show(v, 'bodyName');
  for (const name of listOf(v, 'memberNames')) text += `, ${name}`;
  return text;
};

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
