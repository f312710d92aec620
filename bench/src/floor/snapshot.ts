/**
 * One comparable form of a state, taken from a tinhgon state or from a {@link FloorGraph}: what the
 * benchmarks check the floor against tinhgon on. Each entity is a row keyed by its id, written by the same
 * function from either side: a body's parent and every field the floor keeps (level, unit, quota, actual,
 * functions in order, year-by-year quotas, kind, sector, names), a post's body, role, holder and time
 * share, a relation's kind and ends, a unit's level and parent, a person's name.
 */
import type { BodyId, OrgState, PostRole } from '@tinhgon/core';
import type { BodyFields, FloorGraph } from './floor-graph.js';

export interface Snapshot {
  readonly bodies: ReadonlyMap<string, string>;
  readonly posts: ReadonlyMap<string, string>;
  readonly relations: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<string, string>;
  readonly persons: ReadonlyMap<string, string>;
}

const years = (q: Readonly<Record<string, number>> | undefined): string =>
  q === undefined
    ? '-'
    : `{${Object.keys(q)
        .sort()
        .map((y) => `${y}:${q[y]}`)
        .join(',')}}`;

const bodyRow = (parent: BodyId | null, b: BodyFields): string =>
  `parent=${parent} level=${b.level} unit=${b.unit} quota=${b.quota} actual=${b.actual} fns=${b.functions.join(',')} years=${years(b.quotaByYear)} kind=${b.kind} sector=${b.sector} name=${b.name} nameEn=${b.nameEn}`;

const postRow = (p: {
  body: BodyId;
  role: PostRole;
  holder: string | null;
  timeShare?: number | undefined;
}): string => `${p.body} ${p.role} ${p.holder}${p.timeShare === undefined ? '' : ` share=${p.timeShare}`}`;

const relationRow = (r: { kind: string; from: BodyId; to: BodyId }): string =>
  `${r.kind} ${r.from} → ${r.to}`;

const unitRow = (u: { level: string; parent: string | null }): string => `${u.level} in ${u.parent}`;

/** The snapshot of a tinhgon state. */
export function stateSnapshot(state: OrgState): Snapshot {
  const bodies = new Map<string, string>();
  for (const [id, body] of state.bodies) bodies.set(id, bodyRow(body.parent, body));
  const posts = new Map<string, string>();
  for (const [id, post] of state.posts) posts.set(id, postRow(post));
  const relations = new Map<string, string>();
  for (const [id, relation] of state.relations) relations.set(id, relationRow(relation));
  const units = new Map<string, string>();
  for (const [code, unit] of state.units) units.set(code, unitRow(unit));
  const persons = new Map<string, string>();
  for (const [id, person] of state.persons) persons.set(id, person.name);
  return { bodies, posts, relations, units, persons };
}

/** The snapshot of a floor. */
export function floorSnapshot(floor: FloorGraph): Snapshot {
  const bodies = new Map<string, string>();
  floor.graph.forEachNode((id, body) => bodies.set(id, bodyRow(floor.parentOf(id), body)));
  const posts = new Map<string, string>();
  for (const [id, post] of floor.posts) posts.set(id, postRow(post));
  const relations = new Map<string, string>();
  for (const [id, relation] of floor.relations) relations.set(id, relationRow(relation));
  const units = new Map<string, string>();
  for (const [code, unit] of floor.units) units.set(code, unitRow(unit));
  return { bodies, posts, relations, units, persons: new Map(floor.persons) };
}

/**
 * The rows in which `actual` differs from `expected` (at most `max`), as `part id: expected ≠ actual`,
 * with `(none)` for a row one side lacks; empty when they agree.
 */
export function snapshotDifferences(expected: Snapshot, actual: Snapshot, max = 10): string[] {
  const out: string[] = [];
  for (const part of ['bodies', 'posts', 'relations', 'units', 'persons'] as const) {
    const x = expected[part];
    const y = actual[part];
    for (const [key, value] of x) {
      if (out.length >= max) return out;
      if (y.get(key) !== value) out.push(`${part} ${key}: ${value} ≠ ${y.get(key) ?? '(none)'}`);
    }
    for (const [key, value] of y) {
      if (out.length >= max) return out;
      if (!x.has(key)) out.push(`${part} ${key}: (none) ≠ ${value}`);
    }
  }
  return out;
}
