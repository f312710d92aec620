// The step seeds moved to the testing kit (`@tinhgon/core/testing`); tests keep importing them from here.

export { describeStep } from '../../src/testing/describe.js';
export type { SeedOp, StepSeed } from '../../src/testing/step-seeds.js';
export {
  arbStepFor,
  arbStepSeed,
  arbStepSeedOf,
  SEED_OPS,
  stepFromSeed,
} from '../../src/testing/step-seeds.js';
