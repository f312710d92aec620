import type { Bilingual, Body, RuleException, StateContext, StateRule, Verdict } from '@tinhgon/core';
import { concurrentHeads } from '../internal/concurrent-heads.js';
import { listOf, show } from '../internal/format.js';
import { groupLabels } from '../internal/labels.js';
import { byCodeUnits } from '../internal/structure.js';
import {
  CONCLUSION_34,
  PLAN_43_KH_TU,
  PLAN_000,
  PLAN_168_KH_TU,
  RESOLUTION_18,
} from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { pairProblems, problemText } from './pair-problems.js';

/**
 * The people who head two bodies or more, sorted by id, each with their name and the bodies they head
 * sorted by id. Without `explain`, only those with a pair of bodies that may make a finding: a pair that
 * the secretary-also-chair exception covers makes none, whether it passes or fails (in the benchmark's
 * national state ten thousand people head two bodies, nearly all of them secretaries who also chair).
 */
function headsOfSeveral(ctx: StateContext): [person: string, name: string, bodies: Body[]][] {
  // The context is read once, not per person: see `verdicts`.
  const { state, explain } = ctx;
  const out: [string, string, Body[]][] = [];
  for (const [person, ids] of concurrentHeads(ctx)) {
    const bodies: Body[] = [];
    for (const id of ids) {
      const body = state.bodies.get(id);
      if (body !== undefined) bodies.push(body);
    }
    if (bodies.length < 2 || (!explain && everyPairExcepted(bodies))) continue;
    const record = state.persons.get(person);
    if (record !== undefined) out.push([person, record.name, bodies]);
  }
  return out.sort(([a], [b]) => byCodeUnits(a, b));
}

/**
 * One verdict per pair of bodies a person heads. The rule context is read once, not per pair: it is made
 * afresh for each evaluation, and code that reads it per pair would be thrown away and optimized again on
 * every evaluation.
 */
function verdicts(ctx: StateContext): Verdict[] {
  const explain = ctx.explain;
  const out: Verdict[] = [];
  for (const [person, personName, bodies] of headsOfSeveral(ctx)) {
    for (let i = 0; i < bodies.length; i += 1) {
      for (let j = i + 1; j < bodies.length; j += 1) {
        const a = bodies[i] as Body;
        const b = bodies[j] as Body;
        // Without `explain` a pass makes no finding, nor does a fail the exception covers.
        if (!explain && secretaryAlsoChair(a, b)) continue;
        const { problems, shared } = pairProblems(a, b);
        if (!explain && problems.length === 0) continue;
        out.push({
          ok: problems.length === 0,
          body: a.id,
          subject: person,
          values: {
            person,
            personName,
            bodyName: a.name,
            other: b.id,
            otherName: b.name,
            levels: [a.level, b.level],
            shared,
            problems,
          },
        });
      }
    }
  }
  return out;
}

const PARTY_LEADERSHIP = ['party-committee', 'standing-committee'];
const ELECTED_BODIES = ['peoples-council', 'peoples-committee'];

/** A party committee and a People's Council or Committee of the same level, in either order. */
function secretaryAlsoChair(a: Body, b: Body): boolean {
  if (a.level !== b.level) return false;
  return (
    (PARTY_LEADERSHIP.includes(a.kind) && ELECTED_BODIES.includes(b.kind)) ||
    (PARTY_LEADERSHIP.includes(b.kind) && ELECTED_BODIES.includes(a.kind))
  );
}

/** True when {@link secretaryAlsoChair} holds for every pair of `bodies`. */
function everyPairExcepted(bodies: readonly Body[]): boolean {
  for (let i = 0; i < bodies.length; i += 1) {
    for (let j = i + 1; j < bodies.length; j += 1) {
      if (!secretaryAlsoChair(bodies[i] as Body, bodies[j] as Body)) return false;
    }
  }
  return true;
}

/**
 * The secretary-also-chair model: a party committee's secretary also chairs the People's Council or the
 * People's Committee of the same level (seed 004 III.4; 003 B.II.4–5). Their functions differ by design.
 */
const secretaryChair: RuleException<StateContext> = {
  id: 'vn.r6.secretary-chair',
  title: {
    vi: 'Bí thư cấp ủy đồng thời là Chủ tịch HĐND hoặc UBND',
    en: "Party secretary also chairs the People's Council or Committee",
  },
  basis: { ...PLAN_168_KH_TU, article: 'Mục B.III.4', seed: seed('004', 'III.4') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const a = verdict.body === undefined ? undefined : ctx.body(verdict.body);
    const b = ctx.body(String(verdict.values.other));
    if (a === undefined || b === undefined || !secretaryAlsoChair(a, b)) return undefined;
    return {
      vi: `mô hình bí thư đồng thời là chủ tịch (${a.name}, ${b.name})`,
      en: `secretary-also-chair model (${a.name}, ${b.name})`,
    };
  },
};

/**
 * R6 (concurrent appointments): a person may head two bodies at once (kiêm nhiệm) only when they are of the
 * same level, in the same admin unit, with similar functions (tương đồng): the Organization Committee head
 * also heads Phòng Nội vụ, the Inspection Committee chair is also Chief Inspector (seed 000 II.1.1–1.2,
 * III.1; 003 B.II.1; 004 III.4). Similarity comes from the function catalogue's families, never from names.
 * One verdict per pair of headed bodies, about the person (`subject`).
 *
 * Blocking: Conclusion 34 allows these pilots only on those conditions, and the province appraises each
 * registered model before approving it (seed 000 III.1–3).
 */
export const concurrentAppointment: StateRule = {
  type: 'state',
  id: 'vn.r6.concurrent-appointment',
  title: {
    vi: 'Kiêm nhiệm người đứng đầu chỉ giữa các cơ quan cùng cấp, có chức năng tương đồng',
    en: 'Concurrent heads only of bodies of the same level with similar functions',
  },
  basis: [
    { ...PLAN_000, article: 'Mục II.1, III.1', seed: seed('000', 'II.1, III.1') },
    { ...PLAN_43_KH_TU, article: 'Mục B.II.1', seed: seed('003', 'B.II.1') },
    { ...PLAN_168_KH_TU, article: 'Mục B.III.4', seed: seed('004', 'III.4') },
    CONCLUSION_34,
    RESOLUTION_18,
  ],
  inForce: { from: '2017-10-25' },
  severity: 'blocking',
  checkState: verdicts,
  exceptions: [secretaryChair],
  messages: {
    vi: (v) =>
      v.ok
        ? `${show(v, 'personName')} kiêm nhiệm đứng đầu ${show(v, 'bodyName')} và ${show(v, 'otherName')}: cùng cấp, chức năng tương đồng (${groupLabels(listOf(v, 'shared'), 'vi')})`
        : `${show(v, 'personName')} kiêm nhiệm đứng đầu ${show(v, 'bodyName')} và ${show(v, 'otherName')}: ${problemText(listOf(v, 'problems'), 'vi')}`,
    en: (v) =>
      v.ok
        ? `${show(v, 'personName')} heads both ${show(v, 'bodyName')} and ${show(v, 'otherName')}: same level, similar functions (${groupLabels(listOf(v, 'shared'), 'en')})`
        : `${show(v, 'personName')} heads both ${show(v, 'bodyName')} and ${show(v, 'otherName')}: ${problemText(listOf(v, 'problems'), 'en')}`,
  },
};
