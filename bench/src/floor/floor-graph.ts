/**
 * The floor of the benchmarks (transform and national reform): the same state as an {@link OrgState},
 * held the plainest mutable way: one graphology `DirectedGraph` (a node per body with its fields as
 * attributes, an edge from parent to child) and native `Map`s for posts, relations, persons and units, with
 * the indices the persistent state keeps too (posts by body and by person, relations by body, bodies by
 * unit, units by parent).
 *
 * Its primitives are the mutable twins of `ChangeRecorder`'s in @tinhgon/core and change the state in
 * exactly the same way, in place: no validation, no versions, no change record. A step is done on a floor
 * by calling them, as the transformation calls the recorder's: the steps both benchmarks share are in
 * `body-steps.ts` and `unit-steps.ts`, the others in the transform benchmark's `kinds/`; `snapshot.ts`
 * compares a floor with a tinhgon state.
 */
import type { BodyId, Level, OrgState, PostRole, RelationKind } from '@tinhgon/core';
import { DirectedGraph } from 'graphology';

/** A body's fields as node attributes (its parent is the graph edge into it). */
export interface FloorBody {
  name: string;
  nameEn: string | undefined;
  kind: string;
  sector: string;
  level: Level;
  unit: string | undefined;
  quota: number;
  actual: number;
  functions: string[];
  quotaByYear: Record<string, number> | undefined;
}

export interface FloorPost {
  readonly id: string;
  body: BodyId;
  role: PostRole;
  holder: string | null;
  timeShare: number | undefined;
}

export interface FloorRelation {
  readonly id: string;
  readonly kind: RelationKind;
  from: BodyId;
  to: BodyId;
}

export interface FloorUnit {
  readonly code: string;
  readonly level: string;
  parent: string | null;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (set === undefined) index.set(key, new Set([value]));
  else set.add(value);
}

function removeFrom(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (set === undefined) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

/** The fields of a body a floor node copies, under the names tinhgon's bodies and new-body params use. */
export interface BodyFields {
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly kind: string;
  readonly sector: string;
  readonly level: Level;
  readonly unit?: string | undefined;
  readonly quota: number;
  readonly actual: number;
  readonly functions: readonly string[];
  readonly quotaByYear?: Readonly<Record<string, number>> | undefined;
}

/** A body's fields as a floor node, its functions and year-by-year quotas copied (the floor changes them). */
export function floorBodyOf(body: BodyFields): FloorBody {
  return {
    name: body.name,
    nameEn: body.nameEn,
    kind: body.kind,
    sector: body.sector,
    level: body.level,
    unit: body.unit,
    quota: body.quota,
    actual: body.actual,
    functions: [...body.functions],
    quotaByYear: body.quotaByYear === undefined ? undefined : { ...body.quotaByYear },
  };
}

/** Adds year-by-year quotas into `into` (a new record when it has none), as `absorb` and `consolidate` sum them. */
function addQuotaByYear(
  into: Record<string, number> | undefined,
  from: Readonly<Record<string, number>> | undefined,
): Record<string, number> | undefined {
  if (from === undefined) return into;
  const sum = into ?? {};
  for (const year in from) sum[year] = (sum[year] ?? 0) + (from[year] as number);
  return sum;
}

/** Appends the functions `into` lacks, in order: the union that `absorb`, `consolidate` and `transfer` take. */
export function addFunctions(into: string[], from: readonly string[]): void {
  for (const tag of from) if (!into.includes(tag)) into.push(tag);
}

/** Adds a source's functions, quota, actual and year-by-year quotas into `into` (absorb, consolidate). */
export function addSource(into: FloorBody, from: FloorBody): void {
  addFunctions(into.functions, from.functions);
  into.quota += from.quota;
  into.actual += from.actual;
  into.quotaByYear = addQuotaByYear(into.quotaByYear, from.quotaByYear);
}

/** One mutable state, changed in place by the benchmarks' floor steps. */
export class FloorGraph {
  readonly graph: DirectedGraph<FloorBody> = new DirectedGraph<FloorBody>();
  readonly posts = new Map<string, FloorPost>();
  readonly postsByBody = new Map<BodyId, Set<string>>();
  readonly postsByPerson = new Map<string, Set<string>>();
  readonly relations = new Map<string, FloorRelation>();
  readonly relationsByBody = new Map<BodyId, Set<string>>();
  readonly persons = new Map<string, string>();
  readonly units = new Map<string, FloorUnit>();
  readonly unitChildren = new Map<string, Set<string>>();
  readonly bodiesByUnit = new Map<string, Set<BodyId>>();

  /** A floor holding the same bodies, posts, persons, relations and units as `state`. */
  static of(state: OrgState): FloorGraph {
    const floor = new FloorGraph();
    for (const [id, body] of state.bodies) floor.addBody(id, floorBodyOf(body), null);
    for (const [id, body] of state.bodies) if (body.parent !== null) floor.graph.addEdge(body.parent, id);
    for (const [id, person] of state.persons) floor.persons.set(id, person.name);
    for (const post of state.posts.values()) {
      floor.putPost({
        id: post.id,
        body: post.body,
        role: post.role,
        holder: post.holder,
        timeShare: post.timeShare,
      });
    }
    for (const relation of state.relations.values()) {
      floor.putRelation({ id: relation.id, kind: relation.kind, from: relation.from, to: relation.to });
    }
    for (const unit of state.units.values()) floor.addUnit(unit.code, unit.level, unit.parent);
    return floor;
  }

  // ---- bodies ----

  body(id: BodyId): FloorBody {
    return this.graph.getNodeAttributes(id);
  }

  parentOf(id: BodyId): BodyId | null {
    let parent: BodyId | null = null;
    this.graph.forEachInNeighbor(id, (neighbour) => {
      parent = neighbour;
    });
    return parent;
  }

  addBody(id: BodyId, attributes: FloorBody, parent: BodyId | null): void {
    this.graph.addNode(id, attributes);
    if (parent !== null) this.graph.addEdge(parent, id);
    if (attributes.unit !== undefined) addTo(this.bodiesByUnit, attributes.unit, id);
  }

  setParent(id: BodyId, parent: BodyId | null): void {
    const previous = this.parentOf(id);
    if (previous === parent) return;
    if (previous !== null) this.graph.dropEdge(previous, id);
    if (parent !== null) this.graph.addEdge(parent, id);
  }

  setUnit(id: BodyId, unit: string | undefined): void {
    const body = this.body(id);
    if (body.unit === unit) return;
    if (body.unit !== undefined) removeFrom(this.bodiesByUnit, body.unit, id);
    if (unit !== undefined) addTo(this.bodiesByUnit, unit, id);
    body.unit = unit;
  }

  /** Re-parents the children of `from` (or only those listed) under `to`. */
  moveChildren(from: BodyId, to: BodyId, only?: readonly BodyId[]): void {
    for (const child of only ?? this.graph.outNeighbors(from)) this.setParent(child, to);
  }

  /** Ends a body whose children have gone: drops its posts, re-points its relations, removes the node. */
  endBody(id: BodyId, successor: BodyId | null): void {
    for (const post of [...(this.postsByBody.get(id) ?? [])]) this.removePost(post);
    this.#moveRelationsAway(id, successor);
    const unit = this.body(id).unit;
    if (unit !== undefined) removeFrom(this.bodiesByUnit, unit, id);
    this.graph.dropNode(id);
  }

  // ---- posts ----

  post(id: string): FloorPost {
    return this.posts.get(id) as FloorPost;
  }

  /** The posts of a body in id order, the order the transformations walk them in. */
  postsOf(body: BodyId): FloorPost[] {
    return [...(this.postsByBody.get(body) ?? [])]
      .sort(byCodeUnits)
      .map((id) => this.posts.get(id) as FloorPost);
  }

  putPost(post: FloorPost): void {
    this.posts.set(post.id, post);
    addTo(this.postsByBody, post.body, post.id);
    if (post.holder !== null) addTo(this.postsByPerson, post.holder, post.id);
  }

  removePost(id: string): void {
    const post = this.posts.get(id);
    if (post === undefined) return;
    removeFrom(this.postsByBody, post.body, id);
    if (post.holder !== null) removeFrom(this.postsByPerson, post.holder, id);
    this.posts.delete(id);
  }

  movePost(post: FloorPost, body: BodyId): void {
    removeFrom(this.postsByBody, post.body, post.id);
    addTo(this.postsByBody, body, post.id);
    post.body = body;
  }

  setHolder(post: FloorPost, holder: string | null): void {
    if (post.holder !== null) removeFrom(this.postsByPerson, post.holder, post.id);
    if (holder !== null) addTo(this.postsByPerson, holder, post.id);
    post.holder = holder;
  }

  /** True when `person` holds any post in `body`. */
  holdsAny(person: string, body: BodyId): boolean {
    for (const id of this.postsByPerson.get(person) ?? []) if (this.posts.get(id)?.body === body) return true;
    return false;
  }

  /**
   * Moves a body's posts to another, as the recorder's `movePosts` does: a vacant head post is removed, a
   * held one becomes `headsBecome` (or is removed with `'release'`), and a post whose holder already holds
   * one in `to` is removed.
   */
  movePosts(from: BodyId, to: BodyId, headsBecome: PostRole | 'release'): void {
    const hasHead = () => this.postsOf(to).some((post) => post.role === 'head');
    for (const post of this.postsOf(from)) {
      if (
        post.role === 'head' &&
        (post.holder === null || headsBecome === 'release' || (headsBecome === 'head' && hasHead()))
      ) {
        this.removePost(post.id);
        continue;
      }
      if (post.holder !== null && this.holdsAny(post.holder, to)) {
        this.removePost(post.id);
        continue;
      }
      if (post.role === 'head') post.role = headsBecome as PostRole;
      this.movePost(post, to);
    }
  }

  // ---- relations ----

  putRelation(relation: FloorRelation): void {
    this.relations.set(relation.id, relation);
    addTo(this.relationsByBody, relation.from, relation.id);
    addTo(this.relationsByBody, relation.to, relation.id);
  }

  removeRelation(id: string): void {
    const relation = this.relations.get(id);
    if (relation === undefined) return;
    removeFrom(this.relationsByBody, relation.from, id);
    removeFrom(this.relationsByBody, relation.to, id);
    this.relations.delete(id);
  }

  /** Re-points an ending body's relations to its successor; drops those that would loop or repeat. */
  #moveRelationsAway(id: BodyId, successor: BodyId | null): void {
    for (const relationId of [...(this.relationsByBody.get(id) ?? [])].sort(byCodeUnits)) {
      const relation = this.relations.get(relationId) as FloorRelation;
      const from = relation.from === id ? successor : relation.from;
      const to = relation.to === id ? successor : relation.to;
      if (from === null || to === null || from === to || this.#repeats(relation, from, to)) {
        this.removeRelation(relationId);
      } else {
        removeFrom(this.relationsByBody, relation.from, relationId);
        removeFrom(this.relationsByBody, relation.to, relationId);
        relation.from = from;
        relation.to = to;
        addTo(this.relationsByBody, from, relationId);
        addTo(this.relationsByBody, to, relationId);
      }
    }
  }

  #repeats(relation: FloorRelation, from: BodyId, to: BodyId): boolean {
    for (const other of this.relationsByBody.get(from) ?? []) {
      const r = this.relations.get(other);
      if (
        r !== undefined &&
        r.id !== relation.id &&
        r.kind === relation.kind &&
        r.from === from &&
        r.to === to
      )
        return true;
    }
    return false;
  }

  // ---- units ----

  addUnit(code: string, level: string, parent: string | null): void {
    this.units.set(code, { code, level, parent });
    if (parent !== null) addTo(this.unitChildren, parent, code);
  }

  setUnitParent(code: string, parent: string | null): void {
    const unit = this.units.get(code) as FloorUnit;
    if (unit.parent === parent) return;
    if (unit.parent !== null) removeFrom(this.unitChildren, unit.parent, code);
    if (parent !== null) addTo(this.unitChildren, parent, code);
    unit.parent = parent;
  }

  removeUnit(code: string): void {
    const unit = this.units.get(code);
    if (unit === undefined) return;
    if (unit.parent !== null) removeFrom(this.unitChildren, unit.parent, code);
    this.units.delete(code);
  }
}
