import { z } from 'zod';
import { InvalidArgumentError } from '../errors/errors.js';
import { parseState } from '../load/parse-state.js';
import { fromZodIssues, safeParseReporting } from '../load/zod-issues.js';
import { summarizeIssues } from '../locale/format-issue.js';
import { runScenario } from '../scenario/run-scenario.js';
import { dateSchema, idSchema, nameSchema } from '../schema/primitives.js';
import { appraiseChange, appraiseState } from './appraise.js';
import type { Finding } from './finding.js';
import type { RuleSet } from './rule-set.js';

const expectationSchema = z.strictObject({
  rule: idSchema,
  status: z.enum(['fail', 'pass', 'excepted']),
  body: idSchema.optional(),
  subject: z.string().optional(),
  /** For `excepted`: the id of the exception that must apply. */
  exception: idSchema.optional(),
});

/**
 * A rule test as data, like OpenFisca's YAML tests: a structure, optionally a plan (scenario steps), a
 * date, and the findings expected. `only` limits the rules run; with `exact`, any other failing finding of
 * those rules is a mismatch too.
 */
export const ruleFixtureSchema = z.strictObject({
  name: nameSchema,
  /** Seed file and section the case is drawn from, e.g. `002 I`. */
  seed: z.string().optional(),
  date: dateSchema,
  state: z.unknown(),
  steps: z.array(z.unknown()).optional(),
  only: z.array(idSchema).optional(),
  exact: z.boolean().optional(),
  expect: z.array(expectationSchema),
});

export type RuleFixture = z.input<typeof ruleFixtureSchema>;
type Expectation = z.output<typeof expectationSchema>;

/** The outcome of a fixture: ok, or the expectations that were not met and the findings not expected. */
export interface FixtureResult {
  readonly name: string;
  readonly ok: boolean;
  readonly missing: readonly Expectation[];
  readonly unexpected: readonly Finding[];
  readonly findings: readonly Finding[];
}

function matches(finding: Finding, expectation: Expectation): boolean {
  return (
    finding.rule === expectation.rule &&
    finding.status === expectation.status &&
    (expectation.body === undefined || finding.body?.id === expectation.body) &&
    (expectation.subject === undefined || finding.subject === expectation.subject) &&
    (expectation.exception === undefined || finding.exception?.id === expectation.exception)
  );
}

/** Runs one rule fixture against a rule set. */
export function runRuleFixture(input: unknown, ruleSet: RuleSet): FixtureResult {
  const parsed = safeParseReporting(ruleFixtureSchema, input);
  if (!parsed.success) {
    throw new InvalidArgumentError(
      `@tinhgon/core/runRuleFixture: ${summarizeIssues(fromZodIssues(parsed.error.issues), { max: 5 })}`,
    );
  }
  const fixture = parsed.data;
  const rules =
    fixture.only === undefined
      ? ruleSet.rules
      : ruleSet.rules.filter((rule) => fixture.only?.includes(rule.id));
  if (fixture.only !== undefined && rules.length !== fixture.only.length) {
    const known = new Set(ruleSet.rules.map((rule) => rule.id));
    throw new InvalidArgumentError(
      `@tinhgon/core/runRuleFixture: fixture "${fixture.name}" names unknown rules: ${fixture.only.filter((id) => !known.has(id)).join(', ')}`,
    );
  }
  const baseline = parseState(fixture.state);
  const options = { date: fixture.date, parameters: ruleSet.parameters, explain: true };
  let appraisal: ReturnType<typeof appraiseState>;
  if (fixture.steps === undefined) appraisal = appraiseState(baseline, rules, options);
  else {
    const run = runScenario(baseline, { name: fixture.name, steps: fixture.steps as never });
    if (!run.ok) {
      throw new InvalidArgumentError(
        `@tinhgon/core/runRuleFixture: fixture "${fixture.name}": ${run.failures[0]?.message.en}`,
      );
    }
    appraisal = appraiseChange(run.baseline, run.final, run.log, rules, options);
  }
  const findings = appraisal.findings;
  const missing = fixture.expect.filter(
    (expectation) => !findings.some((finding) => matches(finding, expectation)),
  );
  const unexpected =
    fixture.exact === true
      ? findings.filter((f) => f.status === 'fail' && !fixture.expect.some((e) => matches(f, e)))
      : [];
  return {
    name: fixture.name,
    ok: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
    findings,
  };
}
