/**
 * A scenario's steps done on a {@link FloorGraph}, in order, in place: the floor of the national-reform
 * benchmark. It does the ops the 2025 reform uses (`reorganizeUnits`, `absorb`, `dissolve`, `establish`,
 * `abolishLevel`); any other op throws.
 */
import type { Step } from '@tinhgon/core';
import { absorbOnFloor, dissolveOnFloor, establishOnFloor } from './body-steps.js';
import type { FloorGraph } from './floor-graph.js';
import { abolishLevelOnFloor, reorganizeUnitsOnFloor } from './unit-steps.js';

/** Does the steps in order on the floor. */
export function applyFloorSteps(floor: FloorGraph, steps: readonly Step[]): void {
  for (const step of steps) {
    switch (step.op) {
      case 'reorganizeUnits':
        reorganizeUnitsOnFloor(floor, step);
        break;
      case 'absorb':
        absorbOnFloor(floor, step);
        break;
      case 'dissolve':
        dissolveOnFloor(floor, step);
        break;
      case 'establish':
        establishOnFloor(floor, step);
        break;
      case 'abolishLevel':
        abolishLevelOnFloor(floor, step);
        break;
      default:
        throw new Error(`@tinhgon/bench/floor: op "${step.op}" is not implemented by the floor`);
    }
  }
}
