import type { Body, BodyId, Change, TransitionContext, TransitionRule, Verdict } from '@tinhgon/core';
import { listOf, show } from '../internal/format.js';
import { type TransitionRecords, transitionRecords } from '../internal/transition-records.js';
import { CONCLUSION_34, PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { pairMismatches, problemText } from './pair-problems.js';

/**
 * The functions that have flowed into each body so far, in the order they came: brought up to date after
 * each step as the log is read, so a body's functions just before a step are read off without going back
 * over the steps before it (a national reform absorbs into some bodies many times).
 */
type Inflows = Map<BodyId, Set<string>>;

/** Adds what flowed into bodies in `change` to `inflows`. */
function addInflows(inflows: Inflows, change: Change): void {
  for (const flow of change.flows) {
    if (flow.to === null || flow.functions.length === 0) continue;
    let came = inflows.get(flow.to);
    if (came === undefined) {
      came = new Set();
      inflows.set(flow.to, came);
    }
    for (const tag of flow.functions) came.add(tag);
  }
}

/**
 * A body's functions just before the step being read: as it was before, then what flowed in since. A tag
 * may be listed twice: the list is only compared with others, never shown.
 */
function functionsBefore(records: TransitionRecords, inflows: Inflows, id: BodyId): readonly string[] {
  const had = records.before(id)?.functions ?? [];
  const came = inflows.get(id);
  return came === undefined ? had : [...had, ...came];
}

/** True when `id` lies above `body` in the tree (before the change, or after it). */
function isAbove(records: TransitionRecords, id: BodyId, body: Body): boolean {
  let parent = body.parent;
  for (let guard = 0; parent !== null && guard < 64; guard += 1) {
    if (parent === id) return true;
    parent = (records.before(parent) ?? records.after(parent))?.parent ?? null;
  }
  return false;
}

interface Pair {
  readonly a: Body;
  readonly b: Body;
  readonly bFunctions: readonly string[];
}

/** The pairs a merger puts together: each source with the target (absorb), or the sources pairwise (consolidate). */
function pairsOf(records: TransitionRecords, change: Change, inflows: Inflows) {
  const sources = change.ended.map((e) => e.record);
  const pairs: Pair[] = [];
  let target: BodyId | undefined;
  if (change.op === 'consolidate') {
    target = change.began[0];
    for (let i = 0; i < sources.length; i += 1) {
      for (let j = i + 1; j < sources.length; j += 1) {
        const a = sources[i] as Body;
        const b = sources[j] as Body;
        pairs.push({ a, b, bFunctions: b.functions });
      }
    }
    // The new body is held to its sources too: a level or unit of its own, or functions given in `into`
    // that none of them had, is a mismatch.
    const created = target === undefined ? undefined : records.record(target);
    if (created !== undefined)
      for (const a of sources) pairs.push({ a, b: created, bFunctions: created.functions });
  } else {
    target = change.flows.find((flow) => flow.kind === 'absorbed')?.to ?? undefined;
    const record = target === undefined ? undefined : records.record(target);
    if (record !== undefined) {
      const own = functionsBefore(records, inflows, record.id);
      // A unit folded back into a body above it is an internal reorganisation, not a pairing of peers.
      for (const a of sources)
        if (!isAbove(records, record.id, a)) pairs.push({ a, b: record, bFunctions: own });
    }
  }
  return { target, pairs };
}

/** The verdict on one absorption or consolidation, the log's step `index`. */
function verdictOn(
  records: TransitionRecords,
  change: Change,
  index: number,
  inflows: Inflows,
): Verdict | undefined {
  const { target, pairs } = pairsOf(records, change, inflows);
  if (target === undefined || pairs.length === 0) return undefined;
  const mismatched: string[] = [];
  const mismatchedNames: string[] = [];
  const problems = new Set<string>();
  for (const pair of pairs) {
    const found = pairMismatches(pair.a, pair.b, pair.bFunctions);
    if (found.length === 0) continue;
    mismatched.push(`${pair.a.id} ~ ${pair.b.id}`);
    mismatchedNames.push(`${pair.a.name} ~ ${pair.b.name}`);
    for (const problem of found) problems.add(problem);
  }
  return {
    ok: mismatched.length === 0,
    body: target,
    values: {
      step: index + 1,
      op: change.op,
      sources: change.ended.map((e) => e.id),
      joinedNames: [
        ...change.ended.map((e) => e.record.name),
        ...(change.op === 'absorb' ? [records.record(target)?.name ?? target] : []),
      ],
      mismatched,
      mismatchedNames,
      problems: [...problems],
    },
  };
}

function* verdicts(ctx: TransitionContext): Iterable<Verdict> {
  const records = transitionRecords(ctx);
  const inflows: Inflows = new Map();
  for (const [index, change] of ctx.log.entries()) {
    if (change.op === 'consolidate' || change.op === 'absorb') {
      const verdict = verdictOn(records, change, index, inflows);
      if (verdict !== undefined) yield verdict;
    }
    addInflows(inflows, change);
  }
}

const OPS: Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>> = {
  absorb: { vi: 'sáp nhập', en: 'absorption' },
  consolidate: { vi: 'hợp nhất', en: 'consolidation' },
};

const opLabel = (v: Verdict, lang: 'vi' | 'en'): string => OPS[show(v, 'op')]?.[lang] ?? show(v, 'op');

/**
 * R6 (consolidations): absorbing or consolidating bodies pairs them for good, so the same test applies as
 * to a concurrent head: same level, same admin unit, similar functions (seed 000 II.1.3–1.5, III.1;
 * 004 III.4). For an absorption each source is held against the target as it was before the step (a unit
 * absorbed into a body above it, such as a chi cục into its sở, is not judged); for a consolidation the
 * sources are held against each other and against the new body.
 *
 * Blocking: a party–state consolidation outside these conditions is not among the models the province
 * may approve (seed 000 III.1–3). Gap: the 2025 reform merged bodies of different families by central
 * decision (e.g. Propaganda with Mass Mobilization, Kết luận 121-KL/TW); this rule, traced to the 2018
 * seeds, would flag such a merger.
 */
export const similarConsolidation: TransitionRule = {
  type: 'transition',
  id: 'vn.r6.similar-consolidation',
  title: {
    vi: 'Hợp nhất, sáp nhập chỉ giữa các cơ quan cùng cấp, có chức năng tương đồng',
    en: 'Consolidate or absorb only bodies of the same level with similar functions',
  },
  basis: [
    { ...PLAN_000, article: 'Mục II.1.3–1.5, III.1', seed: seed('000', 'II.1.3–1.5, III.1') },
    { ...PLAN_168_KH_TU, article: 'Mục B.III.4', seed: seed('004', 'III.4') },
    CONCLUSION_34,
    RESOLUTION_18,
  ],
  inForce: { from: '2017-10-25' },
  severity: 'blocking',
  check: verdicts,
  messages: {
    vi: (v) =>
      v.ok
        ? `Bước ${show(v, 'step')} (${opLabel(v, 'vi')}): ${show(v, 'joinedNames')}: cùng cấp, chức năng tương đồng`
        : `Bước ${show(v, 'step')} (${opLabel(v, 'vi')}): ${show(v, 'mismatchedNames')}: ${problemText(listOf(v, 'problems'), 'vi')}`,
    en: (v) =>
      v.ok
        ? `Step ${show(v, 'step')} (${opLabel(v, 'en')}): ${show(v, 'joinedNames')}: same level, similar functions`
        : `Step ${show(v, 'step')} (${opLabel(v, 'en')}): ${show(v, 'mismatchedNames')}: ${problemText(listOf(v, 'problems'), 'en')}`,
  },
};
