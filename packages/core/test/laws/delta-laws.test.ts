import {
  bridgeBalances,
  compareRuns,
  GROUP_BYS,
  headcountBridge,
  runScenario,
  type Step,
} from '@tinhgon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBaseState } from '../support/base-states.js';
import { arbStepSeed, stepFromSeed } from '../support/step-seeds.js';

const arbRun = fc
  .record({ base: arbBaseState, seeds: fc.array(arbStepSeed, { maxLength: 12 }) })
  .map(({ base, seeds }) => {
    // Interpret the seeds against the evolving state; collect mode keeps the steps that can be done.
    const steps: Step[] = [];
    let state = base;
    seeds.forEach((seed, n) => {
      const step = stepFromSeed(state, seed, n);
      const run = runScenario(state, { name: 'one', steps: [step] });
      if (run.ok) {
        steps.push(step);
        state = run.final;
      }
    });
    return { base, steps };
  });

describe('laws of deltas', () => {
  it('the headcount bridge always sums to the end figure, for every grouping and measure', () => {
    fc.assert(
      fc.property(arbRun, ({ base, steps }) => {
        const run = runScenario(base, { name: 'generated', steps });
        expect(run.ok).toBe(true);
        for (const by of GROUP_BYS) {
          for (const measure of ['quota', 'actual'] as const) {
            const rows = headcountBridge(run, by, measure);
            for (const row of rows) expect(bridgeBalances(row), JSON.stringify(row)).toBe(true);
            if (by === 'total') expect(rows[0]?.restructured ?? 0).toBe(0);
          }
        }
      }),
    );
  });

  it('comparing a scenario with itself shows no difference', () => {
    fc.assert(
      fc.property(arbRun, ({ base, steps }) => {
        const a = runScenario(base, { name: 'a', steps });
        const b = runScenario(base, { name: 'b', steps });
        expect(compareRuns(a, b).same).toBe(true);
      }),
    );
  });
});
