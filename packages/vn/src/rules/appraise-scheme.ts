import {
  type Appraisal,
  appraiseChange,
  appraiseRun,
  type Bilingual,
  type Change,
  type Citation,
  type Finding,
  InvalidArgumentError,
  type IsoDate,
  type OrgState,
  type RuleSet,
  type ScenarioRun,
  type StageAppraisal,
  type StepFailure,
} from '@tinhgon/core';
import { PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import type { PlanTaskInput } from './plan-task.js';
import { checkTimeline, type TimelineOptions } from './plan-timeline.js';
import { vnRuleSet } from './vn-rule-set.js';

/**
 * R10: a scheme that breaks a blocking principle is neither appraised nor put up for approval ("kiên quyết
 * không thẩm định và trình ký đối với các Đề án không đúng nguyên tắc", seed 002 I and II.4.7).
 */
export const APPRAISAL_RULE: {
  readonly id: 'vn.r10.appraisal';
  readonly title: Bilingual;
  readonly basis: readonly Citation[];
} = {
  id: 'vn.r10.appraisal',
  title: {
    vi: 'Không thẩm định, trình ký đề án không đúng nguyên tắc',
    en: 'A scheme that breaks the principles is not appraised or approved',
  },
  basis: [
    { ...PLAN_300_KH_UBND, article: 'Mục I', seed: seed('002', 'I') },
    { ...PLAN_300_KH_UBND, article: 'Mục II.4.7', seed: seed('002', 'II.4.7') },
  ],
};

/** A change to appraise when there is no scenario run: the states before and after, and the log between. */
export interface SchemeChange {
  readonly before: OrgState;
  readonly after: OrgState;
  readonly log: readonly Change[];
}

/** Options of {@link appraiseScheme}; the timeline options apply when `tasks` are given. */
export interface AppraiseSchemeOptions extends TimelineOptions {
  /** The appraisal date; by default the effective date of the last step. */
  readonly date?: IsoDate;
  /** List passes and excepted cases too. */
  readonly explain?: boolean;
  /** The rules to apply; by default {@link vnRuleSet} (join your own with `combineRuleSets`). */
  readonly ruleSet?: RuleSet;
  /** The plan's task table: adds the timeline findings of R11 (`checkTimeline`). */
  readonly tasks?: readonly PlanTaskInput[];
}

/** The outcome of appraising a scheme: core's appraisal of the whole change, and the R10 decision. */
export interface SchemeAppraisal extends Appraisal {
  /** The principle applied (R10), with its citation. */
  readonly rule: typeof APPRAISAL_RULE;
  /** True when no blocking finding remains and every step of the run could be done. */
  readonly approved: boolean;
  /** The rules with blocking findings, sorted. */
  readonly blockingRules: readonly string[];
  /** Steps of the run that could not be done. */
  readonly failures: readonly StepFailure[];
  /** The appraisal after each step of the run (empty for a {@link SchemeChange}). */
  readonly stages: readonly StageAppraisal[];
  readonly message: Bilingual;
}

const isRun = (scheme: ScenarioRun | SchemeChange): scheme is ScenarioRun => 'outcomes' in scheme;

function decide(
  findings: readonly Finding[],
  failures: readonly StepFailure[],
): Pick<SchemeAppraisal, 'approved' | 'blockingRules' | 'message' | 'passed' | 'blocking' | 'advisory'> {
  const fails = findings.filter((f) => f.status === 'fail');
  const blocking = fails.filter((f) => f.severity === 'blocking');
  const blockingRules = [...new Set(blocking.map((f) => f.rule))].sort();
  const approved = blocking.length === 0 && failures.length === 0;
  const advisory = fails.length - blocking.length;
  const message: Bilingual = approved
    ? {
        vi: `Đề án đủ điều kiện thẩm định, trình phê duyệt (${advisory} khuyến nghị)`,
        en: `The scheme may be appraised and put up for approval (${advisory} advisory findings)`,
      }
    : {
        vi: `Không thẩm định, trình ký: ${[
          blocking.length > 0 ? `${blocking.length} vi phạm nguyên tắc (${blockingRules.join(', ')})` : '',
          failures.length > 0 ? `${failures.length} bước không thực hiện được` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
        en: `Not to be appraised or approved: ${[
          blocking.length > 0 ? `${blocking.length} breaches of principle (${blockingRules.join(', ')})` : '',
          failures.length > 0 ? `${failures.length} steps could not be done` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
      };
  return {
    approved,
    blockingRules,
    message,
    passed: blocking.length === 0,
    blocking: blocking.length,
    advisory,
  };
}

/**
 * R10, appraisal (thẩm định): appraises a scheme with the Vietnam rule pack and decides whether it may be
 * put up for approval. Takes a scenario run (the whole plan from its baseline, plus each stage) or a
 * before/after/log change. With `tasks`, the plan's task table is checked too (R11).
 *
 * Gotchas: the date defaults to the last step's; rules in force only later (e.g. the 2021 staff-cut target)
 * need `date`. A run that stopped at a failed step is appraised as far as it got and is not approved.
 *
 * @example
 * const result = appraiseScheme(runScenario(baseline, plan), { date: '2019-01-01' });
 * if (!result.approved) console.log(result.message.vi, result.blockingRules);
 */
export function appraiseScheme(
  scheme: ScenarioRun | SchemeChange,
  options: AppraiseSchemeOptions = {},
): SchemeAppraisal {
  const ruleSet = options.ruleSet ?? vnRuleSet;
  const log = scheme.log;
  const date = options.date ?? log[log.length - 1]?.effective;
  if (date === undefined) {
    throw new InvalidArgumentError(
      '@tinhgon/vn/appraiseScheme: the scheme has no steps to take a date from; pass options.date',
    );
  }
  const evaluate = { date, parameters: ruleSet.parameters, explain: options.explain === true };
  const before = isRun(scheme) ? scheme.baseline : scheme.before;
  const after = isRun(scheme) ? scheme.final : scheme.after;
  const whole = appraiseChange(before, after, log, ruleSet.rules, evaluate);
  const timeline = options.tasks === undefined ? [] : checkTimeline(options.tasks, log, options);
  const findings = [...whole.findings, ...timeline];
  const failures = isRun(scheme) ? scheme.failures : [];
  const stages = isRun(scheme)
    ? appraiseRun(scheme, ruleSet.rules, {
        parameters: ruleSet.parameters,
        explain: options.explain === true,
        ...(options.date === undefined ? {} : { date: options.date }),
      })
    : [];
  return { date, findings, ...decide(findings, failures), rule: APPRAISAL_RULE, failures, stages };
}
