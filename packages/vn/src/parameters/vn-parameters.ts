import type { ParameterTable } from '@tinhgon/core';
import { communeDivisionsTable } from './commune-divisions.js';
import { divisionDeputies2020Table } from './division-deputies-2020.js';
import { divisionDeputies2026Table } from './division-deputies-2026.js';
import { divisionMinStaffTable } from './division-min-staff.js';
import { maxDepartmentsTable } from './max-departments.js';
import { staffCut2015Table } from './staff-cut-2015.js';
import { subDepartmentDivisionMinStaffTable } from './sub-department-division-min-staff.js';
import { subDepartmentMinStaffTable } from './sub-department-min-staff.js';

/** Every parameter table of the Vietnam rule pack. */
export const VN_PARAMETERS: readonly ParameterTable[] = [
  divisionMinStaffTable,
  subDepartmentMinStaffTable,
  subDepartmentDivisionMinStaffTable,
  divisionDeputies2020Table,
  divisionDeputies2026Table,
  maxDepartmentsTable,
  communeDivisionsTable,
  staffCut2015Table,
];
