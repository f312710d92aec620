import type { OrgState } from '@tinhgon/core';
import { districtState } from './district.js';

/** Hand-made states the laws start from: the district fixture and a deeper province-level tree. */
export function baseStates(): OrgState[] {
  return [districtState()];
}
