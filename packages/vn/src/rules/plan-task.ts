import { formatPath, InvalidArgumentError, isIsoDate } from '@tinhgon/core';
import { z } from 'zod';

const date = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });
const text = z.string().trim().min(1);

/**
 * One row of a plan's task table (bảng phân công nhiệm vụ, seed 002 II): the plan item it implements, what
 * it is, who leads it, when it starts and is due, and when the competent level approved it. Months and
 * quarters of the seed tables are written as dates: "Quý I/2019" is due `2019-03-31`.
 */
export const planTaskSchema = z.strictObject({
  /** The plan item, matched against the `planItem` of scenario steps, e.g. `000 II.1.3`. */
  planItem: text,
  /** The task as the plan words it (Vietnamese). */
  title: text,
  titleEn: text.optional(),
  /** Cơ quan chủ trì: the lead agency. */
  lead: text,
  /** Cơ quan phối hợp: partner agencies. */
  partners: z.array(text).optional(),
  /** Sản phẩm: what the task delivers. */
  product: text.optional(),
  start: date,
  deadline: date,
  /** When the scheme was approved; steps may not take effect before it. */
  approvedOn: date.optional(),
  /** The document the task implements, as the plan cites it. */
  basis: z
    .strictObject({
      document: text,
      article: text.optional(),
      issuer: text.optional(),
      date: date.optional(),
    })
    .optional(),
  note: z.string().optional(),
});

/** A task table: plan items are unique. */
export const planTasksSchema = z.array(planTaskSchema).superRefine((tasks, ctx) => {
  const seen = new Map<string, number>();
  tasks.forEach((task, index) => {
    const first = seen.get(task.planItem);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'planItem'],
        message: `plan item "${task.planItem}" is already the task at [${first}]`,
      });
    } else seen.set(task.planItem, index);
  });
});

/** A task of a plan's task table, as validated. */
export type PlanTask = z.output<typeof planTaskSchema>;
/** A task as written in JSON or code. */
export type PlanTaskInput = z.input<typeof planTaskSchema>;

/**
 * Validates a task table, throwing an `InvalidArgumentError` that names each bad field.
 *
 * @example
 * const tasks = parsePlanTasks(JSON.parse(text));
 */
export function parsePlanTasks(input: unknown): PlanTask[] {
  const parsed = planTasksSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return `${formatPath(path)}: ${issue.message}`;
  });
  throw new InvalidArgumentError(`@tinhgon/vn/parsePlanTasks: invalid task table: ${lines.join('; ')}`);
}
