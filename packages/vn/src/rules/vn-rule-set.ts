import type { Rule, RuleSet } from '@tinhgon/core';
import { VN_PARAMETERS } from '../parameters/vn-parameters.js';
import { communeDivisions } from './commune-divisions.js';
import { concurrentAppointment } from './concurrent-appointment.js';
import { fewerDivisions } from './fewer-divisions.js';
import { fewerFocalPoints } from './fewer-focal-points.js';
import { fewerOfficeStaff } from './fewer-office-staff.js';
import { maxDepartments } from './max-departments.js';
import { maxDeputies } from './max-deputies.js';
import { minDivisionStaff } from './min-division-staff.js';
import { minSubDepartmentStaff } from './min-sub-department-staff.js';
import { noIntermediateBodies } from './no-intermediate-bodies.js';
import { overlappingFunctions } from './overlapping-functions.js';
import { similarConsolidation } from './similar-consolidation.js';
import { staffCut2015 } from './staff-cut-2015.js';

/** The rules R1–R9 of the Vietnam pack, in order (R10 is {@link appraiseScheme}, R11 {@link checkTimeline}). */
export const VN_RULES: readonly Rule[] = [
  minDivisionStaff,
  minSubDepartmentStaff,
  fewerDivisions,
  staffCut2015,
  maxDeputies,
  noIntermediateBodies,
  concurrentAppointment,
  similarConsolidation,
  overlappingFunctions,
  fewerFocalPoints,
  maxDepartments,
  communeDivisions,
  fewerOfficeStaff,
];

/**
 * The Vietnam rule pack: rules R1–R9 and the parameter tables they read, ready for `checkState`,
 * `appraiseChange`, `evaluateDocument` or `runRuleFixture` of `@tinhgon/core`.
 *
 * @example
 * const appraisal = appraiseChange(run.baseline, run.final, run.log, vnRuleSet.rules, {
 *   date: '2019-01-01',
 *   parameters: vnRuleSet.parameters,
 * });
 */
export const vnRuleSet: RuleSet = { rules: VN_RULES, parameters: VN_PARAMETERS };
