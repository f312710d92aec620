import type { OrgState } from '../state/org-state.js';
import type { Pair } from './body-delta.js';
import { type GroupBy, groupOf } from './group-by.js';
import { type SideBySide, sideBySide } from './side-by-side.js';

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

/** The tallies of one side: each body's record and posts to its group, each holder to its body's group. */
function tally(sides: SideBySide, side: 'before' | 'after', by: GroupBy): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  const records = side === 'before' ? sides.old : sides.now;
  const posts = side === 'before' ? sides.before : sides.after;
  const tallyOf: (Tally | undefined)[] = new Array(records.length);
  for (let i = 0; i < records.length; i += 1) {
    const body = records[i];
    if (body === undefined) continue;
    const key = groupOf(body, by);
    let t = groups.get(key);
    if (t === undefined) {
      t = { bodies: 0, quota: 0, actual: 0, heads: 0, deputies: 0, people: new Set() };
      groups.set(key, t);
    }
    tallyOf[i] = t;
    t.bodies += 1;
    t.quota += body.quota;
    t.actual += body.actual;
    t.heads += posts.heads[i] as number;
    t.deputies += posts.deputies[i] as number;
  }
  for (let i = 0; i < posts.holder.length; i += 1)
    tallyOf[posts.holderBody[i] as number]?.people.add(posts.holder[i] as string);
  return groups;
}

/** Figures per group before and after, sorted by group. */
export function aggregate(before: OrgState, after: OrgState, by: GroupBy): GroupFigures[] {
  const sides = sideBySide(before, after);
  const a = tally(sides, 'before', by);
  const b = tally(sides, 'after', by);
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
