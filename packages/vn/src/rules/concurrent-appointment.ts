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
 * sorted by id.
 */
function headsOfSeveral(ctx: StateContext): [person: string, name: string, bodies: Body[]][] {
  const out: [string, string, Body[]][] = [];
  for (const [person, ids] of concurrentHeads(ctx)) {
    const record = ctx.state.persons.get(person);
    if (record === undefined) continue;
    const bodies = ids.map((id) => ctx.body(id)).filter((body): body is Body => body !== undefined);
    if (bodies.length >= 2) out.push([person, record.name, bodies]);
  }
  return out.sort(([a], [b]) => byCodeUnits(a, b));
}

function* verdicts(ctx: StateContext): Iterable<Verdict> {
  for (const [person, personName, bodies] of headsOfSeveral(ctx)) {
    for (let i = 0; i < bodies.length; i += 1) {
      for (let j = i + 1; j < bodies.length; j += 1) {
        const a = bodies[i] as Body;
        const b = bodies[j] as Body;
        const { problems, shared } = pairProblems(a, b);
        yield {
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
        };
      }
    }
  }
}

const PARTY_LEADERSHIP = ['party-committee', 'standing-committee'];
const ELECTED_BODIES = ['peoples-council', 'peoples-committee'];

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
    if (a === undefined || b === undefined || a.level !== b.level) return undefined;
    const pair = [a.kind, b.kind];
    const matches =
      (PARTY_LEADERSHIP.includes(pair[0] as string) && ELECTED_BODIES.includes(pair[1] as string)) ||
      (PARTY_LEADERSHIP.includes(pair[1] as string) && ELECTED_BODIES.includes(pair[0] as string));
    if (!matches) return undefined;
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
