import type { StateRule, Verdict } from '@tinhgon/core';
import { caseOf, limitOf, show, sourceOf } from '../internal/format.js';
import { childrenOfKind } from '../internal/structure.js';
import { MAX_DEPARTMENTS } from '../parameters/max-departments.js';
import { DECREE_45_2025, DECREE_150_2025, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/**
 * R8 (provincial cap): from 1 March 2025 a provincial People's Committee has at most 14 departments (sở),
 * Hà Nội and HCM City 15 (NĐ 45/2025; NĐ 150/2025 Điều 10 khoản 1). Counts the children of kind
 * `department`; model the Văn phòng UBND and the Thanh tra tỉnh as departments, as the decrees list them.
 *
 * Blocking: unlike the seeds' "fewer focal points", this is a number set by decree.
 */
export const maxDepartments: StateRule = {
  type: 'state',
  id: 'vn.r8.max-departments',
  title: { vi: 'Số sở không vượt quá mức tối đa', en: 'No more departments than the maximum' },
  basis: [
    DECREE_45_2025,
    { ...DECREE_150_2025, article: 'Điều 10 khoản 1' },
    { ...PLAN_300_KH_UBND, article: 'Mục II.4.4', seed: seed('002', 'II.4.4') },
  ],
  inForce: { from: '2025-03-01' },
  severity: 'blocking',
  parameters: [MAX_DEPARTMENTS],
  scope: { kinds: ['peoples-committee'], levels: ['province'] },
  checkBody: (body, ctx): Verdict | undefined => {
    const max = ctx.param(MAX_DEPARTMENTS, body);
    if (max === undefined) return undefined;
    const departments = childrenOfKind(ctx.state, body.id, ['department']).length;
    return {
      ok: departments <= max.value,
      values: { departments },
      bound: { relation: '<=', limit: max.value, parameter: max },
    };
  },
  messages: {
    vi: (v) =>
      `${show(v, 'departments')} sở; tối đa ${limitOf(v.bound)} theo ${sourceOf(v.bound)}${caseOf(v.bound)}`,
    en: (v) =>
      `${show(v, 'departments')} departments; allowed ${limitOf(v.bound)} under ${sourceOf(v.bound)}${caseOf(v.bound)}`,
  },
};
