/**
 * The clusters of R7 (overlapping functions): of the focal bodies of one admin unit and level that share a
 * function group, those not nested under another of them, with the groups that leave the same bodies
 * merged into one cluster.
 */
import type { Body, OrgState } from '@tinhgon/core';
import type { Carriers, FocalGroup } from './focal-groups.js';
import { sortShort } from './short-sort.js';
import { byBodyId, byCodeUnits } from './structure.js';

/** How far up the tree a body is looked for among another's ancestors (as `unitOf` and `classCarrier`). */
const MAX_DEPTH = 64;

const byGroup = (a: Carriers, b: Carriers): number => byCodeUnits(a.group, b.group);

/**
 * A cluster: bodies of one admin unit and level (in id order) that share the function groups `shared`
 * (sorted), none nested in another; `covered` adds the carriers nested in them.
 */
export interface Cluster {
  readonly members: readonly Body[];
  readonly shared: string[];
  readonly covered: Body[];
}

/**
 * True when one of `carriers` (a few bodies) lies above `body` within {@link MAX_DEPTH} steps. The walk
 * stops at the first ancestor of another level: in a valid state a body's level is never above its
 * parent's, so no ancestor beyond it is of the carriers' level.
 */
function nestedIn(bodies: OrgState['bodies'], body: Body, carriers: readonly Body[]): boolean {
  let parent = body.parent;
  for (let guard = 0; parent !== null && guard < MAX_DEPTH; guard += 1) {
    for (const carrier of carriers) if (carrier.id === parent) return true;
    const record = bodies.get(parent);
    if (record === undefined || record.level !== body.level) return false;
    parent = record.parent;
  }
  return false;
}

/** The carriers of one group that are not nested under another (`top`), and those that are. */
function splitNested(state: OrgState, carriers: readonly Body[]): { top: Body[]; nested: Body[] } {
  const bodies = state.bodies;
  const top: Body[] = [];
  const nested: Body[] = [];
  for (const body of carriers) (nestedIn(bodies, body, carriers) ? nested : top).push(body);
  return { top, nested };
}

/**
 * The clusters of one admin unit and level, by first member (id order) then first shared group. Of the
 * carriers of each function group, a body nested under another carrier is represented by it and left
 * out; what remains, if two bodies or more, is a cluster; groups that leave the same bodies make one.
 */
export function clustersOf(state: OrgState, focal: FocalGroup): Cluster[] {
  const carriers = focal.carriers;
  if (carriers.length === 1) {
    // Most units and levels share one group: one cluster at most, nothing to merge or order.
    const { group, bodies } = carriers[0] as Carriers;
    const { top, nested } = splitNested(state, bodies);
    return top.length < 2 ? [] : [{ members: top, shared: [group], covered: nested }];
  }
  const clusters = new Map<string, Cluster>();
  for (const { group, bodies } of sortShort(carriers, byGroup)) {
    const { top, nested } = splitNested(state, bodies);
    if (top.length < 2) continue;
    const id = top.map((body) => body.id).join('\u0000');
    const known = clusters.get(id);
    if (known === undefined) clusters.set(id, { members: top, shared: [group], covered: nested });
    else {
      known.shared.push(group);
      known.covered.push(...nested);
    }
  }
  // Groups were taken in order, so each cluster's shared groups are sorted.
  return [...clusters.values()].sort(
    (p, q) =>
      byBodyId(p.members[0] as Body, q.members[0] as Body) ||
      byCodeUnits(p.shared[0] as string, q.shared[0] as string),
  );
}
