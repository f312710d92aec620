import { InvalidArgumentError } from '../errors/errors.js';
import type { IsoDate } from '../model/dates.js';
import { appraiseChange, appraiseRun } from '../rules/appraise.js';
import type { Finding } from '../rules/finding.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { ScenarioRun } from '../scenario/run-scenario.js';
import { aggregate } from './aggregate.js';
import { GROUP_BYS, type GroupBy } from './group-by.js';

const METRICS = ['bodies', 'quota', 'actual', 'heads', 'deputies', 'people'] as const;

/** One figure of two scenarios side by side, after each (the baseline is shared). */
export interface ComparisonRow {
  readonly by: GroupBy;
  readonly group: string;
  readonly metric: (typeof METRICS)[number];
  readonly baseline: number;
  readonly a: number;
  readonly b: number;
  /** `b − a`. */
  readonly difference: number;
}

/** A finding only one scenario has, and the step of that scenario that first brought it about. */
export interface FindingDifference {
  readonly scenario: 'a' | 'b';
  readonly finding: Finding;
  /** The first step after which the finding appears, or `null` when the baseline already had it. */
  readonly introducedBy: {
    readonly step: number;
    readonly op: string;
    readonly planItem: string | null;
  } | null;
}

export interface RunComparison {
  readonly a: string;
  readonly b: string;
  readonly figures: readonly ComparisonRow[];
  readonly findings: readonly FindingDifference[];
  /** True when every figure and every finding is the same. */
  readonly same: boolean;
}

const keyOf = (f: Finding): string => JSON.stringify([f.rule, f.status, f.body?.id ?? null, f.subject]);

function introducedBy(
  run: ScenarioRun,
  key: string,
  ruleSet: RuleSet,
  date: IsoDate | undefined,
): FindingDifference['introducedBy'] {
  const stages = appraiseRun(run, ruleSet.rules, {
    parameters: ruleSet.parameters,
    ...(date === undefined ? {} : { date }),
  });
  const stage = stages.find((s) => s.appraisal.findings.some((f) => keyOf(f) === key));
  if (stage === undefined) return null;
  const outcome = run.outcomes.find((o) => o.step === stage.step);
  return { step: stage.step, op: outcome?.changes?.op ?? '', planItem: outcome?.changes?.planItem ?? null };
}

/**
 * Compares two runs of the same baseline: every figure per group for A and B, and, given a rule set, the
 * findings that differ between them with the step of each scenario that made the difference. Findings are
 * judged on `date`, or each run on its last step's date.
 */
export function compareRuns(
  a: ScenarioRun,
  b: ScenarioRun,
  options: { readonly ruleSet?: RuleSet; readonly date?: IsoDate } = {},
): RunComparison {
  if (a.baseline !== b.baseline) {
    throw new InvalidArgumentError(
      '@tinhgon/core/compareRuns: the two runs start from different baselines; run both scenarios on the same baseline state object',
    );
  }
  const figures: ComparisonRow[] = [];
  for (const by of GROUP_BYS) {
    const left = aggregate(a.baseline, a.final, by);
    const right = new Map(aggregate(b.baseline, b.final, by).map((row) => [row.group, row]));
    const groups = [...new Set([...left.map((r) => r.group), ...right.keys()])].sort();
    const leftBy = new Map(left.map((row) => [row.group, row]));
    for (const group of groups) {
      for (const metric of METRICS) {
        const x = leftBy.get(group)?.[metric];
        const y = right.get(group)?.[metric];
        const baseline = x?.before ?? y?.before ?? 0;
        figures.push({
          by,
          group,
          metric,
          baseline,
          a: x?.after ?? 0,
          b: y?.after ?? 0,
          difference: (y?.after ?? 0) - (x?.after ?? 0),
        });
      }
    }
  }
  const findings: FindingDifference[] = [];
  if (options.ruleSet !== undefined) {
    const set = options.ruleSet;
    const judge = (run: ScenarioRun) => {
      const date = options.date ?? run.outcomes[run.outcomes.length - 1]?.effective ?? '9999-12-31';
      return appraiseChange(run.baseline, run.final, run.log, set.rules, { date, parameters: set.parameters })
        .findings;
    };
    const fa = judge(a);
    const fb = judge(b);
    const ka = new Set(fa.map(keyOf));
    const kb = new Set(fb.map(keyOf));
    for (const f of fa)
      if (!kb.has(keyOf(f)))
        findings.push({
          scenario: 'a',
          finding: f,
          introducedBy: introducedBy(a, keyOf(f), set, options.date),
        });
    for (const f of fb)
      if (!ka.has(keyOf(f)))
        findings.push({
          scenario: 'b',
          finding: f,
          introducedBy: introducedBy(b, keyOf(f), set, options.date),
        });
  }
  return {
    a: a.name,
    b: b.name,
    figures,
    findings,
    same: findings.length === 0 && figures.every((row) => row.difference === 0),
  };
}
