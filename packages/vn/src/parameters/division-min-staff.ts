import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_45_2025, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** Id of {@link divisionMinStaffTable}. */
export const DIVISION_MIN_STAFF = 'vn.division-min-staff';

/**
 * Minimum staff positions (biên chế) for a division (phòng) inside a department (sở): 5 under the 2018
 * plans, then 7 / 6 / 5 by province class from 1 March 2025 (PARAMETERS.md `so.phong_min_staff`, high).
 */
export const divisionMinStaffTable: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: DIVISION_MIN_STAFF,
  title: {
    vi: 'Biên chế tối thiểu để thành lập phòng thuộc sở',
    en: 'Minimum staff positions for a division of a department',
  },
  unit: 'positions',
  confidence: 'high',
  versions: [
    {
      from: '2018-06-20',
      until: '2025-03-01',
      source: { ...PLAN_300_KH_UBND, article: 'Mục I', seed: seed('002', 'I') },
      value: 5,
      note: 'Principle of the 2018 plans: a phòng, ban or equivalent may be set up only with 05 positions or more. Whether NĐ 107/2020 already set 7/6/5 was not verified.',
    },
    {
      from: '2025-03-01',
      source: { ...DECREE_45_2025, article: 'Điều 5 khoản 2 điểm b' },
      by: 'provinceClass',
      cases: { special: 7, I: 6, II: 5, III: 5 },
      default: 5,
      note: 'NĐ 45/2025 was replaced by NĐ 150/2025 (12/06/2025), whose value was not seen (a draft proposed a flat 7); the 45/2025 values are kept. With no province class the lowest minimum (5) applies, so a failure holds whatever the class.',
    },
  ],
});
