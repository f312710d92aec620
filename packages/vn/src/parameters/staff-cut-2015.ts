import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { RESOLUTION_39 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** Id of {@link staffCut2015Table}. */
export const STAFF_CUT_2015 = 'vn.staff-cut-2015';

/**
 * The staff cut due by 2021, in percent of the positions assigned in 2015: at least 10 %
 * (PARAMETERS.md `target.39_nqtw`, high; `target.18_nqtw`, medium; seed 002 II.1.4).
 */
export const staffCut2015Table: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: STAFF_CUT_2015,
  title: {
    vi: 'Tỷ lệ tinh giản biên chế tối thiểu so với năm 2015 (đến năm 2021)',
    en: 'Minimum staff cut against 2015 (by 2021)',
  },
  unit: 'percent',
  confidence: 'high',
  versions: [
    {
      from: '2015-04-17',
      source: { ...RESOLUTION_39, seed: seed('002', 'II.1.4') },
      value: 10,
      note: 'Also Nghị quyết 18-NQ/TW (25/10/2017) and Nghị quyết 56/2017/QH14. The 2022–2026 target of Kết luận 40-KL/TW (≥ 5 % against 2021) is not modelled.',
    },
  ],
});
