/**
 * The laws of scenarios, checked over generated ones: the builder and JSON give the same run, a run
 * replays byte for byte, a failing step leaves the state as it was, and collect mode reports every failure.
 */
import { runScenario, type ScenarioRun, stateToJson } from '@tinhgon/core';
import { assertLaw, invariant, type LawOptions } from './law.js';
import {
  arbScenario,
  describeScenario,
  type GeneratedScenario,
  playScenario,
  playSteps,
  type ScenarioOptions,
  toScenario,
} from './scenarios.js';
import { stepFromSeed } from './step-seeds.js';

/** The names of the scenario laws, for running them one by one (`only`). */
export const SCENARIO_LAWS = [
  'builder-json-identity',
  'replay',
  'failure-keeps-state',
  'collect-reports-all',
] as const;

export type ScenarioLaw = (typeof SCENARIO_LAWS)[number];

export interface ScenarioLawOptions extends LawOptions, ScenarioOptions {
  /** The laws to check (default: all of {@link SCENARIO_LAWS}). */
  readonly only?: readonly ScenarioLaw[];
}

/** Everything a run says, as text: the final state, the log and the failures. */
const dump = (run: ScenarioRun): string =>
  JSON.stringify({ state: stateToJson(run.final), log: run.log, failures: run.failures });

type Check = (generated: GeneratedScenario) => void;

/** Steps all made for the base state, as a plan written in advance is: later ones may fail. */
const stepsFromBase = ({ base, seeds }: GeneratedScenario) =>
  seeds.map((seed, n) => stepFromSeed(base, seed, n));

const CHECKS: Readonly<Record<ScenarioLaw, Check>> = {
  'builder-json-identity': (generated) => {
    const built = toScenario(playScenario(generated));
    const fromBuilder = runScenario(generated.base, built);
    const fromJson = runScenario(generated.base, JSON.parse(JSON.stringify(built)));
    invariant(
      fromBuilder.ok,
      () => `steps done one by one failed together: ${JSON.stringify(fromBuilder.failures)}`,
    );
    invariant(dump(fromJson) === dump(fromBuilder), 'the scenario as JSON runs differently from the builder');
  },
  replay: (generated) => {
    const built = toScenario(playScenario(generated));
    const first = dump(runScenario(generated.base, built));
    const second = dump(runScenario(generated.base, built));
    invariant(first === second, 'two runs of the same scenario differ');
  },
  'failure-keeps-state': (generated) => {
    const run = runScenario(
      generated.base,
      { name: 'generated', steps: stepsFromBase(generated) },
      { onFailure: 'collect' },
    );
    let previous = generated.base;
    for (const outcome of run.outcomes) {
      if (!outcome.ok)
        invariant(outcome.state === previous, `step ${outcome.step} failed but changed the state`);
      previous = outcome.state;
    }
  },
  'collect-reports-all': (generated) => {
    const steps = stepsFromBase(generated);
    const run = runScenario(generated.base, { name: 'generated', steps }, { onFailure: 'collect' });
    invariant(
      run.outcomes.length === steps.length,
      `${steps.length} steps but ${run.outcomes.length} outcomes`,
    );
    const failed = run.outcomes.filter((o) => !o.ok).length;
    invariant(
      run.failures.length === failed,
      `${failed} steps failed but ${run.failures.length} failures reported`,
    );
    invariant(run.ok === (failed === 0), 'run.ok disagrees with the failures');
  },
};

/** Laws whose steps are all made for the base state. */
const FROM_BASE = new Set<ScenarioLaw>(['failure-keeps-state', 'collect-reports-all']);

const describeFromBase = (generated: GeneratedScenario): string =>
  describeScenario(playSteps(generated.base, stepsFromBase(generated)));

const TITLES: Readonly<Record<ScenarioLaw, string>> = {
  'builder-json-identity': 'a scenario from the builder and the same scenario as JSON give the same run',
  replay: 'a scenario replays byte for byte',
  'failure-keeps-state': 'a failing step leaves the state as it was',
  'collect-reports-all': 'collect mode reports every failing step',
};

/**
 * Checks the scenario laws over generated scenarios and throws a `LawError` with the shrunk scenario, as
 * numbered steps, when one fails.
 *
 * @example
 * scenarioLaws({ maxSteps: 20, numRuns: 50 });
 */
export function scenarioLaws(options: ScenarioLawOptions = {}): void {
  const { only = SCENARIO_LAWS, base, maxSteps, ops, ...run } = options;
  const scenarios = arbScenario({
    ...(base === undefined ? {} : { base }),
    ...(maxSteps === undefined ? {} : { maxSteps }),
    ...(ops === undefined ? {} : { ops }),
  });
  for (const law of only) {
    const describe = FROM_BASE.has(law) ? describeFromBase : describeScenario;
    assertLaw(TITLES[law], scenarios, CHECKS[law], { ...run, describe });
  }
}
