import type { BodyId, Change, OrgState } from '@tinhgon/core';

/**
 * How a chart marks a body: how it ended (before), that it is new (after), that its parent changed, or that
 * its record changed (staff, functions, name, …). One mark per body and chart.
 */
export type Mark = 'absorbed' | 'consolidated' | 'dissolved' | 'split' | 'new' | 'moved' | 'changed';

/** Every mark, in legend order. */
export const MARKS: readonly Mark[] = [
  'absorbed',
  'consolidated',
  'dissolved',
  'split',
  'new',
  'moved',
  'changed',
];

/** The marks of the two charts of a restructuring: on the bodies before, and on the bodies after. */
export interface ChartMarks {
  readonly before: ReadonlyMap<BodyId, Mark>;
  readonly after: ReadonlyMap<BodyId, Mark>;
}

/** What {@link marksOf} reads: a scenario run has it, so does a before/after pair with its change log. */
export interface MarkSource {
  readonly baseline: OrgState;
  readonly final: OrgState;
  readonly log: readonly Change[];
}

/**
 * The marks of a run's change log. Before: a body that ended is marked with how it ended; one that
 * survives with a new parent is `moved`, one whose record changed is `changed`. After: a body that began is
 * `new`, then `moved` and `changed` as before. A body that began and ended within the run is in neither
 * chart and is not marked.
 *
 * @example
 * const { before, after } = marksOf(runScenario(baseline, plan));
 * before.get('phong-noi-vu'); // 'consolidated'
 */
export function marksOf(source: MarkSource): ChartMarks {
  const { baseline, final } = source;
  const ended = new Map<BodyId, Mark>();
  const updated = new Set<BodyId>();
  for (const change of source.log) {
    for (const body of change.ended) ended.set(body.id, body.reason);
    for (const id of change.updated) updated.add(id);
  }
  const before = new Map<BodyId, Mark>();
  const after = new Map<BodyId, Mark>();
  const survivorMark = (id: BodyId): Mark | undefined => {
    const old = baseline.bodies.get(id);
    const now = final.bodies.get(id);
    if (old === undefined || now === undefined) return undefined;
    if (old.parent !== now.parent) return 'moved';
    if (updated.has(id) || old !== now) return 'changed';
    return undefined;
  };
  for (const id of baseline.bodies.keys()) {
    const mark = final.bodies.has(id) ? survivorMark(id) : (ended.get(id) ?? 'dissolved');
    if (mark !== undefined) before.set(id, mark);
  }
  for (const id of final.bodies.keys()) {
    const mark = baseline.bodies.has(id) ? survivorMark(id) : 'new';
    if (mark !== undefined) after.set(id, mark);
  }
  return { before, after };
}
