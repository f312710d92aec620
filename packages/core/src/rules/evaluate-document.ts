import { safeParseState } from '../load/parse-state.js';
import { runScenario } from '../scenario/run-scenario.js';
import type { StepFailure } from '../scenario/step-failure.js';
import { dateSchema } from '../schema/primitives.js';
import type { NonEmptyArray, Result, StateIssue } from '../validate/issue.js';
import { type Appraisal, appraiseChange, appraiseState } from './appraise.js';
import type { RuleSet } from './rule-set.js';

/** What an app sends: a state document, optionally a scenario to run on it, and the appraisal date. */
export interface DocumentInput {
  readonly state: unknown;
  readonly scenario?: unknown;
  /** Defaults to the last step's date, or today's date when there is no scenario. */
  readonly date?: string;
  readonly explain?: boolean;
}

/**
 * The rules engine in one call, for apps that hold JSON: validates the state (and runs the scenario, in
 * collect mode), then appraises the result with every rule of the set. Bad data comes back as issues;
 * failed steps as step failures; findings in the appraisal.
 *
 * @example
 * const result = evaluateDocument({ state: json, scenario: plan }, vnRuleSet);
 * if (result.ok) console.log(result.value.passed, result.value.findings.length);
 */
export function evaluateDocument(
  input: DocumentInput,
  ruleSet: RuleSet,
): Result<Appraisal, StateIssue | StepFailure> {
  const parsed = safeParseState(input.state);
  if (!parsed.ok) return parsed;
  const date = input.date;
  if (date !== undefined && !dateSchema.safeParse(date).success) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid-input',
          path: ['date'],
          detail: { en: 'expected a date YYYY-MM-DD', vi: 'cần một ngày YYYY-MM-DD' },
          received: JSON.stringify(date),
        },
      ],
    };
  }
  const options = { parameters: ruleSet.parameters, explain: input.explain === true };
  if (input.scenario === undefined) {
    return {
      ok: true,
      value: appraiseState(parsed.value, ruleSet.rules, {
        ...options,
        date: date ?? new Date().toISOString().slice(0, 10),
      }),
    };
  }
  const run = runScenario(parsed.value, input.scenario as never, { onFailure: 'collect' });
  if (!run.ok) return { ok: false, issues: run.failures as unknown as NonEmptyArray<StepFailure> };
  const last = run.outcomes[run.outcomes.length - 1]?.effective;
  const when = date ?? last ?? new Date().toISOString().slice(0, 10);
  return {
    ok: true,
    value: appraiseChange(run.baseline, run.final, run.log, ruleSet.rules, { ...options, date: when }),
  };
}
