// @tinhgon/core/testing: fast-check arbitraries and reusable laws for property tests of tinhgon models,
// transformations and rules. Re-exported by name; a test pins this list. Needs fast-check (a peer).

export {
  arbOrgState,
  arbPermutation,
  arbShuffledDoc,
  arbStateDoc,
  cloneDoc,
} from './arbitraries.js';
export type { BadStateDoc, InjectedFault } from './bad-docs.js';
export { arbBadStateDoc, INJECTED_FAULTS } from './bad-docs.js';
export { bodiesOfStep, bodyLabel, describeBody, describeState, describeStep } from './describe.js';
export type { JsonRoundTripOptions } from './json-round-trip-law.js';
export { jsonRoundTripLaw } from './json-round-trip-law.js';
export type { LawOptions } from './law.js';
export { assertLaw, invariant, LawError } from './law.js';
export type { Period } from './primitives.js';
export {
  arbAttributes,
  arbId,
  arbIsoDate,
  arbPeriod,
  arbStaff,
  arbUnitCode,
} from './primitives.js';
export type { RuleLaw, RuleLawOptions } from './rule-laws.js';
export { RULE_LAWS, ruleLaws } from './rule-laws.js';
export type { ScenarioLaw, ScenarioLawOptions } from './scenario-laws.js';
export { SCENARIO_LAWS, scenarioLaws } from './scenario-laws.js';
export type {
  GeneratedScenario,
  PlayedScenario,
  PlayedStep,
  ScenarioOptions,
} from './scenarios.js';
export {
  arbScenario,
  describeScenario,
  playScenario,
  playSteps,
  toScenario,
  tryStep,
} from './scenarios.js';
export type {
  BodyDoc,
  PersonDoc,
  PostDoc,
  RelationDoc,
  StateDoc,
  StateDocOptions,
  UnitDoc,
} from './state-doc.js';
export type { SeedOp, StepSeed } from './step-seeds.js';
export { arbStepFor, arbStepSeed, arbStepSeedOf, SEED_OPS, stepFromSeed } from './step-seeds.js';
export type { TransformationLaw, TransformationLawOptions } from './transformation-laws.js';
export { staffTotals, TRANSFORMATION_LAWS, transformationLaws } from './transformation-laws.js';
