import { InvalidArgumentError } from '../errors/errors.js';
import { fromZodIssues, safeParseReporting } from '../load/zod-issues.js';
import { summarizeIssues } from '../locale/format-issue.js';
import type { Bilingual } from '../locale/lang.js';
import type { IsoDate } from '../model/dates.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import { applyParsedStep, type Step } from '../transform/step.js';
import { TransformError } from '../transform/transform-error.js';
import { type Scenario, type ScenarioInput, scenarioSchema } from './scenario-schema.js';
import { failureMessageVi, type StepFailure } from './step-failure.js';

/** What happened to one step of a run. */
export interface StepOutcome {
  readonly step: number;
  readonly effective: IsoDate;
  readonly ok: boolean;
  readonly changes: Change | null;
  readonly failure: StepFailure | null;
  /** The state after this step (the state before it, when the step failed). */
  readonly state: OrgState;
}

/** The result of running a scenario on a baseline. */
export interface ScenarioRun {
  readonly name: string;
  readonly ok: boolean;
  readonly baseline: OrgState;
  readonly final: OrgState;
  readonly outcomes: readonly StepOutcome[];
  /** The change records of the steps that were done, in order. */
  readonly log: readonly Change[];
  readonly failures: readonly StepFailure[];
}

export interface RunOptions {
  /** `stop` (default): stop at the first failing step. `collect`: skip failing steps and report them all. */
  readonly onFailure?: 'stop' | 'collect';
}

/** Validates a scenario document, throwing an InvalidArgumentError that names each bad field. */
export function parseScenario(input: unknown): Scenario {
  const parsed = safeParseReporting(scenarioSchema, typeof input === 'string' ? safeJson(input) : input);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues);
  throw new InvalidArgumentError(
    `@tinhgon/core/parseScenario: invalid scenario: ${summarizeIssues(issues, { max: 10 })}`,
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidArgumentError(
      `@tinhgon/core/parseScenario: not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Steps in date order, ties in the order written; each keeps its 1-based position. */
function ordered(steps: readonly Step[]): { step: Step; position: number }[] {
  return steps
    .map((step, i) => ({ step, position: i + 1 }))
    .sort((a, b) =>
      a.step.effective < b.step.effective
        ? -1
        : a.step.effective > b.step.effective
          ? 1
          : a.position - b.position,
    );
}

function createdIds(step: Step): string[] {
  if (step.op === 'establish') return [step.body.id];
  if (step.op === 'consolidate') return [step.into.id];
  if (step.op === 'split') return step.into.map((part) => part.body.id);
  return [];
}

/**
 * Runs a scenario on a baseline: each step in date order, each on the state the previous one left.
 * Deterministic: the same baseline and scenario always give the same states and the same log. A step
 * that cannot be done becomes a {@link StepFailure}; ids that an earlier step ended are named as such and
 * are never reused.
 *
 * @example
 * const run = runScenario(baseline, scenario('Pilot').absorb({ … }).build());
 * if (!run.ok) console.log(run.failures[0].message.vi);
 */
export function runScenario(
  baseline: OrgState,
  input: ScenarioInput | Scenario,
  options: RunOptions = {},
): ScenarioRun {
  const scenario = parseScenario(input);
  const empty: ScenarioRun = {
    name: scenario.name,
    ok: true,
    baseline,
    final: baseline,
    outcomes: [],
    log: [],
    failures: [],
  };
  return runSteps(empty, scenario.steps, 0, options);
}

/**
 * Continues a run with more steps, sharing everything the run already computed: the way to branch plan
 * versions from a common prefix without re-running it. The new steps are numbered after the run's and
 * must not take effect before its last step; a run that stopped at a failure is returned as it is
 * unless `onFailure` is `collect`.
 *
 * @example
 * const common = runScenario(baseline, prefix.build());
 * const planA = extendRun(common, [{ op: 'cutStaff', effective: '2021-01-01', body: 'x', percent: 10 }]);
 * const planB = extendRun(common, [{ op: 'cutStaff', effective: '2021-01-01', body: 'x', percent: 5 }]);
 */
export function extendRun(run: ScenarioRun, steps: readonly Step[], options: RunOptions = {}): ScenarioRun {
  const parsed = parseScenario({ name: run.name, steps }).steps;
  const last = run.outcomes[run.outcomes.length - 1]?.effective;
  const early = last === undefined ? undefined : parsed.find((step) => step.effective < last);
  if (early !== undefined) {
    throw new InvalidArgumentError(
      `@tinhgon/core/extendRun: a step effective ${early.effective} comes before the run's last step (${last}); run the whole scenario instead`,
    );
  }
  if (!run.ok && options.onFailure !== 'collect') return run;
  const written = run.outcomes.reduce((max, outcome) => Math.max(max, outcome.step), 0);
  return runSteps(run, parsed, written, options);
}

function runSteps(
  start: ScenarioRun,
  steps: readonly Step[],
  offset: number,
  options: RunOptions,
): ScenarioRun {
  const collect = options.onFailure === 'collect';
  // The outcome of the step that ended each body (the outcome itself: no record to keep per body).
  const endedBy = new Map<string, StepOutcome>();
  for (const outcome of start.outcomes) {
    for (const ended of outcome.changes?.ended ?? []) endedBy.set(ended.id, outcome);
  }
  const outcomes: StepOutcome[] = [...start.outcomes];
  const log: Change[] = [...start.log];
  const failures: StepFailure[] = [...start.failures];
  let state = start.final;
  for (const { step, position: written } of ordered(steps)) {
    const position = written + offset;
    const failure = (
      error: TransformError | InvalidArgumentError,
      reason = error instanceof TransformError ? error.reason : 'invalid-step',
      subjects = error instanceof TransformError ? error.subjects : [],
      note?: Bilingual,
    ): StepFailure => ({
      code: 'step-failed',
      step: position,
      op: step.op,
      effective: step.effective,
      planItem: step.planItem ?? null,
      reason,
      subjects,
      message: {
        en: `step ${position} (${step.op}): ${error.message}${note === undefined ? '' : `; ${note.en}`}`,
        vi: failureMessageVi(position, step.op, reason, subjects, note?.vi),
      },
    });
    let result: ReturnType<typeof applyParsedStep> | undefined;
    let failed: StepFailure | undefined;
    const reused = createdIds(step).find((id) => endedBy.has(id));
    if (reused !== undefined) {
      const by = endedBy.get(reused);
      failed = failure(
        new TransformError(
          step.op,
          'duplicate-id',
          [reused],
          `id "${reused}" belonged to a body ended by step ${by?.step}; ids are never reused`,
        ),
        'duplicate-id',
        [reused],
      );
    } else {
      try {
        result = applyParsedStep(state, step);
      } catch (error) {
        if (!(error instanceof TransformError || error instanceof InvalidArgumentError)) throw error;
        const ended =
          error instanceof TransformError && error.reason === 'unknown-body'
            ? endedBy.get(error.subjects[0] ?? '')
            : undefined;
        const note =
          ended === undefined
            ? undefined
            : {
                en: `it was ended by step ${ended.step} (${ended.changes?.op}, ${ended.effective})`,
                vi: `cơ quan này đã kết thúc ở bước ${ended.step} (${ended.changes?.op}, ${ended.effective})`,
              };
        failed = failure(error, undefined, undefined, note);
      }
    }
    if (result !== undefined) {
      state = result.state;
      log.push(result.changes);
      const outcome: StepOutcome = {
        step: position,
        effective: step.effective,
        ok: true,
        changes: result.changes,
        failure: null,
        state,
      };
      outcomes.push(outcome);
      for (const ended of result.changes.ended) endedBy.set(ended.id, outcome);
      continue;
    }
    const stepFailure = failed as StepFailure;
    failures.push(stepFailure);
    outcomes.push({
      step: position,
      effective: step.effective,
      ok: false,
      changes: null,
      failure: stepFailure,
      state,
    });
    if (!collect) break;
  }
  return {
    name: start.name,
    ok: failures.length === 0,
    baseline: start.baseline,
    final: state,
    outcomes,
    log,
    failures,
  };
}

/**
 * The state in force on `date`: after every step of the run effective on or before it (and, as the run
 * stopped, never past a failure). The baseline when no step had taken effect yet.
 */
export function stateAt(run: ScenarioRun, date: IsoDate): OrgState {
  let state = run.baseline;
  for (const outcome of run.outcomes) {
    if (outcome.effective > date) break;
    state = outcome.state;
  }
  return state;
}
