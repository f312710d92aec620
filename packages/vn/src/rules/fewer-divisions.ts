import type {
  Bilingual,
  BodyId,
  RuleException,
  TransitionContext,
  TransitionRule,
  Verdict,
} from '@tinhgon/core';
import { show } from '../internal/format.js';
import { nameOf } from '../internal/labels.js';
import { byCodeUnits, childrenOfKind } from '../internal/structure.js';
import { transitionRecords } from '../internal/transition-records.js';
import { UnionFind } from '../internal/union-find.js';
import { PLAN_43_KH_TU, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((item) => b.has(item));

/**
 * The division children of bodies in a state, as `parent>division` pairs. Looked up body by body (the
 * children index, then each child) when the bodies asked about are few; when they are many (a national
 * reform names most bodies), read from the state's bodies (one pass, shared by the transition rules),
 * which costs less than a lookup per child.
 */
function divisionPairsIn(
  ctx: TransitionContext,
  which: 'before' | 'after',
  parents: number,
): (parent: BodyId) => string[] {
  const state = ctx[which];
  if (parents * 8 < state.bodies.size) {
    return (parent) =>
      childrenOfKind(state, parent, ['division']).map((division) => `${parent}>${division.id}`);
  }
  const byParent = new Map<BodyId, string[]>();
  for (const body of transitionRecords(ctx).bodies(which)) {
    if (body.kind !== 'division' || body.parent === null) continue;
    const pair = `${body.parent}>${body.id}`;
    const list = byParent.get(body.parent);
    if (list === undefined) byParent.set(body.parent, [pair]);
    else list.push(pair);
  }
  return (parent) => byParent.get(parent) ?? [];
}

/**
 * The bodies whose divisions a change rearranged, grouped with the bodies they came from: a division that
 * moved links its old and new parent, and an ended body is linked to its successors. Each group is judged
 * as a whole: its divisions before against its divisions after. Only bodies the log names are looked at,
 * so the cost follows the size of the change, not of the state.
 */
function* groupsOf(ctx: TransitionContext): Iterable<Verdict> {
  const records = transitionRecords(ctx);
  const ended = records.ended;
  const links = new UnionFind();
  const parents = new Set<BodyId>();
  // An id named again adds the same parents and links: each is looked at once.
  const seen = new Set<BodyId>();
  const visit = (id: BodyId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    if (records.record(id)?.kind !== 'division') {
      parents.add(id);
      return;
    }
    const was = records.before(id)?.parent ?? ended.get(id)?.record.parent ?? null;
    const is = records.after(id)?.parent ?? null;
    for (const parent of [was, is]) if (parent !== null) parents.add(parent);
    if (was !== null && is !== null && was !== is) links.union(was, is);
  };
  for (const change of ctx.log) {
    for (const id of change.began) visit(id);
    for (const id of change.updated) visit(id);
    for (const gone of change.ended) visit(gone.id);
    for (const flow of change.flows) {
      if (flow.from !== null) visit(flow.from);
      if (flow.to !== null) visit(flow.to);
      for (const child of flow.children) visit(child);
    }
    for (const gone of change.ended) for (const next of gone.successors) links.union(gone.id, next);
  }
  const pairsBefore = divisionPairsIn(ctx, 'before', parents.size);
  const pairsAfter = divisionPairsIn(ctx, 'after', parents.size);
  for (const group of links.groups([...parents].sort(byCodeUnits))) {
    const was = new Set(group.flatMap(pairsBefore));
    const is = new Set(group.flatMap(pairsAfter));
    if (sameSet(was, is)) continue;
    const surviving = group.filter((id) => records.after(id) !== undefined);
    yield {
      ok: is.size < was.size,
      body: surviving[0] ?? (group[0] as BodyId),
      values: {
        before: was.size,
        after: is.size,
        bodies: surviving,
        names: surviving.map((id) => nameOf(id, ctx.after)),
        from: group.filter((id) => records.after(id) === undefined),
      },
      bound: { relation: '<', limit: was.size },
    };
  }
}

/**
 * The functions a body gained through absorption or consolidation in the log: for a body that existed
 * before, those that flowed in and it did not have; for a new body, those not common to all its sources.
 */
function gainedFunctions(ctx: TransitionContext, id: BodyId): { functions: string[]; from: string[] } {
  const bySource = new Map<BodyId, Set<string>>();
  for (const change of ctx.log) {
    for (const flow of change.flows) {
      if (flow.to !== id || flow.from === null) continue;
      if (flow.kind !== 'absorbed' && flow.kind !== 'consolidated') continue;
      const set = bySource.get(flow.from) ?? new Set<string>();
      for (const tag of flow.functions) set.add(tag);
      bySource.set(flow.from, set);
    }
  }
  if (bySource.size === 0) return { functions: [], from: [] };
  const incoming = new Set([...bySource.values()].flatMap((set) => [...set]));
  const previous = ctx.before.bodies.get(id);
  const had =
    previous !== undefined
      ? new Set(previous.functions)
      : new Set([...incoming].filter((tag) => [...bySource.values()].every((set) => set.has(tag))));
  return {
    functions: [...incoming].filter((tag) => !had.has(tag)).sort(),
    from: [...bySource.keys()].sort(),
  };
}

/** The exception of seed 002 I: a body given more functions by a merger may keep or add divisions. */
const mergerAddsFunctions: RuleException<TransitionContext> = {
  id: 'vn.r2.merger-adds-functions',
  title: {
    vi: 'Được bổ sung chức năng, nhiệm vụ do sáp nhập, hợp nhất',
    en: 'Functions added by a merger or consolidation',
  },
  basis: { ...PLAN_300_KH_UBND, article: 'Mục I', seed: seed('002', 'I') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const bodies = (verdict.values.bodies as readonly string[] | undefined) ?? [];
    for (const id of bodies) {
      const gained = gainedFunctions(ctx, id);
      if (gained.functions.length === 0) continue;
      const ended = new Map(ctx.log.flatMap((c) => c.ended.map((e) => [e.id, e.record] as const)));
      const name = nameOf(id, ctx.after);
      const from = gained.from.map((source) => nameOf(source, ctx.before, ended)).join(', ');
      const tags = (lang: 'vi' | 'en') =>
        gained.functions.map((tag) => VN_FUNCTION_CATALOGUE.tags.get(tag)?.label[lang] ?? tag).join(', ');
      return {
        vi: `${name} nhận thêm chức năng ${tags('vi')} từ ${from}`,
        en: `${name} gained functions (${tags('en')}) from ${from}`,
      };
    }
    return undefined;
  },
};

/**
 * R2: after a scheme, the divisions of each body it restructured must be fewer than before (seed 002 I),
 * unless the body was given more functions through absorption or consolidation (the first-class exception
 * `vn.r2.merger-adds-functions`). Seed 003 B.II.1 asks each party advisory body to cut one or two divisions.
 *
 * How it counts: every body whose divisions moved, began or ended is grouped with the bodies the divisions
 * came from (lineage through moved divisions and ended bodies' successors); a group passes when it has fewer
 * divisions after than before. Bodies a scheme does not restructure are not judged.
 *
 * Blocking: the seed states it as a principle that appraisal enforces (seed 002 I, II.4.7).
 */
export const fewerDivisions: TransitionRule = {
  type: 'transition',
  id: 'vn.r2.fewer-divisions',
  title: {
    vi: 'Số phòng sau khi sắp xếp phải ít hơn trước',
    en: 'Fewer divisions after a restructuring',
  },
  basis: [
    { ...PLAN_300_KH_UBND, article: 'Mục I', seed: seed('002', 'I') },
    { ...PLAN_43_KH_TU, article: 'Mục B.II.1', seed: seed('003', 'B.II.1') },
  ],
  inForce: { from: '2018-02-12' },
  severity: 'blocking',
  check: (ctx) => groupsOf(ctx),
  exceptions: [mergerAddsFunctions],
  messages: {
    vi: (v) =>
      `Số phòng ${v.ok ? 'giảm' : 'không giảm'}: trước ${show(v, 'before')}, sau ${show(v, 'after')} (${show(v, 'names')})`,
    en: (v) =>
      `Divisions ${v.ok ? 'fell' : 'did not fall'}: ${show(v, 'before')} before, ${show(v, 'after')} after (${show(v, 'names')})`,
  },
};
