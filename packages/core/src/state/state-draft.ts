import { Map as PMap, Set as PSet } from 'immutable';
import type { AdminUnit } from '../model/admin-unit.js';
import type { Body, BodyId } from '../model/body.js';
import type { Person, Post } from '../model/post.js';
import type { Relation } from '../model/relation.js';
import type { OrgState, StateIndex } from './org-state.js';

type Multi<K, V> = PMap<K, PSet<V>>;

function addTo<K, V>(map: Multi<K, V>, key: K, value: V): void {
  map.set(key, (map.get(key) ?? PSet<V>()).add(value));
}

function removeFrom<K, V>(map: Multi<K, V>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) return;
  const next = set.remove(value);
  if (next.size === 0) map.remove(key);
  else map.set(key, next);
}

/**
 * A short-lived mutable view of a state for building the next one: every write keeps the indices in step.
 * Writes go to transient copies (Immutable's `asMutable`), so the state the draft started from is never
 * touched, and a draft abandoned half-way (an exception) leaves nothing behind.
 *
 * Records passed in must already be frozen; the draft stores them as they are.
 */
export class StateDraft {
  readonly #bodies: PMap<string, Body>;
  readonly #relations: PMap<string, Relation>;
  readonly #persons: PMap<string, Person>;
  readonly #posts: PMap<string, Post>;
  readonly #units: PMap<string, AdminUnit>;
  readonly #children: Multi<string, string>;
  readonly #roots: PSet<string>;
  readonly #postsByBody: Multi<string, string>;
  readonly #postsByPerson: Multi<string, string>;
  readonly #relationsByBody: Multi<string, string>;
  readonly #bodiesByUnit: Multi<string, string>;
  readonly #unitChildren: Multi<string, string>;

  constructor(base: OrgState) {
    this.#bodies = base.bodies.asMutable();
    this.#relations = base.relations.asMutable();
    this.#persons = base.persons.asMutable();
    this.#posts = base.posts.asMutable();
    this.#units = base.units.asMutable();
    this.#children = base.index.children.asMutable();
    this.#roots = base.index.roots.asMutable();
    this.#postsByBody = base.index.postsByBody.asMutable();
    this.#postsByPerson = base.index.postsByPerson.asMutable();
    this.#relationsByBody = base.index.relationsByBody.asMutable();
    this.#bodiesByUnit = base.index.bodiesByUnit.asMutable();
    this.#unitChildren = base.index.unitChildren.asMutable();
  }

  body(id: BodyId): Body | undefined {
    return this.#bodies.get(id);
  }

  children(id: BodyId): PSet<BodyId> {
    return this.#children.get(id) ?? PSet();
  }

  post(id: string): Post | undefined {
    return this.#posts.get(id);
  }

  postsOf(body: BodyId): PSet<string> {
    return this.#postsByBody.get(body) ?? PSet();
  }

  postsHeldBy(person: string): PSet<string> {
    return this.#postsByPerson.get(person) ?? PSet();
  }

  relation(id: string): Relation | undefined {
    return this.#relations.get(id);
  }

  relationsOf(body: BodyId): PSet<string> {
    return this.#relationsByBody.get(body) ?? PSet();
  }

  person(id: string): Person | undefined {
    return this.#persons.get(id);
  }

  unit(code: string): AdminUnit | undefined {
    return this.#units.get(code);
  }

  bodiesIn(unit: string): PSet<BodyId> {
    return this.#bodiesByUnit.get(unit) ?? PSet();
  }

  unitChildren(unit: string): PSet<string> {
    return this.#unitChildren.get(unit) ?? PSet();
  }

  /** Adds or replaces a body, moving it in the children and unit indices when its parent or unit changed. */
  putBody(body: Body): void {
    const previous = this.#bodies.get(body.id);
    if (previous !== undefined && previous.parent !== body.parent) this.#unlinkParent(previous);
    if (previous === undefined || previous.parent !== body.parent) this.#linkParent(body);
    if (previous?.unit !== body.unit) {
      if (previous?.unit !== undefined) removeFrom(this.#bodiesByUnit, previous.unit, body.id);
      if (body.unit !== undefined) addTo(this.#bodiesByUnit, body.unit, body.id);
    }
    this.#bodies.set(body.id, body);
  }

  /** Removes a body. Its children, posts and relations must have been moved or removed first. */
  removeBody(id: BodyId): void {
    const previous = this.#bodies.get(id);
    if (previous === undefined) return;
    this.#unlinkParent(previous);
    if (previous.unit !== undefined) removeFrom(this.#bodiesByUnit, previous.unit, id);
    this.#bodies.remove(id);
  }

  putRelation(relation: Relation): void {
    const previous = this.#relations.get(relation.id);
    if (previous !== undefined) this.#unlinkRelation(previous);
    addTo(this.#relationsByBody, relation.from, relation.id);
    addTo(this.#relationsByBody, relation.to, relation.id);
    this.#relations.set(relation.id, relation);
  }

  removeRelation(id: string): void {
    const previous = this.#relations.get(id);
    if (previous === undefined) return;
    this.#unlinkRelation(previous);
    this.#relations.remove(id);
  }

  putPerson(person: Person): void {
    this.#persons.set(person.id, person);
  }

  removePerson(id: string): void {
    this.#persons.remove(id);
  }

  putPost(post: Post): void {
    const previous = this.#posts.get(post.id);
    if (previous !== undefined) this.#unlinkPost(previous);
    addTo(this.#postsByBody, post.body, post.id);
    if (post.holder !== null) addTo(this.#postsByPerson, post.holder, post.id);
    this.#posts.set(post.id, post);
  }

  removePost(id: string): void {
    const previous = this.#posts.get(id);
    if (previous === undefined) return;
    this.#unlinkPost(previous);
    this.#posts.remove(id);
  }

  /** Adds or replaces a unit, moving it in the unit hierarchy index when its parent changed. */
  putUnit(unit: AdminUnit): void {
    const previous = this.#units.get(unit.code);
    if (previous?.parent !== unit.parent) {
      if (previous !== undefined && previous.parent !== null)
        removeFrom(this.#unitChildren, previous.parent, unit.code);
      if (unit.parent !== null) addTo(this.#unitChildren, unit.parent, unit.code);
    }
    this.#units.set(unit.code, unit);
  }

  /** Removes a unit. Bodies in it and units below it must have been moved first. */
  removeUnit(code: string): void {
    const previous = this.#units.get(code);
    if (previous === undefined) return;
    if (previous.parent !== null) removeFrom(this.#unitChildren, previous.parent, code);
    this.#units.remove(code);
  }

  /** Seals the draft into a new immutable state. The draft must not be used afterwards. */
  finish(): OrgState {
    const index: StateIndex = {
      children: this.#children.asImmutable(),
      roots: this.#roots.asImmutable(),
      postsByBody: this.#postsByBody.asImmutable(),
      postsByPerson: this.#postsByPerson.asImmutable(),
      relationsByBody: this.#relationsByBody.asImmutable(),
      bodiesByUnit: this.#bodiesByUnit.asImmutable(),
      unitChildren: this.#unitChildren.asImmutable(),
    };
    return Object.freeze({
      bodies: this.#bodies.asImmutable(),
      relations: this.#relations.asImmutable(),
      persons: this.#persons.asImmutable(),
      posts: this.#posts.asImmutable(),
      units: this.#units.asImmutable(),
      index: Object.freeze(index),
    });
  }

  #linkParent(body: Body): void {
    if (body.parent === null) this.#roots.add(body.id);
    else addTo(this.#children, body.parent, body.id);
  }

  #unlinkParent(body: Body): void {
    if (body.parent === null) this.#roots.remove(body.id);
    else removeFrom(this.#children, body.parent, body.id);
  }

  #unlinkRelation(relation: Relation): void {
    removeFrom(this.#relationsByBody, relation.from, relation.id);
    removeFrom(this.#relationsByBody, relation.to, relation.id);
  }

  #unlinkPost(post: Post): void {
    removeFrom(this.#postsByBody, post.body, post.id);
    if (post.holder !== null) removeFrom(this.#postsByPerson, post.holder, post.id);
  }
}

const EMPTY_STATE: OrgState = Object.freeze({
  bodies: PMap<string, Body>(),
  relations: PMap<string, Relation>(),
  persons: PMap<string, Person>(),
  posts: PMap<string, Post>(),
  units: PMap<string, AdminUnit>(),
  index: Object.freeze({
    children: PMap<string, PSet<string>>(),
    roots: PSet<string>(),
    postsByBody: PMap<string, PSet<string>>(),
    postsByPerson: PMap<string, PSet<string>>(),
    relationsByBody: PMap<string, PSet<string>>(),
    bodiesByUnit: PMap<string, PSet<string>>(),
    unitChildren: PMap<string, PSet<string>>(),
  }),
});

/** The state with nothing in it. */
export function emptyState(): OrgState {
  return EMPTY_STATE;
}

/**
 * Builds the next state from `base` by running `edit` on a draft. `base` is never changed; if `edit`
 * throws, nothing is kept and the exception propagates.
 */
export function editState(base: OrgState, edit: (draft: StateDraft) => void): OrgState {
  const draft = new StateDraft(base);
  edit(draft);
  return draft.finish();
}
