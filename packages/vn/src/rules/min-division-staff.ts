import type { Body, StateContext, StateRule, Verdict } from '@tinhgon/core';
import { caseOf, limitOf, show, sourceOf } from '../internal/format.js';
import { classCarrier, parentOf } from '../internal/structure.js';
import { DIVISION_MIN_STAFF } from '../parameters/division-min-staff.js';
import { SUB_DEPARTMENT_DIVISION_MIN_STAFF } from '../parameters/sub-department-division-min-staff.js';
import { DECREE_45_2025, PLAN_168_KH_TU, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** Which minimum applies to a division: the one for a phòng of a sở, or of a chi cục of a sở. */
function tableFor(body: Body, ctx: StateContext): string | undefined {
  const parent = parentOf(ctx, body);
  if (parent?.kind === 'department') return DIVISION_MIN_STAFF;
  if (parent?.kind === 'sub-department' && parentOf(ctx, parent)?.kind === 'department') {
    return SUB_DEPARTMENT_DIVISION_MIN_STAFF;
  }
  return undefined;
}

/**
 * R1: a division (phòng) of a department, or of a sub-department of a department, needs a minimum of staff
 * positions: 5 from the 2018 plans (seed 002 I), by province class from 2025 (NĐ 45/2025 Điều 5).
 *
 * Blocking: the seeds make the minimum a condition for setting a division up at all ("được thành lập …
 * khi có đủ 05 biên chế trở lên"), and appraisal rejects schemes that break it (seed 002 I, II.4.7).
 * The value for a division of a sub-department from 2025 is of medium confidence; findings say so. Before
 * 2025 such a division is held to the 2018 minimum for every phòng, ban or equivalent.
 */
export const minDivisionStaff: StateRule = {
  type: 'state',
  id: 'vn.r1.min-division-staff',
  title: {
    vi: 'Phòng phải có đủ biên chế tối thiểu',
    en: 'A division needs the minimum staff positions',
  },
  basis: [
    { ...PLAN_300_KH_UBND, article: 'Mục I', seed: seed('002', 'I') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.1', seed: seed('004', 'II.1') },
    { ...DECREE_45_2025, article: 'Điều 5 khoản 2 điểm b' },
  ],
  inForce: { from: '2018-06-20' },
  severity: 'blocking',
  parameters: [DIVISION_MIN_STAFF, SUB_DEPARTMENT_DIVISION_MIN_STAFF],
  scope: { kinds: ['division'], where: (body, ctx) => tableFor(body, ctx) !== undefined },
  checkBody: (body, ctx): Verdict | undefined => {
    const table = tableFor(body, ctx) as string;
    const carrier = classCarrier(ctx, body);
    // Before 2025 there is no separate minimum for a division of a sub-department: the 2018 one applies.
    const min = ctx.param(table, carrier) ?? ctx.param(DIVISION_MIN_STAFF, carrier);
    if (min === undefined) return undefined;
    return {
      ok: body.quota >= min.value,
      values: { quota: body.quota, parent: body.parent },
      bound: { relation: '>=', limit: min.value, parameter: min },
    };
  },
  messages: {
    vi: (v) =>
      `${v.ok ? 'Đủ' : 'Không đủ'} biên chế để thành lập phòng: có ${show(v, 'quota')}, cần ${limitOf(v.bound)} theo ${sourceOf(v.bound)}${caseOf(v.bound)}`,
    en: (v) =>
      `${v.ok ? 'Enough' : 'Too few'} staff positions for a division: ${show(v, 'quota')}, needs ${limitOf(v.bound)} under ${sourceOf(v.bound)}${caseOf(v.bound)}`,
  },
};
