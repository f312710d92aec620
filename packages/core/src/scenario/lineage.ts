import type { BodyId } from '../model/body.js';
import type { Change, Flow, FlowKind } from '../transform/change.js';

/** One link of a body's lineage: another body it came from or went to, in which step, carrying what. */
export interface LineageLink {
  readonly body: BodyId;
  /** Index of the change in the log (0-based). */
  readonly change: number;
  readonly kind: FlowKind;
  readonly quota: number;
  readonly actual: number;
  readonly functions: readonly string[];
  readonly depth: number;
}

/** The flows that link one body to another (lineage proper); the rest come from or go to nowhere. */
export const BODY_FLOWS: ReadonlySet<FlowKind> = new Set([
  'absorbed',
  'consolidated',
  'split',
  'dissolved',
  'transferred',
]);

/**
 * The body-to-body flows of a log (absorbed, consolidated, split, dissolved, transferred), numbered in log
 * order, and for each body the numbers of the flows that reach it (`back`) and leave it (`forward`), in
 * ascending order. One pass over the log.
 */
interface LineageIndex {
  readonly flows: readonly Flow[];
  /** Index in the log of the change each flow belongs to. */
  readonly changeOf: readonly number[];
  readonly back: ReadonlyMap<BodyId, readonly number[]>;
  readonly forward: ReadonlyMap<BodyId, readonly number[]>;
}

function push(map: Map<BodyId, number[]>, id: BodyId, n: number): void {
  const list = map.get(id);
  if (list === undefined) map.set(id, [n]);
  else list.push(n);
}

function buildIndex(log: readonly Change[]): LineageIndex {
  const flows: Flow[] = [];
  const changeOf: number[] = [];
  const back = new Map<BodyId, number[]>();
  const forward = new Map<BodyId, number[]>();
  for (let index = 0; index < log.length; index += 1) {
    for (const flow of (log[index] as Change).flows) {
      if (flow.from === null || flow.to === null || !BODY_FLOWS.has(flow.kind)) continue;
      const n = flows.length;
      flows.push(flow);
      changeOf.push(index);
      push(back, flow.to, n);
      push(forward, flow.from, n);
    }
  }
  return { flows, changeOf, back, forward };
}

// Per-log data: a run's log is a value (typed readonly, never changed after the run returns), so its index
// is built once and shared by every lineage question asked of it. The length and last change are checked
// so that a log appended to in place is indexed again rather than read stale.
const indexes = new WeakMap<
  readonly Change[],
  { length: number; last: Change | undefined; index: LineageIndex }
>();

/** The lineage index of a log, built on first use and kept while the log lives. */
function lineageIndex(log: readonly Change[]): LineageIndex {
  const cached = indexes.get(log);
  const last = log[log.length - 1];
  if (cached !== undefined && cached.length === log.length && cached.last === last) return cached.index;
  const index = buildIndex(log);
  indexes.set(log, { length: log.length, last, index });
  return index;
}

/**
 * Follows lineage through a change log: `'back'` lists the bodies `id` came from (and where they came
 * from, transitively), `'forward'` the bodies it went to. Each body is listed once, at its first link.
 *
 * Breadth first, a depth at a time; within a depth, links come in log order (step, then flow), as a scan
 * of the whole log would meet them. Through the log's {@link lineageIndex}, a call costs the links it
 * visits, not the length of the log.
 */
export function traceLineage(
  log: readonly Change[],
  id: BodyId,
  direction: 'back' | 'forward',
): LineageLink[] {
  const index = lineageIndex(log);
  const links = direction === 'back' ? index.back : index.forward;
  const out: LineageLink[] = [];
  const seen = new Set<BodyId>([id]);
  let frontier: BodyId[] = [id];
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const reached: number[] = [];
    for (const here of frontier) for (const n of links.get(here) ?? []) reached.push(n);
    // Each flow reaches one body, so the numbers are distinct; ascending is log order.
    if (frontier.length > 1) reached.sort((a, b) => a - b);
    const next: BodyId[] = [];
    for (const n of reached) {
      const flow = index.flows[n] as Flow;
      const there = (direction === 'back' ? flow.from : flow.to) as BodyId;
      if (seen.has(there)) continue;
      seen.add(there);
      next.push(there);
      out.push({
        body: there,
        change: index.changeOf[n] as number,
        kind: flow.kind,
        quota: flow.quota,
        actual: flow.actual,
        functions: flow.functions,
        depth,
      });
    }
    frontier = next;
  }
  return out;
}
