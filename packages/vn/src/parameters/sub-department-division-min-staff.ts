import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_45_2025 } from '../sources/documents.js';

/** Id of {@link subDepartmentDivisionMinStaffTable}. */
export const SUB_DEPARTMENT_DIVISION_MIN_STAFF = 'vn.sub-department-division-min-staff';

/**
 * Minimum staff positions for a division (phòng) inside a sub-department (chi cục) of a department: 5 from
 * 1 March 2025 (PARAMETERS.md `so.phong_thuoc_chi_cuc_min_staff`, medium: one news source, clause number
 * inferred). Before 2025 the 2018 plans' 5-position minimum covers these divisions too.
 */
export const subDepartmentDivisionMinStaffTable: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: SUB_DEPARTMENT_DIVISION_MIN_STAFF,
  title: {
    vi: 'Biên chế tối thiểu để thành lập phòng thuộc chi cục',
    en: 'Minimum staff positions for a division of a sub-department',
  },
  unit: 'positions',
  confidence: 'medium',
  versions: [
    {
      from: '2025-03-01',
      source: { ...DECREE_45_2025, article: 'Điều 5 (khoản 5, số khoản suy đoán)' },
      value: 5,
      note: 'Seen in a single news summary; the clause number is inferred. NĐ 150/2025 value not seen.',
    },
  ],
});
