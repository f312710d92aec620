import type { Body, StateContext, StateRule, Verdict } from '@tinhgon/core';
import { limitOf, show, sourceOf } from '../internal/format.js';
import { perEvaluation } from '../internal/per-evaluation.js';
import { byCodeUnits, childrenOfKind } from '../internal/structure.js';
import { COMMUNE_DIVISIONS } from '../parameters/commune-divisions.js';
import { DECREE_150_2025, PLAN_168_KH_TU } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** The kinds of a commune People's Committee's specialised offices. */
const COMMUNE_OFFICE_KINDS = ['commune-office', 'council-committee-office'];

const OFFICES_BY_UNIT = Symbol('commune-offices-by-unit');

/** The commune specialised offices of the state by admin unit, ids sorted: once per evaluation. */
function officesByUnit(ctx: StateContext): ReadonlyMap<string, readonly string[]> {
  return perEvaluation(ctx, OFFICES_BY_UNIT, () => {
    const out = new Map<string, string[]>();
    for (const body of ctx.allBodies()) {
      if (body.unit === undefined || body.level !== 'commune' || !COMMUNE_OFFICE_KINDS.includes(body.kind))
        continue;
      const list = out.get(body.unit);
      if (list === undefined) out.set(body.unit, [body.id]);
      else list.push(body.id);
    }
    for (const list of out.values()) list.sort(byCodeUnits);
    return out;
  });
}

/** The specialised offices of a commune: those in its admin unit, or the committee's children without one. */
function officesOf(ctx: StateContext, committee: Body): string[] {
  if (committee.unit === undefined)
    return childrenOfKind(ctx.state, committee.id, COMMUNE_OFFICE_KINDS).map((b) => b.id);
  return [...(officesByUnit(ctx).get(committee.unit) ?? [])];
}

/**
 * R8 (commune structure): from 1 July 2025 a commune People's Committee has three specialised offices
 * (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội; NĐ 150/2025). Counts bodies of kind
 * `commune-office` or `council-committee-office` in the commune.
 *
 * Blocking: a number set by decree, as for the provincial cap.
 */
export const communeDivisions: StateRule = {
  type: 'state',
  id: 'vn.r8.commune-divisions',
  title: {
    vi: 'Số cơ quan chuyên môn cấp xã không vượt quá quy định',
    en: 'No more commune specialised offices than allowed',
  },
  basis: [DECREE_150_2025, { ...PLAN_168_KH_TU, article: 'Mục B.II.1', seed: seed('004', 'II.1') }],
  inForce: { from: '2025-07-01' },
  severity: 'blocking',
  parameters: [COMMUNE_DIVISIONS],
  scope: { kinds: ['peoples-committee'], levels: ['commune'] },
  checkBody: (body, ctx): Verdict | undefined => {
    const max = ctx.param(COMMUNE_DIVISIONS, body);
    if (max === undefined) return undefined;
    const offices = officesOf(ctx, body);
    return {
      ok: offices.length <= max.value,
      values: { offices: offices.length, bodies: offices },
      bound: { relation: '<=', limit: max.value, parameter: max },
    };
  },
  messages: {
    vi: (v) =>
      `${show(v, 'offices')} cơ quan chuyên môn cấp xã; tối đa ${limitOf(v.bound)} theo ${sourceOf(v.bound)}`,
    en: (v) =>
      `${show(v, 'offices')} commune specialised offices; allowed ${limitOf(v.bound)} under ${sourceOf(v.bound)}`,
  },
};
