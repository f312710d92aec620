import type { OrgState } from '../state/org-state.js';
import { type GroupBy, groupOf } from './group-by.js';

/** Staff now against the quota of a baseline year (e.g. 2015 for Resolution 39-NQ/TW), per group. */
export interface YearComparison {
  readonly by: GroupBy;
  readonly group: string;
  readonly year: string;
  /** Quota in the baseline year, over the bodies that record it. */
  readonly baseline: number;
  /** Current quota of the same bodies. */
  readonly current: number;
  /** (current − baseline) / baseline × 100, rounded to 0.01; `null` when the baseline is 0. */
  readonly percentChange: number | null;
  /** How many bodies of the group record the year, and how many bodies the group has. */
  readonly covered: number;
  readonly bodies: number;
}

/**
 * Compares each group's current quota with a baseline year's, over the bodies that record that year
 * (`Body.quotaByYear`). Absorb and consolidate add year quotas up, so a merged body keeps the baseline of
 * what it absorbed. `covered` tells how complete the comparison is.
 */
export function againstYear(state: OrgState, year: string, by: GroupBy = 'total'): YearComparison[] {
  const rows = new Map<string, { baseline: number; current: number; covered: number; bodies: number }>();
  for (const body of state.bodies.values()) {
    const group = groupOf(body, by);
    const row = rows.get(group) ?? { baseline: 0, current: 0, covered: 0, bodies: 0 };
    row.bodies += 1;
    const then = body.quotaByYear?.[year];
    if (then !== undefined) {
      row.baseline += then;
      row.current += body.quota;
      row.covered += 1;
    }
    rows.set(group, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, row]) => ({
      by,
      group,
      year,
      ...row,
      percentChange:
        row.baseline === 0 ? null : Math.round(((row.current - row.baseline) / row.baseline) * 10000) / 100,
    }));
}
