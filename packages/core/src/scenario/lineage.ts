import type { BodyId } from '../model/body.js';
import type { Change, FlowKind } from '../transform/change.js';

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

const BODY_FLOWS: ReadonlySet<FlowKind> = new Set([
  'absorbed',
  'consolidated',
  'split',
  'dissolved',
  'transferred',
]);

/**
 * Follows lineage through a change log: `'back'` lists the bodies `id` came from (and where they came
 * from, transitively), `'forward'` the bodies it went to. Each body is listed once, at its first link.
 */
export function traceLineage(
  log: readonly Change[],
  id: BodyId,
  direction: 'back' | 'forward',
): LineageLink[] {
  const out: LineageLink[] = [];
  const seen = new Set<BodyId>([id]);
  let frontier: BodyId[] = [id];
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const next: BodyId[] = [];
    const wanted = new Set(frontier);
    log.forEach((change, index) => {
      for (const flow of change.flows) {
        if (!BODY_FLOWS.has(flow.kind) || flow.from === null || flow.to === null) continue;
        const [here, there] = direction === 'back' ? [flow.to, flow.from] : [flow.from, flow.to];
        if (!wanted.has(here) || seen.has(there)) continue;
        seen.add(there);
        next.push(there);
        out.push({
          body: there,
          change: index,
          kind: flow.kind,
          quota: flow.quota,
          actual: flow.actual,
          functions: flow.functions,
          depth,
        });
      }
    });
    frontier = next;
  }
  return out;
}
