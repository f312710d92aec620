import { readFileSync } from 'node:fs';
import * as vn from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

// The public surface of @tinhgon/vn: a change to this list is a decision, made visible here.
describe('@tinhgon/vn', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(vn).sort()).toMatchInlineSnapshot(`
      [
        "ADMIN_ERAS",
        "APPRAISAL_RULE",
        "BODY_KINDS",
        "COMMUNE_2024",
        "COMMUNE_2025",
        "COMMUNE_DIVISIONS",
        "DISTRICT_2024",
        "DIVISION_DEPUTIES_2020",
        "DIVISION_DEPUTIES_2026",
        "DIVISION_MIN_STAFF",
        "FUNCTION_FAMILIES",
        "FUNCTION_TAGS",
        "LEVEL_LABELS",
        "MAX_DEPARTMENTS",
        "PROVINCE_2024",
        "PROVINCE_2025",
        "PROVINCE_CLASSES",
        "PROVINCE_CLASS_ATTRIBUTE",
        "PROVINCE_CLASS_LABELS",
        "REFORM_2025_DATE",
        "SECTORS",
        "SECTOR_LABELS",
        "STAFF_CUT_2015",
        "STRUCTURE_TEMPLATES",
        "SUB_DEPARTMENT_DIVISION_MIN_STAFF",
        "SUB_DEPARTMENT_MIN_STAFF",
        "VN_FUNCTION_CATALOGUE",
        "VN_PARAMETERS",
        "VN_RULES",
        "adminUnitsFromCsv",
        "appraiseScheme",
        "bodyKind",
        "buildNationalState",
        "checkTimeline",
        "communeDivisions",
        "communeDivisionsTable",
        "concurrentAppointment",
        "createFunctionCatalogue",
        "divisionDeputies2020Table",
        "divisionDeputies2026Table",
        "divisionMinStaffTable",
        "fewerDivisions",
        "fewerFocalPoints",
        "fewerOfficeStaff",
        "functionFamily",
        "instantiateTemplate",
        "isInternalKind",
        "isOfficeBody",
        "loadAdminUnits",
        "loadCommuneMapping",
        "loadProvinceMapping",
        "maxDepartments",
        "maxDepartmentsTable",
        "maxDeputies",
        "minDivisionStaff",
        "minSubDepartmentStaff",
        "nationalStateJson",
        "noIntermediateBodies",
        "overlappingFunctions",
        "parseCsv",
        "parseCsvRecords",
        "parsePlanTasks",
        "partyCommitteeName",
        "planTaskSchema",
        "planTasksSchema",
        "reform2025Scenario",
        "reform2025Steps",
        "resolveDataDir",
        "sharedFunctionGroups",
        "similarConsolidation",
        "similarFunctions",
        "staffCut2015",
        "staffCut2015Table",
        "subDepartmentDivisionMinStaffTable",
        "subDepartmentMinStaffTable",
        "templateBodyId",
        "vnRuleSet",
      ]
    `);
  });

  it('has an exports map with types first, the source condition, and no internals', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.']['@tinhgon/source']).toBe('./src/index.ts');
    expect(Object.keys(pkg.exports['.'].import)).toEqual(['types', 'default']);
    expect(pkg.exports['./internal/*']).toBeNull();
    expect(pkg.dependencies['@tinhgon/core']).toBe('workspace:*');
  });
});
