import type { Body, BodyId } from '../model/body.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import { leadershipOf } from './leadership.js';

/** A figure before and after. */
export interface Pair {
  readonly before: number;
  readonly after: number;
}

/** One body's delta: whether it was kept, began or ended, where it came from or went, and its figures. */
export interface BodyDelta {
  readonly id: BodyId;
  readonly name: string;
  readonly status: 'kept' | 'began' | 'ended';
  readonly level: Body['level'];
  readonly sector: string;
  readonly kind: string;
  readonly unit: string | null;
  /** Bodies it took staff, functions or children from (for a body that began or gained by merger). */
  readonly from: readonly BodyId[];
  /** Bodies it handed staff, functions or children to (for a body that ended or gave by transfer). */
  readonly to: readonly BodyId[];
  readonly quota: Pair;
  readonly actual: Pair;
  readonly heads: Pair;
  readonly deputies: Pair;
}

const STRUCTURAL = new Set(['absorbed', 'consolidated', 'split', 'dissolved', 'transferred']);

/**
 * Every body's figures before and after, linked through the lineage of the log (old → new). A body that
 * ended counts zero after, one that began zero before; one that began and ended inside the log is not
 * listed (its staff shows in the lineage of the bodies around it). Sorted by id.
 */
export function bodyDeltas(before: OrgState, after: OrgState, log: readonly Change[]): BodyDelta[] {
  const from = new Map<BodyId, Set<BodyId>>();
  const to = new Map<BodyId, Set<BodyId>>();
  for (const change of log) {
    for (const flow of change.flows) {
      if (flow.from === null || flow.to === null || !STRUCTURAL.has(flow.kind)) continue;
      if (!from.has(flow.to)) from.set(flow.to, new Set());
      from.get(flow.to)?.add(flow.from);
      if (!to.has(flow.from)) to.set(flow.from, new Set());
      to.get(flow.from)?.add(flow.to);
    }
  }
  const ids = new Set<BodyId>([...before.bodies.keys(), ...after.bodies.keys()]);
  const out: BodyDelta[] = [];
  for (const id of [...ids].sort()) {
    const old = before.bodies.get(id);
    const now = after.bodies.get(id);
    const record = now ?? old;
    if (record === undefined) continue;
    const lead = {
      before: old === undefined ? undefined : leadershipOf(before, id),
      after: now === undefined ? undefined : leadershipOf(after, id),
    };
    out.push({
      id,
      name: record.name,
      status: old === undefined ? 'began' : now === undefined ? 'ended' : 'kept',
      level: record.level,
      sector: record.sector,
      kind: record.kind,
      unit: record.unit ?? null,
      from: [...(from.get(id) ?? [])].sort(),
      to: [...(to.get(id) ?? [])].sort(),
      quota: { before: old?.quota ?? 0, after: now?.quota ?? 0 },
      actual: { before: old?.actual ?? 0, after: now?.actual ?? 0 },
      heads: { before: lead.before?.heads ?? 0, after: lead.after?.heads ?? 0 },
      deputies: { before: lead.before?.deputies ?? 0, after: lead.after?.deputies ?? 0 },
    });
  }
  return out;
}
