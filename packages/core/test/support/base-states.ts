import type { OrgState } from '@tinhgon/core';
import fc from 'fast-check';
import { arbOrgState } from './arbitraries.js';
import { districtState } from './district.js';

/**
 * The states the laws start from: the district fixture (a realistic seed-000 structure) or a generated
 * valid state with deeper trees, units, relations and posts.
 */
export const arbBaseState: fc.Arbitrary<OrgState> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(districtState()) },
  { weight: 3, arbitrary: arbOrgState({ maxBodies: 16 }) },
);
