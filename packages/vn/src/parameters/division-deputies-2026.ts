import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_370_2025 } from '../sources/documents.js';

/** Id of {@link divisionDeputies2026Table}. */
export const DIVISION_DEPUTIES_2026 = 'vn.division-deputies-2026';

/**
 * Maximum deputy heads of a division of a department under NĐ 370/2025, reported in force from 1 January
 * 2026: one below 10 positions, two up to 14, three from 15, with no split by province class
 * (PARAMETERS.md `so.phong_deputies_370_2025`, medium: one news summary).
 */
export const divisionDeputies2026Table: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: DIVISION_DEPUTIES_2026,
  title: {
    vi: 'Số phó trưởng phòng thuộc sở tối đa (Nghị định 370/2025)',
    en: 'Maximum deputy heads of a division of a department (Decree 370/2025)',
  },
  unit: 'deputies',
  confidence: 'medium',
  versions: [
    {
      from: '2026-01-01',
      source: DECREE_370_2025,
      value: {
        input: 'quota',
        rows: [
          { below: 10, value: 1 },
          { min: 10, below: 15, value: 2 },
          { min: 15, value: 3 },
        ],
      },
      note: 'From a single news summary; in force from 01/01/2026 as reported. Reorganised bodies have 5 years to comply (deputies.transition_grace), which is not modelled.',
    },
  ],
});
