import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_150_2025 } from '../sources/documents.js';

/** Id of {@link communeDivisionsTable}. */
export const COMMUNE_DIVISIONS = 'vn.commune-divisions';

/**
 * The specialised offices of a commune People's Committee under the two-level local government: three
 * (Văn phòng HĐND và UBND, Phòng Kinh tế or Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội) from
 * 1 July 2025 (PARAMETERS.md `commune.phong_list`, high).
 */
export const communeDivisionsTable: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: COMMUNE_DIVISIONS,
  title: {
    vi: 'Số cơ quan chuyên môn thuộc UBND cấp xã',
    en: "Specialised offices of a commune People's Committee",
  },
  unit: 'offices',
  confidence: 'high',
  versions: [
    {
      from: '2025-07-01',
      source: DECREE_150_2025,
      value: 3,
      note: 'The public administration service centre is not counted. NĐ 150/2025 effective date not seen; the new communes operate from 01/07/2025.',
    },
  ],
});
