import { is, Map as PMap, Set as PSet } from 'immutable';
import type { OrgState, PersistentMap, PersistentSet, StateIndex } from '../../src/state/org-state.js';

// Not `Map#update`: Immutable 5.2 silently ignores update('__proto__' | 'constructor', …)
// (immutable-js/immutable-js#2283), and such ids are ordinary here.
function group(pairs: Iterable<readonly [string, string]>): PMap<string, PSet<string>> {
  let map = PMap<string, PSet<string>>();
  for (const [key, value] of pairs) map = map.set(key, (map.get(key) ?? PSet<string>()).add(value));
  return map;
}

/**
 * The index a state should carry, computed from its entities alone, independently of `buildState` and
 * `StateDraft`. Keys are parent / body / person ids whether or not that entity exists.
 */
export function expectedIndex(state: OrgState): StateIndex {
  const bodies = [...state.bodies.values()];
  const posts = [...state.posts.values()];
  const relations = [...state.relations.values()];
  const units = [...state.units.values()];
  return {
    children: group(bodies.flatMap((b) => (b.parent === null ? [] : [[b.parent, b.id] as const]))),
    roots: PSet(bodies.filter((b) => b.parent === null).map((b) => b.id)),
    postsByBody: group(posts.map((p) => [p.body, p.id] as const)),
    postsByPerson: group(posts.flatMap((p) => (p.holder === null ? [] : [[p.holder, p.id] as const]))),
    relationsByBody: group(relations.flatMap((r) => [[r.from, r.id] as const, [r.to, r.id] as const])),
    bodiesByUnit: group(bodies.flatMap((b) => (b.unit === undefined ? [] : [[b.unit, b.id] as const]))),
    unitChildren: group(units.flatMap((u) => (u.parent === null ? [] : [[u.parent, u.code] as const]))),
  };
}

/**
 * Whether two maps (or two sets) hold the same entries, values compared with Immutable's `is`: equal sets
 * of ids are equal, records must be the same object.
 */
export function sameEntries<V>(
  a: PersistentMap<string, V> | PersistentSet<string>,
  b: PersistentMap<string, V> | PersistentSet<string>,
): boolean {
  if (PSet.isSet(a) || PSet.isSet(b)) return is(a, b);
  const left = a as PersistentMap<string, V>;
  const right = b as PersistentMap<string, V>;
  if (left.size !== right.size) return false;
  for (const [key, value] of left) if (!right.has(key) || !is(value, right.get(key))) return false;
  return true;
}

/** The names of the index tables that differ from {@link expectedIndex}; `[]` when all agree. */
export function indexMismatches(state: OrgState): string[] {
  const expected = expectedIndex(state);
  return (Object.keys(expected) as (keyof StateIndex)[]).filter(
    (key) => !sameEntries(state.index[key], expected[key]),
  );
}

/** Every id-keyed map holds each record under its own id. */
export function keyMismatches(state: OrgState): string[] {
  const out: string[] = [];
  for (const [name, map] of [
    ['bodies', state.bodies],
    ['relations', state.relations],
    ['persons', state.persons],
    ['posts', state.posts],
  ] as const) {
    for (const [key, value] of map) if (key !== value.id) out.push(`${name}:${key}`);
  }
  for (const [key, value] of state.units) if (key !== value.code) out.push(`units:${key}`);
  return out;
}
