import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_107_2020 } from '../sources/documents.js';

/** Id of {@link divisionDeputies2020Table}. */
export const DIVISION_DEPUTIES_2020 = 'vn.division-deputies-2020';

const bands = (twoFrom: number) => ({
  input: 'quota',
  rows: [
    { below: twoFrom, value: 1 },
    { min: twoFrom, below: 15, value: 2 },
    { min: 15, value: 3 },
  ],
});

/**
 * Maximum deputy heads of a division of a department by its staff positions, under NĐ 107/2020: one
 * deputy below 10 / 9 / 8 positions (Hà Nội and HCM City / class I / class II–III), two up to 14, three
 * from 15 (PARAMETERS.md `so.phong_deputies_107_2020`, high).
 */
export const divisionDeputies2020Table: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: DIVISION_DEPUTIES_2020,
  title: {
    vi: 'Số phó trưởng phòng thuộc sở tối đa (Nghị định 107/2020)',
    en: 'Maximum deputy heads of a division of a department (Decree 107/2020)',
  },
  unit: 'deputies',
  confidence: 'high',
  versions: [
    {
      from: '2020-09-14',
      until: '2025-03-01',
      source: DECREE_107_2020,
      by: 'provinceClass',
      cases: { special: bands(10), I: bands(9), II: bands(8), III: bands(8) },
      default: bands(8),
      note: 'Issue date 14/09/2020 assumed (issued with NĐ 108/2020); the effective date was not verified. Superseded by NĐ 45/2025 from 01/03/2025, whose bands were not seen: no band is in force from then until NĐ 370/2025. With no province class the class II/III bands (the most deputies) apply.',
    },
  ],
});
