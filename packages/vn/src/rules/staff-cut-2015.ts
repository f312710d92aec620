import type { StateRule, Verdict } from '@tinhgon/core';
import { decimal, limitOf, show } from '../internal/format.js';
import { STAFF_CUT_2015 } from '../parameters/staff-cut-2015.js';
import { PLAN_43_KH_TU, PLAN_168_KH_TU, PLAN_300_KH_UBND, RESOLUTION_39 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

const BASE_YEAR = '2015';

/** The cut in percent of the 2015 quota, to one decimal. */
function cutPercent(base: number, now: number): number {
  return Math.round(((base - now) / base) * 1000) / 10;
}

/**
 * R3: by 2021 a body's staff positions must be at least 10 % below those assigned in 2015
 * (`quotaByYear['2015']`), as Resolution 39-NQ/TW requires and seed 002 II.1.4 restates. In force from
 * 31 December 2021; bodies with no 2015 quota (set up later) are not judged.
 *
 * Blocking: the target is a binding Politburo resolution the seeds adopt as their own quantitative goal
 * (002 II.1.4; 003 B.I; 004 II.2), and a scheme that misses it cannot be approved as compliant.
 */
export const staffCut2015: StateRule = {
  type: 'state',
  id: 'vn.r3.staff-cut-2015',
  title: {
    vi: 'Tinh giản tối thiểu 10% biên chế so với năm 2015',
    en: 'Staff cut of at least 10 % against 2015',
  },
  basis: [
    RESOLUTION_39,
    { ...PLAN_300_KH_UBND, article: 'Mục II.1.4', seed: seed('002', 'II.1.4') },
    { ...PLAN_43_KH_TU, article: 'Mục B.I', seed: seed('003', 'B.I') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.2', seed: seed('004', 'II.2') },
  ],
  inForce: { from: '2021-12-31' },
  severity: 'blocking',
  parameters: [STAFF_CUT_2015],
  scope: { where: (body) => (body.quotaByYear?.[BASE_YEAR] ?? 0) > 0 },
  checkBody: (body, ctx): Verdict | undefined => {
    const target = ctx.param(STAFF_CUT_2015, body);
    const base = body.quotaByYear?.[BASE_YEAR];
    if (target === undefined || base === undefined) return undefined;
    const cut = cutPercent(base, body.quota);
    return {
      ok: cut >= target.value,
      values: { quota2015: base, quota: body.quota, cutPercent: cut },
      bound: { relation: '>=', limit: target.value, parameter: target },
    };
  },
  messages: {
    vi: (v) => {
      const cut = v.values.cutPercent;
      const change =
        typeof cut !== 'number'
          ? '?'
          : cut >= 0
            ? `giảm ${decimal(cut, 'vi')}%`
            : `tăng ${decimal(-cut, 'vi')}%`;
      return `Biên chế năm 2015: ${show(v, 'quota2015')}, hiện nay: ${show(v, 'quota')}, ${change}; yêu cầu giảm ${limitOf(v.bound)}%`;
    },
    en: (v) => {
      const cut = v.values.cutPercent;
      const change =
        typeof cut !== 'number'
          ? '?'
          : cut >= 0
            ? `down ${decimal(cut, 'en')} %`
            : `up ${decimal(-cut, 'en')} %`;
      return `Staff positions in 2015: ${show(v, 'quota2015')}, now: ${show(v, 'quota')}, ${change}; the cut must be ${limitOf(v.bound)} %`;
    },
  },
};
