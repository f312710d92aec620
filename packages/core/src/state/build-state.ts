import { Set as PSet } from 'immutable';
import type { AdminUnit } from '../model/admin-unit.js';
import type { Body } from '../model/body.js';
import type { Person, Post } from '../model/post.js';
import type { Relation } from '../model/relation.js';
import type { ParsedStateJson } from '../schema/state-schema.js';
import type { OrgState } from './org-state.js';
import { VersionedMap } from './versioned-map.js';

type Parsed<K extends keyof ParsedStateJson> = NonNullable<ParsedStateJson[K]>[number];

/** Copies the optional keys that are present, so records never carry `key: undefined`. */
function optional<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key] as Exclude<T[K], undefined>;
  return out;
}

/** A list frozen as it is when it already is (nothing can change it), else a frozen copy. */
function frozenList<T>(list: readonly T[]): readonly T[] {
  return Object.isFrozen(list) ? list : Object.freeze([...list]);
}

/**
 * A record frozen as it is when it already is, else a frozen shallow copy made key by key. Not
 * `Object.freeze({ ...record })`: in V8 the frozen clone of an object built key by key gets a hidden class
 * of its own, so a state's attribute records would each have one (measured with `%HaveSameMap`).
 */
export function frozenRecord<T extends object>(record: T): Readonly<T> {
  if (Object.isFrozen(record)) return record;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    // An own `__proto__` key (the schemas reject it) would set the copy's prototype: spread instead.
    if (key === '__proto__') return Object.freeze({ ...record });
    out[key] = (record as Record<string, unknown>)[key];
  }
  return Object.freeze(out) as Readonly<T>;
}

/**
 * A frozen body with its keys in schema order, which is also the order they serialise in. Built key by key
 * rather than from spreads of optional parts: every body then takes the same few hidden-class transitions,
 * and the hot paths that make bodies (loading, establishing, merging) stay monomorphic.
 */
export function freezeBody(b: Parsed<'bodies'> | Body): Body {
  const out: { -readonly [K in keyof Body]?: Body[K] } = { id: b.id, name: b.name };
  if (b.nameEn !== undefined) out.nameEn = b.nameEn;
  out.kind = b.kind;
  out.sector = b.sector;
  out.level = b.level;
  if (b.unit !== undefined) out.unit = b.unit;
  out.parent = b.parent;
  out.functions = frozenList(b.functions);
  out.quota = b.quota;
  out.actual = b.actual;
  if (b.quotaByYear !== undefined) out.quotaByYear = frozenRecord(b.quotaByYear);
  if (b.attributes !== undefined) out.attributes = frozenRecord(b.attributes);
  if (b.validFrom !== undefined) out.validFrom = b.validFrom;
  if (b.validUntil !== undefined) out.validUntil = b.validUntil;
  return Object.freeze(out) as Body;
}

export function freezeRelation(r: Parsed<'relations'> | Relation): Relation {
  return Object.freeze({
    id: r.id,
    kind: r.kind,
    from: r.from,
    to: r.to,
    ...optional(r, ['validFrom', 'validUntil']),
  });
}

export function freezePerson(p: Parsed<'persons'> | Person): Person {
  return Object.freeze({ id: p.id, name: p.name });
}

export function freezePost(p: Parsed<'posts'> | Post): Post {
  return Object.freeze({
    id: p.id,
    body: p.body,
    role: p.role,
    holder: p.holder,
    ...optional(p, ['timeShare', 'validFrom', 'validUntil']),
  });
}

export function freezeUnit(u: Parsed<'units'> | AdminUnit): AdminUnit {
  return Object.freeze({
    code: u.code,
    name: u.name,
    level: u.level,
    parent: u.parent,
    ...optional(u, ['type']),
    ...(u.attributes === undefined ? {} : { attributes: frozenRecord(u.attributes) }),
    ...optional(u, ['validFrom', 'validUntil']),
  });
}

function keyed<T, V>(
  items: readonly T[],
  key: (item: T) => string,
  make: (item: T) => V,
): VersionedMap<string, V> {
  const map = new Map<string, V>();
  for (const item of items) map.set(key(item), make(item));
  return VersionedMap.adopt(map);
}

function grouped(pairs: Iterable<readonly [string, string]>): VersionedMap<string, PSet<string>> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [value]);
    else list.push(value);
  }
  const map = new Map<string, PSet<string>>();
  for (const [key, values] of groups) map.set(key, PSet(values));
  return VersionedMap.adopt(map);
}

/**
 * Builds a state from a document that passed the schema and the invariants, in one pass per list. Indices
 * are built in bulk here; transformations then keep them up to date one change at a time.
 */
export function buildState(doc: ParsedStateJson): OrgState {
  const relations = doc.relations ?? [];
  const posts = doc.posts ?? [];
  return Object.freeze({
    bodies: keyed(doc.bodies, (b) => b.id, freezeBody),
    relations: keyed(relations, (r) => r.id, freezeRelation),
    persons: keyed(doc.persons ?? [], (p) => p.id, freezePerson),
    posts: keyed(posts, (p) => p.id, freezePost),
    units: keyed(doc.units ?? [], (u) => u.code, freezeUnit),
    index: Object.freeze({
      children: grouped(doc.bodies.flatMap((b) => (b.parent === null ? [] : [[b.parent, b.id] as const]))),
      roots: PSet(doc.bodies.filter((b) => b.parent === null).map((b) => b.id)),
      postsByBody: grouped(posts.map((p) => [p.body, p.id] as const)),
      postsByPerson: grouped(posts.flatMap((p) => (p.holder === null ? [] : [[p.holder, p.id] as const]))),
      relationsByBody: grouped(relations.flatMap((r) => [[r.from, r.id] as const, [r.to, r.id] as const])),
      bodiesByUnit: grouped(
        doc.bodies.flatMap((b) => (b.unit === undefined ? [] : [[b.unit, b.id] as const])),
      ),
      unitChildren: grouped(
        (doc.units ?? []).flatMap((u) => (u.parent === null ? [] : [[u.parent, u.code] as const])),
      ),
    }),
  });
}
