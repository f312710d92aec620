import type { IsoDate } from '../model/dates.js';
import type { ScenarioRun } from '../scenario/run-scenario.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import { checkState, checkTransition, type EvaluateOptions } from './evaluate.js';
import type { Finding } from './finding.js';
import type { Rule } from './rule.js';

/**
 * The verdict of an appraisal (thẩm định): a scheme passes only when no blocking finding remains
 * (Resolution 18 as applied in seed 002 I and II.4.7: a scheme that breaks the principles is not
 * appraised or approved). Every finding is listed, blocking and advisory.
 */
export interface Appraisal {
  readonly date: IsoDate;
  readonly passed: boolean;
  readonly blocking: number;
  readonly advisory: number;
  readonly findings: readonly Finding[];
}

function verdictOf(date: IsoDate, findings: Finding[]): Appraisal {
  const fails = findings.filter((f) => f.status === 'fail');
  const blocking = fails.filter((f) => f.severity === 'blocking').length;
  return { date, passed: blocking === 0, blocking, advisory: fails.length - blocking, findings };
}

/** Appraises one state with the state rules. */
export function appraiseState(state: OrgState, rules: readonly Rule[], options: EvaluateOptions): Appraisal {
  return verdictOf(options.date, checkState(state, rules, options));
}

/** Appraises a change: the state rules on the state after it, and the transition rules on the change. */
export function appraiseChange(
  before: OrgState,
  after: OrgState,
  log: readonly Change[],
  rules: readonly Rule[],
  options: EvaluateOptions,
): Appraisal {
  return verdictOf(options.date, [
    ...checkState(after, rules, options),
    ...checkTransition(before, after, log, rules, options),
  ]);
}

/** One stage of a scenario with its appraisal: the change from the baseline up to that step. */
export interface StageAppraisal {
  readonly step: number;
  readonly effective: IsoDate;
  readonly appraisal: Appraisal;
}

/**
 * Appraises a run at each stage: after each step that was done, the change from the baseline up to that
 * point, on that step's date (or `options.date`, when given, for every stage). The last stage is the
 * whole plan; a run with no steps is appraised as its baseline.
 */
export function appraiseRun(
  run: ScenarioRun,
  rules: readonly Rule[],
  options: Omit<EvaluateOptions, 'date'> & { readonly date?: IsoDate } = {},
): StageAppraisal[] {
  const stages: StageAppraisal[] = [];
  const log: Change[] = [];
  for (const outcome of run.outcomes) {
    if (outcome.changes === null) continue;
    log.push(outcome.changes);
    const date = options.date ?? outcome.effective;
    stages.push({
      step: outcome.step,
      effective: outcome.effective,
      appraisal: appraiseChange(run.baseline, outcome.state, [...log], rules, { ...options, date }),
    });
  }
  return stages;
}
