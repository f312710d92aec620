// @tinhgon/core: the public surface, re-exported by name. A test pins this list.

export { InvalidArgumentError, NotFoundError, TinhgonError, UsageError } from './errors/errors.js';
export { graphOf, OrgGraph } from './graph/graph-view.js';
export { parseState, StateValidationError, safeParseState } from './load/parse-state.js';
export { formatIssue, formatPath, summarizeIssues } from './locale/format-issue.js';
export type { Bilingual, Lang } from './locale/lang.js';
export type { AdminUnit, UnitCode } from './model/admin-unit.js';
export type { Body, BodyId } from './model/body.js';
export type { IsoDate, Validity } from './model/dates.js';
export { compareDates, isInForce, isIsoDate } from './model/dates.js';
export type { Level, UnitLevel } from './model/level.js';
export { LEVELS, levelRank, UNIT_LEVELS } from './model/level.js';
export type { Person, PersonId, Post, PostId, PostRole } from './model/post.js';
export { POST_ROLES } from './model/post.js';
export type { Relation, RelationId, RelationKind } from './model/relation.js';
export { RELATION_KINDS } from './model/relation.js';
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
export type {
  EntityKind,
  NonEmptyArray,
  Path,
  Result,
  StateIssue,
  StateIssueCode,
} from './validate/issue.js';
