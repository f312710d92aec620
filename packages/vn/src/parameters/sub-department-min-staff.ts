import { type ParameterTable, parseParameterTable } from '@tinhgon/core';
import { DECREE_45_2025 } from '../sources/documents.js';

/** Id of {@link subDepartmentMinStaffTable}. */
export const SUB_DEPARTMENT_MIN_STAFF = 'vn.sub-department-min-staff';

/**
 * Minimum staff positions for a sub-department (chi cục) under a department: 12 from 1 March 2025
 * (PARAMETERS.md `so.chi_cuc_min_staff`, high).
 */
export const subDepartmentMinStaffTable: ParameterTable = /* @__PURE__ */ parseParameterTable({
  id: SUB_DEPARTMENT_MIN_STAFF,
  title: {
    vi: 'Biên chế tối thiểu để thành lập chi cục thuộc sở',
    en: 'Minimum staff positions for a sub-department of a department',
  },
  unit: 'positions',
  confidence: 'high',
  versions: [
    {
      from: '2025-03-01',
      source: { ...DECREE_45_2025, article: 'Điều 5 khoản 4' },
      value: 12,
      note: 'NĐ 45/2025 was replaced by NĐ 150/2025, whose value was not seen; the 45/2025 value is kept.',
    },
  ],
});
