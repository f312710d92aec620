import type { Body, BodyId } from '../model/body.js';
import { BODY_FLOWS } from '../scenario/lineage.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import { sideBySide } from './side-by-side.js';

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

/** Ids once each, sorted. */
function distinct(ids: BodyId[] | undefined): BodyId[] {
  if (ids === undefined) return [];
  return ids.length === 1 ? ids : [...new Set(ids)].sort();
}

function append(lists: (BodyId[] | undefined)[], index: number | undefined, id: BodyId): void {
  if (index === undefined) return;
  const list = lists[index];
  if (list === undefined) lists[index] = [id];
  else list.push(id);
}

/**
 * Every body's figures before and after, linked through the lineage of the log (old → new). A body that
 * ended counts zero after, one that began zero before; one that began and ended inside the log is not
 * listed (its staff shows in the lineage of the bodies around it). Sorted by id.
 *
 * The two states are read once, side by side ({@link sideBySide}), and the log once for the lineage of
 * each body: no lookup in either state, one sort. The cost is the size of the two states, which the list
 * covers, plus the length of the log.
 */
export function bodyDeltas(before: OrgState, after: OrgState, log: readonly Change[]): BodyDelta[] {
  const sides = sideBySide(before, after);
  const from: (BodyId[] | undefined)[] = new Array(sides.ids.length);
  const to: (BodyId[] | undefined)[] = new Array(sides.ids.length);
  for (const change of log) {
    for (const flow of change.flows) {
      if (flow.from === null || flow.to === null || !BODY_FLOWS.has(flow.kind)) continue;
      append(from, sides.indexOf.get(flow.to), flow.from);
      append(to, sides.indexOf.get(flow.from), flow.to);
    }
  }
  const out: BodyDelta[] = [];
  // Ids sort fastest as plain strings (no comparator to call); each then finds its index.
  for (const id of [...sides.ids].sort()) {
    const i = sides.indexOf.get(id) as number;
    const old = sides.old[i];
    const now = sides.now[i];
    const record = (now ?? old) as Body;
    out.push({
      id,
      name: record.name,
      status: old === undefined ? 'began' : now === undefined ? 'ended' : 'kept',
      level: record.level,
      sector: record.sector,
      kind: record.kind,
      unit: record.unit ?? null,
      from: distinct(from[i]),
      to: distinct(to[i]),
      quota: { before: old?.quota ?? 0, after: now?.quota ?? 0 },
      actual: { before: old?.actual ?? 0, after: now?.actual ?? 0 },
      heads: { before: sides.before.heads[i] as number, after: sides.after.heads[i] as number },
      deputies: { before: sides.before.deputies[i] as number, after: sides.after.deputies[i] as number },
    });
  }
  return out;
}
