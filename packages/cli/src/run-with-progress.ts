import { extendRun, type OrgState, runScenario, type Scenario, type ScenarioRun } from '@tinhgon/core';
import type { Io } from './io.js';
import { progressFor, showsProgress } from './progress.js';

/**
 * Runs a scenario, drawing a progress bar step by step when {@link progressFor} allows one. Steps already
 * in date order are run one at a time with `extendRun`, which gives the same run as `runScenario`; any
 * other scenario runs in one go.
 */
export function runWithProgress(io: Io, baseline: OrgState, scenario: Scenario): ScenarioRun {
  const steps = scenario.steps;
  const inOrder = steps.every((step, i) => i === 0 || (steps[i - 1]?.effective ?? '') <= step.effective);
  if (!showsProgress(io, steps.length) || !inOrder) return runScenario(baseline, scenario);
  const progress = progressFor(io, steps.length);
  let run = runScenario(baseline, { name: scenario.name, steps: [] });
  steps.forEach((step, i) => {
    progress.update(i, steps.length, `${step.effective} ${step.op}`);
    run = extendRun(run, [step]);
  });
  progress.end();
  return run;
}
