import type { OrgState } from '../state/org-state.js';
import type { Pair } from './body-delta.js';
import { type GroupBy, groupOf } from './group-by.js';
import { leadershipOf } from './leadership.js';

/** Figures of one group before and after. `people` counts each leader once; posts count in every body. */
export interface GroupFigures {
  readonly by: GroupBy;
  readonly group: string;
  readonly bodies: Pair;
  readonly quota: Pair;
  readonly actual: Pair;
  readonly heads: Pair;
  readonly deputies: Pair;
  readonly people: Pair;
}

interface Tally {
  bodies: number;
  quota: number;
  actual: number;
  heads: number;
  deputies: number;
  people: Set<string>;
}

function tally(state: OrgState, by: GroupBy): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const [id, body] of state.bodies) {
    const key = groupOf(body, by);
    let t = groups.get(key);
    if (t === undefined) {
      t = { bodies: 0, quota: 0, actual: 0, heads: 0, deputies: 0, people: new Set() };
      groups.set(key, t);
    }
    const lead = leadershipOf(state, id);
    t.bodies += 1;
    t.quota += body.quota;
    t.actual += body.actual;
    t.heads += lead.heads;
    t.deputies += lead.deputies;
    for (const holder of lead.holders) t.people.add(holder);
  }
  return groups;
}

/** Figures per group before and after, sorted by group. */
export function aggregate(before: OrgState, after: OrgState, by: GroupBy): GroupFigures[] {
  const a = tally(before, by);
  const b = tally(after, by);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.map((group) => {
    const x = a.get(group);
    const y = b.get(group);
    const pair = (key: 'bodies' | 'quota' | 'actual' | 'heads' | 'deputies'): Pair => ({
      before: x?.[key] ?? 0,
      after: y?.[key] ?? 0,
    });
    return {
      by,
      group,
      bodies: pair('bodies'),
      quota: pair('quota'),
      actual: pair('actual'),
      heads: pair('heads'),
      deputies: pair('deputies'),
      people: { before: x?.people.size ?? 0, after: y?.people.size ?? 0 },
    };
  });
}
