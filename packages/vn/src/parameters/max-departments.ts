import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_45_2025, DECREE_150_2025 } from '../sources/documents.js';

/** Id of {@link maxDepartmentsTable}. */
export const MAX_DEPARTMENTS = 'vn.max-departments';

/**
 * Maximum number of departments (sở) of a provincial People's Committee: 14, Hà Nội and HCM City 15, from
 * 1 March 2025 (PARAMETERS.md `so.max_per_province`, high).
 */
export const maxDepartmentsTable: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: MAX_DEPARTMENTS,
  title: { vi: 'Số sở tối đa của một tỉnh', en: 'Maximum departments per province' },
  unit: 'departments',
  confidence: 'high',
  versions: [
    {
      from: '2025-03-01',
      until: '2025-06-12',
      source: DECREE_45_2025,
      by: 'provinceClass',
      cases: { special: 15 },
      default: 14,
    },
    {
      from: '2025-06-12',
      source: { ...DECREE_150_2025, article: 'Điều 10 khoản 1' },
      by: 'provinceClass',
      cases: { special: 15 },
      default: 14,
      note: 'From the issue date of NĐ 150/2025; its effective date was not seen (a third-party note says 16/06/2025). Amended by NĐ 370/2025.',
    },
  ],
});
