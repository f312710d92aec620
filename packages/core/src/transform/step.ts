import { z } from 'zod';
import { InvalidArgumentError } from '../errors/errors.js';
import type { OrgState } from '../state/org-state.js';
import { absorb } from './absorb.js';
import { abolishLevel, reorganizeUnits } from './admin-units.js';
import { appoint, appointConcurrent, endConcurrent, release } from './appoint.js';
import type { StepOp } from './change.js';
import type { TransformResult } from './change-recorder.js';
import { consolidate } from './consolidate.js';
import { dissolve } from './dissolve.js';
import { establish } from './establish.js';
import { move } from './move.js';
import { markValidated } from './parse-params.js';
import { rename } from './rename.js';
import { split } from './split.js';
import { cutStaff, setDeputies, setQuota } from './staff.js';
import * as schemas from './step-schemas.js';
import { transfer } from './transfer.js';

/** One step of a scenario as JSON: `{ "op": "absorb", "effective": "2019-01-01", … }`. */
export const stepSchema = z.discriminatedUnion('op', [
  schemas.establishSchema.extend({ op: z.literal('establish') }),
  schemas.absorbSchema.extend({ op: z.literal('absorb') }),
  schemas.consolidateSchema.extend({ op: z.literal('consolidate') }),
  schemas.dissolveSchema.extend({ op: z.literal('dissolve') }),
  schemas.transferSchema.extend({ op: z.literal('transfer') }),
  schemas.moveSchema.extend({ op: z.literal('move') }),
  schemas.renameSchema.extend({ op: z.literal('rename') }),
  schemas.splitSchema.extend({ op: z.literal('split') }),
  schemas.appointSchema.extend({ op: z.literal('appoint') }),
  schemas.releaseSchema.extend({ op: z.literal('release') }),
  schemas.appointConcurrentSchema.extend({ op: z.literal('appointConcurrent') }),
  schemas.endConcurrentSchema.extend({ op: z.literal('endConcurrent') }),
  schemas.setQuotaSchema.extend({ op: z.literal('setQuota') }),
  schemas.cutStaffSchema.extend({ op: z.literal('cutStaff') }),
  schemas.setDeputiesSchema.extend({ op: z.literal('setDeputies') }),
  schemas.reorganizeUnitsSchema.extend({ op: z.literal('reorganizeUnits') }),
  schemas.abolishLevelSchema.extend({ op: z.literal('abolishLevel') }),
]);

/** A step as written (input side of the schema). */
export type Step = z.input<typeof stepSchema>;

type Transformation = (state: OrgState, params: never) => TransformResult;

const TRANSFORMATIONS: Readonly<Record<StepOp, Transformation>> = {
  establish,
  absorb,
  consolidate,
  dissolve,
  transfer,
  move,
  rename,
  split,
  appoint,
  release,
  appointConcurrent,
  endConcurrent,
  setQuota,
  cutStaff,
  setDeputies,
  reorganizeUnits,
  abolishLevel,
};

/**
 * Applies one JSON step to a state by calling the transformation its `op` names, with the same checks as
 * a direct call. Returns the new state and the change record; throws a {@link TransformError} when the
 * step cannot be done and an `InvalidArgumentError` when it is malformed.
 */
export function applyStep(state: OrgState, step: Step): TransformResult {
  const { op, ...params } = step as { op: StepOp };
  const transformation = TRANSFORMATIONS[op];
  if (transformation === undefined) {
    throw new InvalidArgumentError(
      `@tinhgon/core/applyStep: unknown op ${JSON.stringify(op)}; expected one of ${Object.keys(TRANSFORMATIONS).join(', ')}`,
    );
  }
  return (transformation as (s: OrgState, p: unknown) => TransformResult)(state, params);
}

/**
 * {@link applyStep} for a step that `parseScenario` already validated: the transformation does not check
 * the same parameters again. Internal to the scenario runner.
 */
export function applyParsedStep(state: OrgState, step: Step): TransformResult {
  const { op, ...params } = step as { op: StepOp };
  return (TRANSFORMATIONS[op] as (s: OrgState, p: unknown) => TransformResult)(state, markValidated(params));
}
