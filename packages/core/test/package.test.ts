import * as core from '@tinhgon/core';
import { describe, expect, it } from 'vitest';

// The public surface of @tinhgon/core. A change here is a change of API: update the snapshot on purpose
// (`pnpm vitest run packages/core/test/package.test.ts -u`) and say why in the change.
describe('@tinhgon/core', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "GROUP_BYS",
        "InvalidArgumentError",
        "LEVELS",
        "MAX_ID_LENGTH",
        "MAX_NAME_LENGTH",
        "MAX_STAFF",
        "NotFoundError",
        "OrgGraph",
        "POST_ROLES",
        "RELATION_KINDS",
        "SCENARIO_FORMAT",
        "STATE_FORMAT",
        "ScenarioBuilder",
        "StateValidationError",
        "TinhgonError",
        "TransformError",
        "UNIT_LEVELS",
        "UsageError",
        "abolishLevel",
        "absorb",
        "adminUnitSchema",
        "againstYear",
        "aggregate",
        "applyStep",
        "appoint",
        "appointConcurrent",
        "appraiseChange",
        "appraiseRun",
        "appraiseState",
        "attributeOf",
        "bodyDeltas",
        "bodySchema",
        "bridgeBalances",
        "checkState",
        "checkTransition",
        "combineRuleSets",
        "compareDates",
        "compareRuns",
        "comparisonTables",
        "consolidate",
        "cutStaff",
        "dissolve",
        "endConcurrent",
        "establish",
        "evaluateDocument",
        "extendRun",
        "focalPoints",
        "formatIssue",
        "formatPath",
        "graphOf",
        "groupOf",
        "headcountBridge",
        "isInForce",
        "isIsoDate",
        "leadershipOf",
        "levelRank",
        "move",
        "parameterTableSchema",
        "parseParameterTable",
        "parseScenario",
        "parseState",
        "personSchema",
        "postSchema",
        "relationSchema",
        "release",
        "rename",
        "reorganizeUnits",
        "resolveParameter",
        "ruleFixtureSchema",
        "runRuleFixture",
        "runScenario",
        "safeParseState",
        "scenario",
        "scenarioSchema",
        "setDeputies",
        "setQuota",
        "split",
        "staffingTables",
        "stateAt",
        "stateJsonSchema",
        "stateSchema",
        "stateToJson",
        "stepSchema",
        "stringifyState",
        "summarizeIssues",
        "toCsv",
        "traceLineage",
        "transfer",
        "treeShape",
      ]
    `);
  });

  it('exports the foundation by name, resolving to the source modules', async () => {
    const { parseState } = await import('../src/load/parse-state.js');
    const { graphOf } = await import('../src/graph/graph-view.js');
    expect(core.parseState).toBe(parseState);
    expect(core.graphOf).toBe(graphOf);
  });

  it('exports no undefined values', () => {
    for (const [name, value] of Object.entries(core)) expect(value, name).toBeDefined();
  });
});
