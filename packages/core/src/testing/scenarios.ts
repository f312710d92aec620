/**
 * Generated scenarios: a base state and a list of step seeds, interpreted one after another against the
 * evolving state. Seeds shrink well (fewer steps, smaller numbers) and read as a numbered scenario once
 * played, which is how a failing law prints its counterexample.
 */
import {
  applyStep,
  type Change,
  type OrgState,
  type Scenario,
  type Step,
  scenario,
  TinhgonError,
} from '@tinhgon/core';
import fc from 'fast-check';
import { arbOrgState } from './arbitraries.js';
import { bodiesOfStep, describeState, describeStep } from './describe.js';
import { arbStepSeedOf, SEED_OPS, type SeedOp, type StepSeed, stepFromSeed } from './step-seeds.js';

/** A base state and the seeds of the steps to try on it. */
export interface GeneratedScenario {
  readonly base: OrgState;
  readonly seeds: readonly StepSeed[];
}

/** One step as played: the concrete step, the state it met, and what became of it. */
export type PlayedStep =
  | {
      readonly step: Step;
      readonly before: OrgState;
      readonly ok: true;
      readonly after: OrgState;
      readonly changes: Change;
    }
  | { readonly step: Step; readonly before: OrgState; readonly ok: false; readonly error: unknown };

/** A generated scenario after playing: every step tried, and the state at the end. */
export interface PlayedScenario {
  readonly base: OrgState;
  readonly played: readonly PlayedStep[];
  /** The steps that could be done, in order: a scenario that runs without failure. */
  readonly steps: readonly Step[];
  readonly final: OrgState;
}

export interface ScenarioOptions {
  /** The base states (default: generated valid states of up to 16 bodies). */
  readonly base?: fc.Arbitrary<OrgState>;
  /** Most steps (default 12). */
  readonly maxSteps?: number;
  /** Operations to draw from (default: all of {@link SEED_OPS}). */
  readonly ops?: readonly SeedOp[];
}

/** Tries one step: the outcome, never an exception. */
export function tryStep(state: OrgState, step: Step): PlayedStep {
  try {
    const { state: after, changes } = applyStep(state, step);
    return { step, before: state, ok: true, after, changes };
  } catch (error) {
    return { step, before: state, ok: false, error };
  }
}

/**
 * Interprets the seeds one after another against the evolving state; a step the state refuses is recorded
 * and skipped, so the next step meets the state as it was.
 */
export function playScenario({ base, seeds }: GeneratedScenario): PlayedScenario {
  let state = base;
  const played: PlayedStep[] = [];
  const steps: Step[] = [];
  seeds.forEach((seed, n) => {
    const outcome = tryStep(state, stepFromSeed(state, seed, n));
    played.push(outcome);
    if (outcome.ok) {
      state = outcome.after;
      steps.push(outcome.step);
    }
  });
  return { base, played, steps, final: state };
}

/** Plays fixed steps in order as collect mode does: a refused step is recorded and skipped. */
export function playSteps(base: OrgState, steps: readonly Step[]): PlayedScenario {
  let state = base;
  const played: PlayedStep[] = [];
  const done: Step[] = [];
  for (const step of steps) {
    const outcome = tryStep(state, step);
    played.push(outcome);
    if (outcome.ok) {
      state = outcome.after;
      done.push(step);
    }
  }
  return { base, played, steps: done, final: state };
}

/** The steps that could be done, as a scenario document (the JSON a person would write). */
export function toScenario(played: PlayedScenario, name = 'generated'): Scenario {
  return played.steps.reduce((builder, step) => builder.step(step), scenario(name)).build();
}

const reason = (error: unknown): string =>
  error instanceof TinhgonError ? `${error.code}: ${error.message}` : String(error);

/**
 * A generated scenario as a person reads it: numbered steps with the names of the bodies they touch (a
 * refused step says why), then the base state summarised by its counts and the bodies the steps touch.
 */
export function describeScenario(generated: GeneratedScenario | PlayedScenario): string {
  const played = 'played' in generated ? generated : playScenario(generated);
  const touched = new Set<string>();
  const lines = played.played.map((outcome, i) => {
    for (const id of bodiesOfStep(outcome.step, outcome.before)) touched.add(id);
    const text = `${i + 1}. ${describeStep(outcome.step, outcome.before)}`;
    return outcome.ok ? text : `${text}  [refused: ${reason(outcome.error)}]`;
  });
  const steps = lines.length === 0 ? ['(no steps)'] : lines;
  const focus = [...touched].filter((id) => played.base.bodies.has(id));
  return [...steps, `base state: ${describeState(played.base, focus)}`].join('\n');
}

/** Attaches a readable `toString` for fast-check's own reports (counterexamples, `fc.sample` output). */
function readable(generated: GeneratedScenario): GeneratedScenario {
  return Object.defineProperty({ ...generated }, fc.toStringMethod, {
    value: () => `\n${describeScenario(generated)}`,
    enumerable: false,
  });
}

/**
 * Scenarios: a base state and up to `maxSteps` step seeds. Play them with {@link playScenario}; printed
 * by fast-check (a counterexample of your own property), they read as numbered steps.
 *
 * @example
 * fc.assert(fc.property(arbScenario({ ops: ['absorb'] }), (generated) => {
 *   const { base, final } = playScenario(generated);
 *   return final.bodies.size <= base.bodies.size;
 * }));
 */
export function arbScenario(options: ScenarioOptions = {}): fc.Arbitrary<GeneratedScenario> {
  const base = options.base ?? arbOrgState({ maxBodies: 16 });
  const seeds = fc.array(arbStepSeedOf(options.ops ?? SEED_OPS), { maxLength: options.maxSteps ?? 12 });
  return fc.record({ base, seeds }).map(readable);
}
