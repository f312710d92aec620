import type { StateRule, Verdict } from '@tinhgon/core';
import { limitOf, show, sourceOf } from '../internal/format.js';
import { classCarrier, parentOf } from '../internal/structure.js';
import { SUB_DEPARTMENT_MIN_STAFF } from '../parameters/sub-department-min-staff.js';
import { DECREE_45_2025, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/**
 * R1 (sub-departments): a chi cục of a department needs at least 12 staff positions from 1 March 2025
 * (NĐ 45/2025 Điều 5 khoản 4). Seed 002 II.1.3 already asks that sub-departments be merged or dissolved;
 * the 2025 minimum is the test for which ones may stay.
 *
 * Blocking, like the division minimum: below it the chi cục may not exist.
 */
export const minSubDepartmentStaff: StateRule = {
  type: 'state',
  id: 'vn.r1.min-sub-department-staff',
  title: {
    vi: 'Chi cục phải có đủ biên chế tối thiểu',
    en: 'A sub-department needs the minimum staff positions',
  },
  basis: [
    { ...DECREE_45_2025, article: 'Điều 5 khoản 4' },
    { ...PLAN_300_KH_UBND, article: 'Mục II.1.3', seed: seed('002', 'II.1.3') },
  ],
  inForce: { from: '2025-03-01' },
  severity: 'blocking',
  parameters: [SUB_DEPARTMENT_MIN_STAFF],
  scope: {
    kinds: ['sub-department'],
    where: (body, ctx) => parentOf(ctx, body)?.kind === 'department',
  },
  checkBody: (body, ctx): Verdict | undefined => {
    const min = ctx.param(SUB_DEPARTMENT_MIN_STAFF, classCarrier(ctx, body));
    if (min === undefined) return undefined;
    return {
      ok: body.quota >= min.value,
      values: { quota: body.quota, parent: body.parent },
      bound: { relation: '>=', limit: min.value, parameter: min },
    };
  },
  messages: {
    vi: (v) =>
      `${v.ok ? 'Đủ' : 'Không đủ'} biên chế để thành lập chi cục: có ${show(v, 'quota')}, cần ${limitOf(v.bound)} theo ${sourceOf(v.bound)}`,
    en: (v) =>
      `${v.ok ? 'Enough' : 'Too few'} staff positions for a sub-department: ${show(v, 'quota')}, needs ${limitOf(v.bound)} under ${sourceOf(v.bound)}`,
  },
};
