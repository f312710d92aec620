import * as testing from '@tinhgon/core/testing';
import { describe, expect, it } from 'vitest';

// The public surface of @tinhgon/core/testing. A change here is a change of API: update the snapshot on
// purpose (`pnpm vitest run packages/core/test/testing/exports.test.ts -u`) and say why in the change.
describe('@tinhgon/core/testing', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(testing).sort()).toMatchInlineSnapshot(`
      [
        "INJECTED_FAULTS",
        "LawError",
        "RULE_LAWS",
        "SCENARIO_LAWS",
        "SEED_OPS",
        "TRANSFORMATION_LAWS",
        "arbAttributes",
        "arbBadStateDoc",
        "arbId",
        "arbIsoDate",
        "arbOrgState",
        "arbPeriod",
        "arbPermutation",
        "arbScenario",
        "arbShuffledDoc",
        "arbStaff",
        "arbStateDoc",
        "arbStepFor",
        "arbStepSeed",
        "arbStepSeedOf",
        "arbUnitCode",
        "assertLaw",
        "bodiesOfStep",
        "bodyLabel",
        "cloneDoc",
        "describeBody",
        "describeScenario",
        "describeState",
        "describeStep",
        "invariant",
        "jsonRoundTripLaw",
        "playScenario",
        "playSteps",
        "ruleLaws",
        "scenarioLaws",
        "staffTotals",
        "stepFromSeed",
        "toScenario",
        "transformationLaws",
        "tryStep",
      ]
    `);
  });
});
