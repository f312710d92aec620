import { bridgeBalances, compareRuns, GROUP_BYS, headcountBridge, runScenario } from '@tinhgon/core';
import {
  arbScenario,
  assertLaw,
  describeScenario,
  invariant,
  playScenario,
  toScenario,
} from '@tinhgon/core/testing';
import { describe, it } from 'vitest';
import { arbBaseState } from '../support/base-states.js';

// Scenarios interpreted against the evolving state; only the steps that can be done are kept.
const scenarios = arbScenario({ base: arbBaseState });

describe('laws of deltas', () => {
  it('the headcount bridge always sums to the end figure, for every grouping and measure', () => {
    assertLaw(
      'the headcount bridge balances',
      scenarios,
      (generated) => {
        const run = runScenario(generated.base, toScenario(playScenario(generated)));
        invariant(run.ok, 'the steps that could be done failed together');
        for (const by of GROUP_BYS) {
          for (const measure of ['quota', 'actual'] as const) {
            const rows = headcountBridge(run, by, measure);
            for (const row of rows)
              invariant(
                bridgeBalances(row),
                () => `${by}/${measure}: ${JSON.stringify(row)} does not balance`,
              );
            if (by === 'total')
              invariant((rows[0]?.restructured ?? 0) === 0, `${measure}: the total shows restructured staff`);
          }
        }
      },
      { describe: describeScenario },
    );
  });

  it('comparing a scenario with itself shows no difference', () => {
    assertLaw(
      'a scenario compared with itself is the same',
      scenarios,
      (generated) => {
        const steps = toScenario(playScenario(generated)).steps;
        const a = runScenario(generated.base, { name: 'a', steps });
        const b = runScenario(generated.base, { name: 'b', steps });
        invariant(compareRuns(a, b).same, 'compareRuns found a difference');
      },
      { describe: describeScenario },
    );
  });
});
