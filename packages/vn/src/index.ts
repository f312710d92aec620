// @tinhgon/vn: the Vietnam rule pack, re-exported by name. A test pins this list.

export type { AdminEra } from './admin-units/admin-era.js';
export { ADMIN_ERAS, REFORM_2025_DATE } from './admin-units/admin-era.js';
export { parseCsv, parseCsvRecords } from './admin-units/csv.js';
export type { DataDirOptions } from './admin-units/data-dir.js';
export { resolveDataDir } from './admin-units/data-dir.js';
export type { CommuneMappingRow, ProvinceMappingRow } from './admin-units/load-mappings.js';
export { loadCommuneMapping, loadProvinceMapping } from './admin-units/load-mappings.js';
export { adminUnitsFromCsv, loadAdminUnits } from './admin-units/load-units.js';
export type { NationalOptions } from './national/build-national-state.js';
export { buildNationalState, nationalStateJson } from './national/build-national-state.js';
export { COMMUNE_DIVISIONS, communeDivisionsTable } from './parameters/commune-divisions.js';
export { DIVISION_DEPUTIES_2020, divisionDeputies2020Table } from './parameters/division-deputies-2020.js';
export { DIVISION_DEPUTIES_2026, divisionDeputies2026Table } from './parameters/division-deputies-2026.js';
export { DIVISION_MIN_STAFF, divisionMinStaffTable } from './parameters/division-min-staff.js';
export { MAX_DEPARTMENTS, maxDepartmentsTable } from './parameters/max-departments.js';
export { STAFF_CUT_2015, staffCut2015Table } from './parameters/staff-cut-2015.js';
export {
  SUB_DEPARTMENT_DIVISION_MIN_STAFF,
  subDepartmentDivisionMinStaffTable,
} from './parameters/sub-department-division-min-staff.js';
export {
  SUB_DEPARTMENT_MIN_STAFF,
  subDepartmentMinStaffTable,
} from './parameters/sub-department-min-staff.js';
export { VN_PARAMETERS } from './parameters/vn-parameters.js';
export type { Reform2025Options, Reform2025ScenarioOptions } from './plans/reform-2025.js';
export { reform2025Scenario, reform2025Steps } from './plans/reform-2025.js';
export type { AppraiseSchemeOptions, SchemeAppraisal, SchemeChange } from './rules/appraise-scheme.js';
export { APPRAISAL_RULE, appraiseScheme } from './rules/appraise-scheme.js';
export { communeDivisions } from './rules/commune-divisions.js';
export { concurrentAppointment } from './rules/concurrent-appointment.js';
export { fewerDivisions } from './rules/fewer-divisions.js';
export { fewerFocalPoints } from './rules/fewer-focal-points.js';
export { fewerOfficeStaff } from './rules/fewer-office-staff.js';
export { maxDepartments } from './rules/max-departments.js';
export { maxDeputies } from './rules/max-deputies.js';
export { minDivisionStaff } from './rules/min-division-staff.js';
export { minSubDepartmentStaff } from './rules/min-sub-department-staff.js';
export { noIntermediateBodies } from './rules/no-intermediate-bodies.js';
export { overlappingFunctions } from './rules/overlapping-functions.js';
export type { PlanTask, PlanTaskInput } from './rules/plan-task.js';
export { parsePlanTasks, planTaskSchema, planTasksSchema } from './rules/plan-task.js';
export type { TimelineOptions } from './rules/plan-timeline.js';
export { checkTimeline } from './rules/plan-timeline.js';
export { similarConsolidation } from './rules/similar-consolidation.js';
export { staffCut2015 } from './rules/staff-cut-2015.js';
export { VN_RULES, vnRuleSet } from './rules/vn-rule-set.js';
export type { BodyKindInfo } from './taxonomy/body-kinds.js';
export { BODY_KINDS, bodyKind, isInternalKind } from './taxonomy/body-kinds.js';
export type { FunctionCatalogue } from './taxonomy/function-catalogue.js';
export {
  createFunctionCatalogue,
  functionFamily,
  sharedFunctionGroups,
  similarFunctions,
  VN_FUNCTION_CATALOGUE,
} from './taxonomy/function-catalogue.js';
export type { FunctionFamilyInfo } from './taxonomy/function-families.js';
export { FUNCTION_FAMILIES } from './taxonomy/function-families.js';
export type { FunctionTagInfo } from './taxonomy/function-tags.js';
export { FUNCTION_TAGS } from './taxonomy/function-tags.js';
export { LEVEL_LABELS } from './taxonomy/levels.js';
export { isOfficeBody } from './taxonomy/office-bodies.js';
export type { ProvinceClass } from './taxonomy/province-class.js';
export {
  PROVINCE_CLASS_ATTRIBUTE,
  PROVINCE_CLASS_LABELS,
  PROVINCE_CLASSES,
} from './taxonomy/province-class.js';
export type { SectorId } from './taxonomy/sectors.js';
export { SECTOR_LABELS, SECTORS } from './taxonomy/sectors.js';
export { COMMUNE_2024 } from './templates/commune-2024.js';
export { COMMUNE_2025 } from './templates/commune-2025.js';
export { DISTRICT_2024 } from './templates/district-2024.js';
export { PROVINCE_2024 } from './templates/province-2024.js';
export { PROVINCE_2025 } from './templates/province-2025.js';
export type { BodyTemplate, StructureTemplate, TemplateInstance } from './templates/structure-template.js';
export { instantiateTemplate, partyCommitteeName, templateBodyId } from './templates/structure-template.js';
export { STRUCTURE_TEMPLATES } from './templates/structure-templates.js';
