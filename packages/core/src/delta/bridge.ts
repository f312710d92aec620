import type { Body } from '../model/body.js';
import type { ScenarioRun } from '../scenario/run-scenario.js';
import type { OrgState } from '../state/org-state.js';
import { type GroupBy, groupOf } from './group-by.js';

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

function total(
  state: OrgState,
  by: GroupBy,
  measure: Measure,
  into: (group: string, line: Line, n: number) => void,
  line: Line,
): void {
  for (const body of state.bodies.values()) into(groupOf(body, by), line, body[measure]);
}

/**
 * The headcount bridge of a run, per group, from its baseline to its final state. Each flow of each step is
 * booked to the group of the body it leaves (as it stood after the step, or before it if it ended) and the
 * group of the body it reaches (after the step), so the lines always sum to the end figure.
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
  total(run.baseline, by, measure, add, 'start');
  let previous = run.baseline;
  for (const outcome of run.outcomes) {
    const change = outcome.changes;
    if (change === null) continue;
    const next = outcome.state;
    const groupOfId = (id: string): string => {
      const body: Body | undefined = next.bodies.get(id) ?? previous.bodies.get(id);
      return body === undefined ? '(unknown)' : groupOf(body, by);
    };
    for (const flow of change.flows) {
      const n = flow[measure];
      if (n === 0) continue;
      if (flow.kind === 'created' && flow.to !== null) add(groupOfId(flow.to), 'created', n);
      else if ((flow.kind === 'cut' || flow.kind === 'released') && flow.from !== null)
        add(groupOfId(flow.from), flow.kind, n);
      else if (flow.from !== null && flow.to !== null) {
        if (flow.kind === 'transferred') {
          add(groupOfId(flow.from), 'transferredOut', n);
          add(groupOfId(flow.to), 'transferredIn', n);
        } else {
          add(groupOfId(flow.from), 'restructured', -n);
          add(groupOfId(flow.to), 'restructured', n);
        }
      }
    }
    for (const id of change.updated) {
      const old = previous.bodies.get(id);
      const now = next.bodies.get(id);
      if (old === undefined || now === undefined) continue;
      const from = groupOf(old, by);
      const to = groupOf(now, by);
      if (from !== to) {
        add(from, 'reclassified', -old[measure]);
        add(to, 'reclassified', old[measure]);
      }
    }
    previous = next;
  }
  total(run.final, by, measure, add, 'end');
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
