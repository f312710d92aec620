// The vocabulary moved to the testing kit; tests keep importing it from here.
export {
  BODY_KINDS,
  FUNCTION_TAGS,
  KIND_TABLE,
  PERSON_NAMES,
  PLACES,
  SHARES,
  UNIT_NAMES,
  UNIT_TYPES,
} from '../../src/testing/vocabulary.js';
