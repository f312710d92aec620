import type { StateRule, Verdict } from '@tinhgon/core';
import { caseOf, limitOf, show, sourceOf } from '../internal/format.js';
import { classCarrier, parentOf, postsOf } from '../internal/structure.js';
import { DIVISION_DEPUTIES_2020 } from '../parameters/division-deputies-2020.js';
import { DIVISION_DEPUTIES_2026 } from '../parameters/division-deputies-2026.js';
import { DECREE_107_2020, DECREE_370_2025, PLAN_168_KH_TU, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

const TABLES = [DIVISION_DEPUTIES_2020, DIVISION_DEPUTIES_2026] as const;

/**
 * R4: a division of a department may have no more deputy heads than the band for its staff positions
 * (NĐ 107/2020 by province class; NĐ 370/2025 from 2026 without the class split). Deputy posts are counted
 * whether held or vacant: a vacant post is still an allotted deputy position. Seeds 004 II.1 and 002 II.4.5
 * require fewer deputies and a maximum set by the competent level.
 *
 * Blocking: the bands are decree limits. The 2026 bands are of medium confidence (findings say so), and
 * from 1 March 2025 to 31 December 2025 no band is in force in our data (NĐ 45/2025 and 150/2025 values not
 * seen), so the rule judges nothing in that period.
 */
export const maxDeputies: StateRule = {
  type: 'state',
  id: 'vn.r4.max-deputies',
  title: {
    vi: 'Số cấp phó không vượt quá mức tối đa',
    en: 'No more deputies than the maximum',
  },
  basis: [
    { ...PLAN_168_KH_TU, article: 'Mục B.II.1', seed: seed('004', 'II.1') },
    { ...PLAN_300_KH_UBND, article: 'Mục II.4.5', seed: seed('002', 'II.4.5') },
    DECREE_107_2020,
    DECREE_370_2025,
  ],
  severity: 'blocking',
  parameters: [...TABLES],
  scope: { kinds: ['division'], where: (body, ctx) => parentOf(ctx, body)?.kind === 'department' },
  checkBody: (body, ctx): Verdict | undefined => {
    const carrier = classCarrier(ctx, body);
    const max = TABLES.map((id) => ctx.param(id, carrier, body.quota)).find((p) => p !== undefined);
    if (max === undefined) return undefined;
    const deputies = postsOf(ctx.state, body.id, 'deputy').length;
    return {
      ok: deputies <= max.value,
      values: { deputies, quota: body.quota },
      bound: { relation: '<=', limit: max.value, parameter: max },
    };
  },
  messages: {
    vi: (v) =>
      `${v.ok ? 'Đúng' : 'Vượt'} số cấp phó tối đa: ${show(v, 'deputies')} phó với ${show(v, 'quota')} biên chế, tối đa ${limitOf(v.bound)} theo ${sourceOf(v.bound)}${caseOf(v.bound)}`,
    en: (v) =>
      `${v.ok ? 'Within' : 'Over'} the deputy maximum: ${show(v, 'deputies')} ${v.values.deputies === 1 ? 'deputy' : 'deputies'} for ${show(v, 'quota')} positions, allowed ${limitOf(v.bound)} under ${sourceOf(v.bound)}${caseOf(v.bound)}`,
  },
};
