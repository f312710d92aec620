import type {
  Bilingual,
  BodyId,
  OrgState,
  RuleException,
  TransitionContext,
  TransitionRule,
  Verdict,
} from '@tinhgon/core';
import { show } from '../internal/format.js';
import { nameOf } from '../internal/labels.js';
import { childrenOfKind } from '../internal/structure.js';
import { type TransitionRecords, transitionRecords } from '../internal/transition-records.js';
import { UnionFind } from '../internal/union-find.js';
import { PLAN_43_KH_TU, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((item) => b.has(item));

/** The division children of a state's bodies, as `parent>division` pairs, and the divisions' ids. */
interface Divisions {
  pairs(parent: BodyId): string[];
  /** Every division of the state, when it was read whole. */
  readonly ids?: ReadonlySet<BodyId>;
}

/** The divisions of a body looked up one by one: the children index, then each child. */
function divisionsLookedUp(state: OrgState): Divisions {
  return {
    pairs: (parent) =>
      childrenOfKind(state, parent, ['division']).map((division) => `${parent}>${division.id}`),
  };
}

/** The divisions of a state read from its bodies in one pass (shared by the transition rules). */
function divisionsRead(records: TransitionRecords, which: 'before' | 'after'): Divisions {
  const ids = new Set<BodyId>();
  const byParent = new Map<BodyId, string[]>();
  for (const body of records.bodies(which)) {
    if (body.kind !== 'division') continue;
    ids.add(body.id);
    if (body.parent === null) continue;
    const pair = `${body.parent}>${body.id}`;
    const list = byParent.get(body.parent);
    if (list === undefined) byParent.set(body.parent, [pair]);
    else list.push(pair);
  }
  return { pairs: (parent) => byParent.get(parent) ?? [], ids };
}

/**
 * The bodies whose divisions a change rearranged, grouped with the bodies they came from: a division that
 * moved links its old and new parent, and an ended body is linked to its successors. Each group is judged
 * as a whole: its divisions before against its divisions after. Only bodies the log names are looked at,
 * so the cost follows the size of the change, not of the state.
 */
function* groupsOf(ctx: TransitionContext): Iterable<Verdict> {
  const records = transitionRecords(ctx);
  const links = new UnionFind();
  // The ids the log names, with repeats, and those it ended as divisions.
  const named: BodyId[] = [];
  const endedDivisions: BodyId[] = [];
  for (const change of ctx.log) {
    for (const id of change.began) named.push(id);
    for (const id of change.updated) named.push(id);
    for (const gone of change.ended) {
      named.push(gone.id);
      if (gone.record.kind === 'division') endedDivisions.push(gone.id);
      for (const next of gone.successors) links.union(gone.id, next);
    }
    for (const flow of change.flows) {
      if (flow.from !== null) named.push(flow.from);
      if (flow.to !== null) named.push(flow.to);
      for (const child of flow.children) named.push(child);
    }
  }
  // A log naming many ids (a national reform names a quarter of a million) reads the divisions of both
  // states whole, which costs less than looking up each parent's children, and screens the ids by them:
  // a body's record is one of the states' or the log's, so an id none of whose records is a division is
  // no division and is not looked up.
  const large = named.length * 8 >= ctx.before.bodies.size;
  const before = large ? divisionsRead(records, 'before') : divisionsLookedUp(ctx.before);
  const after = large ? divisionsRead(records, 'after') : divisionsLookedUp(ctx.after);
  const mayBeDivision =
    before.ids === undefined || after.ids === undefined
      ? undefined
      : new Set([...before.ids, ...after.ids, ...endedDivisions]);
  const parents = new Set<BodyId>();
  // An id named again adds the same parents and links: each is looked at once.
  const seen = new Set<BodyId>();
  for (const id of named) {
    if (mayBeDivision !== undefined && !mayBeDivision.has(id)) {
      parents.add(id);
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    if (records.record(id)?.kind !== 'division') {
      parents.add(id);
      continue;
    }
    const was = records.before(id)?.parent ?? records.ended(id)?.record.parent ?? null;
    const is = records.after(id)?.parent ?? null;
    if (was !== null) parents.add(was);
    if (is !== null) parents.add(is);
    if (was !== null && is !== null && was !== is) links.union(was, is);
  }
  // A group with no divisions before or after has nothing to judge; most bodies a national reform names
  // (communes' bodies) are in such groups, so only groups with divisions are formed.
  const hasDivisions = (id: BodyId): boolean => before.pairs(id).length > 0 || after.pairs(id).length > 0;
  for (const group of links.groups(parents, hasDivisions)) {
    const was = new Set(group.flatMap((id) => before.pairs(id)));
    const is = new Set(group.flatMap((id) => after.pairs(id)));
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
