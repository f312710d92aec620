// @tinhgon/core: the public surface, re-exported by name. A test pins this list.

export type { GroupFigures } from './delta/aggregate.js';
export { aggregate } from './delta/aggregate.js';
export type { YearComparison } from './delta/baseline-year.js';
export { againstYear } from './delta/baseline-year.js';
export type { BodyDelta, Pair } from './delta/body-delta.js';
export { bodyDeltas } from './delta/body-delta.js';
export type { BridgeRow, Measure } from './delta/bridge.js';
export { bridgeBalances, headcountBridge } from './delta/bridge.js';
export type { ComparisonRow, FindingDifference, RunComparison } from './delta/compare-runs.js';
export { compareRuns } from './delta/compare-runs.js';
export type { Cell } from './delta/csv.js';
export { toCsv } from './delta/csv.js';
export type { FocalPoints, TreeShape } from './delta/focal-points.js';
export { focalPoints, treeShape } from './delta/focal-points.js';
export type { GroupBy } from './delta/group-by.js';
export { GROUP_BYS, groupOf } from './delta/group-by.js';
export type { Leadership } from './delta/leadership.js';
export { leadershipOf } from './delta/leadership.js';
export { comparisonTables, staffingTables } from './delta/staffing-tables.js';
export { InvalidArgumentError, NotFoundError, TinhgonError, UsageError } from './errors/errors.js';
export { graphOf, OrgGraph } from './graph/graph-view.js';
export { parseState, StateValidationError, safeParseState } from './load/parse-state.js';
export { formatIssue, formatPath, summarizeIssues } from './locale/format-issue.js';
export type { Bilingual, Lang } from './locale/lang.js';
export type { AdminUnit, UnitCode } from './model/admin-unit.js';
export type { AttributeValue, Body, BodyId } from './model/body.js';
export type { IsoDate, Validity } from './model/dates.js';
export { compareDates, isInForce, isIsoDate } from './model/dates.js';
export type { Level, UnitLevel } from './model/level.js';
export { LEVELS, levelRank, UNIT_LEVELS } from './model/level.js';
export type { Person, PersonId, Post, PostId, PostRole } from './model/post.js';
export { POST_ROLES } from './model/post.js';
export type { Relation, RelationId, RelationKind } from './model/relation.js';
export { RELATION_KINDS } from './model/relation.js';
export type { Appraisal, StageAppraisal } from './rules/appraise.js';
export { appraiseChange, appraiseRun, appraiseState } from './rules/appraise.js';
export type { Citation, Confidence } from './rules/citation.js';
export type { EvaluateOptions } from './rules/evaluate.js';
export { checkState, checkTransition } from './rules/evaluate.js';
export type { DocumentInput } from './rules/evaluate-document.js';
export { evaluateDocument } from './rules/evaluate-document.js';
export type { Finding, FindingBody } from './rules/finding.js';
export type { ParameterTable, ParameterTableInput, ResolvedParameter } from './rules/parameter.js';
export { parameterTableSchema, parseParameterTable, resolveParameter } from './rules/parameter.js';
export type {
  Bound,
  Rule,
  RuleContextBase,
  RuleException,
  RuleMessages,
  Scope,
  Severity,
  StateContext,
  StateRule,
  TransitionContext,
  TransitionRule,
  Values,
  Verdict,
} from './rules/rule.js';
export { attributeOf } from './rules/rule-context.js';
export type { FixtureResult, RuleFixture } from './rules/rule-fixture.js';
export { ruleFixtureSchema, runRuleFixture } from './rules/rule-fixture.js';
export type { RuleSet } from './rules/rule-set.js';
export { combineRuleSets } from './rules/rule-set.js';
export type { LineageLink } from './scenario/lineage.js';
export { traceLineage } from './scenario/lineage.js';
export type { RunOptions, ScenarioRun, StepOutcome } from './scenario/run-scenario.js';
export { extendRun, parseScenario, runScenario, stateAt } from './scenario/run-scenario.js';
export { ScenarioBuilder, scenario } from './scenario/scenario-builder.js';
export type { Scenario, ScenarioInput } from './scenario/scenario-schema.js';
export { SCENARIO_FORMAT, scenarioSchema } from './scenario/scenario-schema.js';
export type { StepFailure } from './scenario/step-failure.js';
export {
  adminUnitSchema,
  bodySchema,
  personSchema,
  postSchema,
  relationSchema,
} from './schema/entity-schemas.js';
export { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_STAFF } from './schema/primitives.js';
export type { ParsedStateJson, StateJsonInput } from './schema/state-schema.js';
export { STATE_FORMAT, stateJsonSchema, stateSchema } from './schema/state-schema.js';
export type { OrgState, PersistentMap, PersistentSet, StateIndex } from './state/org-state.js';
export type { StateJson } from './state/state-json.js';
export { stateToJson, stringifyState } from './state/state-json.js';
export type { AbsorbParams } from './transform/absorb.js';
export { absorb } from './transform/absorb.js';
export type { AbolishLevelParams, ReorganizeUnitsParams } from './transform/admin-units.js';
export { abolishLevel, reorganizeUnits } from './transform/admin-units.js';
export type {
  AppointConcurrentParams,
  AppointParams,
  EndConcurrentParams,
  ReleaseParams,
} from './transform/appoint.js';
export { appoint, appointConcurrent, endConcurrent, release } from './transform/appoint.js';
export type {
  Change,
  EndedBody,
  EndReason,
  Flow,
  FlowKind,
  LegalBasis,
  PostChange,
  RelationChange,
  StepMeta,
  StepOp,
  UnitChange,
} from './transform/change.js';
export type { TransformResult } from './transform/change-recorder.js';
export type { ConsolidateParams } from './transform/consolidate.js';
export { consolidate } from './transform/consolidate.js';
export type { DissolveParams } from './transform/dissolve.js';
export { dissolve } from './transform/dissolve.js';
export type { EstablishParams } from './transform/establish.js';
export { establish } from './transform/establish.js';
export type { MoveParams } from './transform/move.js';
export { move } from './transform/move.js';
export type { RenameParams } from './transform/rename.js';
export { rename } from './transform/rename.js';
export type { SplitParams } from './transform/split.js';
export { split } from './transform/split.js';
export type { CutStaffParams, SetDeputiesParams, SetQuotaParams } from './transform/staff.js';
export { cutStaff, setDeputies, setQuota } from './transform/staff.js';
export type { Step } from './transform/step.js';
export { applyStep, stepSchema } from './transform/step.js';
export type { TransferParams } from './transform/transfer.js';
export { transfer } from './transform/transfer.js';
export type { TransformErrorCode } from './transform/transform-error.js';
export { TransformError } from './transform/transform-error.js';
export type {
  EntityKind,
  NonEmptyArray,
  Path,
  Result,
  StateIssue,
  StateIssueCode,
} from './validate/issue.js';
