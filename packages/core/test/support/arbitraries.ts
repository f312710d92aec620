// The generators moved to the testing kit (`@tinhgon/core/testing`); tests keep importing them from here.

export {
  arbOrgState,
  arbPermutation,
  arbShuffledDoc,
  arbStateDoc,
  cloneDoc,
} from '../../src/testing/arbitraries.js';
export {
  arbAttributes,
  arbId,
  arbIsoDate,
  arbPeriod,
  arbStaff,
  arbUnitCode,
} from '../../src/testing/primitives.js';
export type {
  BodyDoc,
  PersonDoc,
  PostDoc,
  RelationDoc,
  StateDoc,
  StateDocOptions,
  UnitDoc,
} from '../../src/testing/state-doc.js';
export { BODY_KINDS, FUNCTION_TAGS } from '../../src/testing/vocabulary.js';
