import type { Bilingual, Change, Citation, Finding, Severity, Values } from '@tinhgon/core';
import { PLAN_000, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { type PlanTask, type PlanTaskInput, parsePlanTasks } from './plan-task.js';

/** What a timeline check reports about, with its severity and why. */
interface TimelineRule {
  readonly id: string;
  readonly title: Bilingual;
  readonly severity: Severity;
  readonly message: (values: Values) => Bilingual;
}

const BASIS: readonly Citation[] = [
  { ...PLAN_000, article: 'Mục III.1', seed: seed('000', 'III.1') },
  { ...PLAN_300_KH_UBND, article: 'Mục II (bảng nhiệm vụ)', seed: seed('002', 'II') },
];

const v = (values: Values, key: string) => String(values[key] ?? '?');

// Blocking: a step no approved task covers, or one taken before its approval, is implementation ahead of
// approval, which seed 000 III.1 forbids ("sau khi phương án được phê duyệt").
const taskCoverage: TimelineRule = {
  id: 'vn.r11.task-coverage',
  title: {
    vi: 'Mỗi bước thực hiện phải thuộc một nhiệm vụ của kế hoạch',
    en: 'Every step belongs to a plan task',
  },
  severity: 'blocking',
  message: (x) =>
    x.planItem === null
      ? {
          vi: `Bước ${v(x, 'step')} (${v(x, 'op')}) không ghi mục kế hoạch`,
          en: `Step ${v(x, 'step')} (${v(x, 'op')}) names no plan item`,
        }
      : {
          vi: `Bước ${v(x, 'step')} (${v(x, 'op')}) thực hiện mục ${v(x, 'planItem')}, không có trong bảng nhiệm vụ`,
          en: `Step ${v(x, 'step')} (${v(x, 'op')}) implements ${v(x, 'planItem')}, which is not in the task table`,
        },
};

const afterApproval: TimelineRule = {
  id: 'vn.r11.after-approval',
  title: { vi: 'Chỉ thực hiện sau khi được phê duyệt', en: 'Implementation follows approval' },
  severity: 'blocking',
  message: (x) =>
    x.approvedOn === null
      ? {
          vi: `Bước ${v(x, 'step')} (${v(x, 'effective')}) thực hiện mục ${v(x, 'planItem')} chưa có ngày phê duyệt`,
          en: `Step ${v(x, 'step')} (${v(x, 'effective')}) implements ${v(x, 'planItem')}, which has no approval date`,
        }
      : {
          vi: `Bước ${v(x, 'step')} có hiệu lực ${v(x, 'effective')}, trước ngày phê duyệt ${v(x, 'approvedOn')} (mục ${v(x, 'planItem')})`,
          en: `Step ${v(x, 'step')} takes effect ${v(x, 'effective')}, before its approval on ${v(x, 'approvedOn')} (${v(x, 'planItem')})`,
        },
};

// Advisory: a step outside its task's window is a schedule slip to report (seed 002 II.4.8 reports twice a
// year), not a reason to undo it.
const withinSchedule: TimelineRule = {
  id: 'vn.r11.within-schedule',
  title: { vi: 'Thực hiện trong thời hạn của nhiệm vụ', en: "Steps fall within their task's schedule" },
  severity: 'advisory',
  message: (x) =>
    x.problem === 'before-start'
      ? {
          vi: `Bước ${v(x, 'step')} có hiệu lực ${v(x, 'effective')}, trước thời gian bắt đầu ${v(x, 'start')} (mục ${v(x, 'planItem')})`,
          en: `Step ${v(x, 'step')} takes effect ${v(x, 'effective')}, before its task starts on ${v(x, 'start')} (${v(x, 'planItem')})`,
        }
      : {
          vi: `Bước ${v(x, 'step')} có hiệu lực ${v(x, 'effective')}, sau thời hạn ${v(x, 'deadline')} (mục ${v(x, 'planItem')})`,
          en: `Step ${v(x, 'step')} takes effect ${v(x, 'effective')}, after its deadline ${v(x, 'deadline')} (${v(x, 'planItem')})`,
        },
};

// Blocking: a task due before it starts, or before the document it implements was issued, cannot be done
// as written; appraisal sends the plan back for correction (seed 000 cites Conclusion 34 as 07/08/2019
// while its own deadlines fall in 2018 and early 2019).
const taskDates: TimelineRule = {
  id: 'vn.r11.task-dates',
  title: { vi: 'Thời gian của nhiệm vụ phải hợp lý', en: 'Task dates must be consistent' },
  severity: 'blocking',
  message: (x) =>
    x.problem === 'deadline-before-start'
      ? {
          vi: `Nhiệm vụ ${v(x, 'planItem')} có thời hạn ${v(x, 'deadline')} trước thời gian bắt đầu ${v(x, 'start')}`,
          en: `Task ${v(x, 'planItem')} is due ${v(x, 'deadline')}, before it starts on ${v(x, 'start')}`,
        }
      : {
          vi: `Nhiệm vụ ${v(x, 'planItem')} có thời hạn ${v(x, 'deadline')} nhưng căn cứ ${v(x, 'basis')} ghi ngày ${v(x, 'basisDate')}, sau thời hạn`,
          en: `Task ${v(x, 'planItem')} is due ${v(x, 'deadline')}, but its basis ${v(x, 'basis')} is dated ${v(x, 'basisDate')}, after the deadline`,
        },
};

function finding(rule: TimelineRule, subject: string, values: Values): Finding {
  return {
    code: 'rule',
    rule: rule.id,
    title: rule.title,
    status: 'fail',
    severity: rule.severity,
    body: null,
    subject,
    values,
    bound: null,
    citation: BASIS,
    message: rule.message(values),
    exception: null,
    uncertain: null,
  };
}

/** Options of {@link checkTimeline}. */
export interface TimelineOptions {
  /** Report steps that name no plan item (by default they are not part of the plan and are skipped). */
  readonly requirePlanItem?: boolean;
  /** Report steps whose task has no approval date (by default only a known approval date is checked). */
  readonly requireApproval?: boolean;
}

function checkTask(task: PlanTask): Finding[] {
  const out: Finding[] = [];
  const base = { planItem: task.planItem, start: task.start, deadline: task.deadline };
  if (task.deadline < task.start) {
    out.push(finding(taskDates, task.planItem, { ...base, problem: 'deadline-before-start' }));
  }
  const basisDate = task.basis?.date;
  if (task.basis !== undefined && basisDate !== undefined && basisDate > task.deadline) {
    out.push(
      finding(taskDates, task.planItem, {
        ...base,
        problem: 'basis-after-deadline',
        basis: task.basis.document,
        basisDate,
      }),
    );
  }
  return out;
}

function checkStep(
  change: Change,
  step: number,
  tasks: ReadonlyMap<string, PlanTask>,
  options: TimelineOptions,
): Finding[] {
  const values = { step, op: change.op, effective: change.effective, planItem: change.planItem };
  if (change.planItem === null) {
    return options.requirePlanItem === true ? [finding(taskCoverage, `step ${step}`, values)] : [];
  }
  const task = tasks.get(change.planItem);
  if (task === undefined) return [finding(taskCoverage, change.planItem, values)];
  const out: Finding[] = [];
  const withTask = {
    ...values,
    approvedOn: task.approvedOn ?? null,
    start: task.start,
    deadline: task.deadline,
  };
  if (task.approvedOn === undefined ? options.requireApproval === true : change.effective < task.approvedOn) {
    out.push(finding(afterApproval, task.planItem, withTask));
  }
  if (change.effective < task.start) {
    out.push(finding(withinSchedule, task.planItem, { ...withTask, problem: 'before-start' }));
  } else if (change.effective > task.deadline) {
    out.push(finding(withinSchedule, task.planItem, { ...withTask, problem: 'after-deadline' }));
  }
  return out;
}

/**
 * R11: each plan task has a start and a deadline, and implementation follows approval (seed 000 III.1;
 * seed 002 II, the task table). Checks a task table against the change log of a scenario run and returns
 * findings in the shape of `@tinhgon/core` rule findings (`code: 'rule'`, rules `vn.r11.*`):
 *
 * - `vn.r11.task-coverage` (blocking): a step whose plan item has no task;
 * - `vn.r11.after-approval` (blocking): a step effective before its task was approved;
 * - `vn.r11.within-schedule` (advisory): a step before its task's start or after its deadline;
 * - `vn.r11.task-dates` (blocking): a task due before it starts, or whose legal basis is dated after its
 *   deadline.
 *
 * Dates compare as whole days: a step on the deadline is on time.
 *
 * @example
 * const findings = checkTimeline(tasks, run.log);
 * findings.filter((f) => f.severity === 'blocking').map((f) => f.message.vi);
 */
export function checkTimeline(
  tasks: readonly PlanTaskInput[],
  log: readonly Change[],
  options: TimelineOptions = {},
): Finding[] {
  const parsed = parsePlanTasks(tasks);
  const byItem = new Map(parsed.map((task) => [task.planItem, task]));
  return [
    ...parsed.flatMap(checkTask),
    ...log.flatMap((change, index) => checkStep(change, index + 1, byItem, options)),
  ];
}
