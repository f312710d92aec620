import { SCENARIO_LAWS, scenarioLaws, TRANSFORMATION_LAWS, transformationLaws } from '@tinhgon/core/testing';
import { describe, it } from 'vitest';
import { arbBaseState } from '../support/base-states.js';

// The laws live in the testing kit (`@tinhgon/core/testing`), so that users run them on their own states;
// here they run on the district fixture and generated states, each law as a test of its own.
describe('laws of transformations', () => {
  it.each(TRANSFORMATION_LAWS)('%s', (law) => {
    transformationLaws({ base: arbBaseState, only: [law] });
  });
});

describe('laws of scenarios', () => {
  it.each(SCENARIO_LAWS)('%s', (law) => {
    scenarioLaws({ base: arbBaseState, only: [law] });
  });
});
