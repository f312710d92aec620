import type { Body, BodyId } from '../model/body.js';
import type { ScenarioRun } from '../scenario/run-scenario.js';
import { type GroupBy, groupOf } from './group-by.js';
import { type SideBySide, sideBySide } from './side-by-side.js';

/** Which staff figure a bridge follows. */
export type Measure = 'quota' | 'actual';

/**
 * A headcount bridge for one group: from the start figure, through each kind of movement, to the end
 * figure. `start + created − cut − released − transferredOut + transferredIn + restructured + reclassified
 * = end`, exactly. `restructured` is what absorb, consolidate, split and dissolve moved between groups (it
 * is zero over the whole state: neutral); `reclassified` is staff of bodies that changed group (moved to
 * another level or unit).
 */
export interface BridgeRow {
  readonly by: GroupBy;
  readonly group: string;
  readonly measure: Measure;
  readonly start: number;
  readonly created: number;
  readonly cut: number;
  readonly released: number;
  readonly transferredOut: number;
  readonly transferredIn: number;
  readonly restructured: number;
  readonly reclassified: number;
  readonly end: number;
}

type Line = Exclude<keyof BridgeRow, 'by' | 'group' | 'measure'>;

/**
 * Each body's record as it stood after the last step booked: those of the baseline or the final state by
 * their index side by side, any other (begun and ended inside the run) by id. A body that ended keeps its
 * last record: no later step names it, as ids are never reused.
 */
class Records {
  readonly #sides: SideBySide;
  readonly #records: (Body | undefined)[];
  readonly #others = new Map<BodyId, Body>();

  constructor(sides: SideBySide) {
    this.#sides = sides;
    this.#records = [...sides.old];
  }

  get(id: BodyId): Body | undefined {
    const index = this.#sides.indexOf.get(id);
    return index === undefined ? this.#others.get(id) : this.#records[index];
  }

  /** Sets a body's record, returning the one it replaces. */
  set(id: BodyId, body: Body): Body | undefined {
    const index = this.#sides.indexOf.get(id);
    if (index === undefined) {
      const old = this.#others.get(id);
      this.#others.set(id, body);
      return old;
    }
    const old = this.#records[index];
    this.#records[index] = body;
    return old;
  }
}

function groupOfId(records: Records, by: GroupBy, id: BodyId): string {
  const body = records.get(id);
  return body === undefined ? '(unknown)' : groupOf(body, by);
}

/**
 * The headcount bridge of a run, per group, from its baseline to its final state. Each flow of each step is
 * booked to the group of the body it leaves (as it stood after the step, or before it if it ended) and the
 * group of the body it reaches (after the step), so the lines always sum to the end figure.
 *
 * The baseline and final state are read once, side by side ({@link sideBySide}); the records of the bodies
 * are then followed through the run in each step's change record (the bodies it began, updated and
 * ended are all that differ between the states around it, and the record carries what it left for them),
 * so a step costs the bodies it touched and no intermediate state is read.
 */
export function headcountBridge(
  run: ScenarioRun,
  by: GroupBy = 'total',
  measure: Measure = 'quota',
): BridgeRow[] {
  const rows = new Map<string, Record<Line, number>>();
  const add = (group: string, line: Line, n: number) => {
    let row = rows.get(group);
    if (row === undefined) {
      row = {
        start: 0,
        created: 0,
        cut: 0,
        released: 0,
        transferredOut: 0,
        transferredIn: 0,
        restructured: 0,
        reclassified: 0,
        end: 0,
      };
      rows.set(group, row);
    }
    row[line] += n;
  };
  const sides = sideBySide(run.baseline, run.final);
  for (const old of sides.old) if (old !== undefined) add(groupOf(old, by), 'start', old[measure]);
  for (const now of sides.now) if (now !== undefined) add(groupOf(now, by), 'end', now[measure]);
  const records = new Records(sides);
  // Records a step replaced, old then new.
  const moved: Body[] = [];
  for (const outcome of run.outcomes) {
    const change = outcome.changes;
    if (change === null) continue;
    moved.length = 0;
    // A begun body has no record before (ids are never reused); an updated one moves if its group changed.
    for (const now of change.records) {
      const old = records.set(now.id, now);
      if (old !== undefined) moved.push(old, now);
    }
    for (const flow of change.flows) {
      const n = flow[measure];
      if (n === 0) continue;
      if (flow.kind === 'created' && flow.to !== null) add(groupOfId(records, by, flow.to), 'created', n);
      else if ((flow.kind === 'cut' || flow.kind === 'released') && flow.from !== null)
        add(groupOfId(records, by, flow.from), flow.kind, n);
      else if (flow.from !== null && flow.to !== null) {
        if (flow.kind === 'transferred') {
          add(groupOfId(records, by, flow.from), 'transferredOut', n);
          add(groupOfId(records, by, flow.to), 'transferredIn', n);
        } else {
          add(groupOfId(records, by, flow.from), 'restructured', -n);
          add(groupOfId(records, by, flow.to), 'restructured', n);
        }
      }
    }
    for (let i = 0; i < moved.length; i += 2) {
      const old = moved[i] as Body;
      const from = groupOf(old, by);
      const to = groupOf(moved[i + 1] as Body, by);
      if (from !== to) {
        add(from, 'reclassified', -old[measure]);
        add(to, 'reclassified', old[measure]);
      }
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, row]) => ({ by, group, measure, ...row }));
}

/** True when a bridge row adds up: the check the bridge law asserts. */
export function bridgeBalances(row: BridgeRow): boolean {
  return (
    row.start +
      row.created -
      row.cut -
      row.released -
      row.transferredOut +
      row.transferredIn +
      row.restructured +
      row.reclassified ===
    row.end
  );
}
