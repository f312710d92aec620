import { Set as PSet } from 'immutable';
import type { AdminUnit } from '../model/admin-unit.js';
import type { Body, BodyId } from '../model/body.js';
import type { Person, Post } from '../model/post.js';
import type { Relation } from '../model/relation.js';
import type { OrgState, StateIndex } from './org-state.js';
import { type PersistentMap, VersionedMap } from './versioned-map.js';

const EMPTY_SET = PSet<string>();

/** The set of a draft (the roots): read from the base until the first write opens a transient copy. */
class SetSlot {
  #current: PSet<string>;
  #open = false;

  constructor(base: PSet<string>) {
    this.#current = base;
  }

  get write(): PSet<string> {
    if (!this.#open) {
      this.#current = this.#current.asMutable();
      this.#open = true;
    }
    return this.#current;
  }

  seal(): PSet<string> {
    return this.#open ? this.#current.asImmutable() : this.#current;
  }
}

/**
 * A map of a draft: reads go to the base version (a native table while it is the newest) unless the step
 * wrote the key; writes are collected and become the next version, in one go, when the draft is sealed. A
 * map the step never writes is handed on as it was, so the next state shares it by identity.
 */
class MapSlot<V> {
  readonly #base: VersionedMap<string, V>;
  #changes: Map<string, V | undefined> | undefined;

  constructor(base: PersistentMap<string, V>) {
    this.#base = base as VersionedMap<string, V>;
  }

  get(key: string): V | undefined {
    const changes = this.#changes;
    return changes?.has(key) ? changes.get(key) : this.#base.get(key);
  }

  set(key: string, value: V): void {
    this.#changes ??= new Map();
    this.#changes.set(key, value);
  }

  remove(key: string): void {
    this.#changes ??= new Map();
    this.#changes.set(key, undefined);
  }

  seal(): VersionedMap<string, V> {
    return this.#changes === undefined ? this.#base : this.#base.with(this.#changes);
  }
}

/**
 * An index of a draft (key → set of ids). A set the step changes is opened once as a transient copy and
 * changed in place, so handing a thousand children to a new parent costs a thousand in-place adds, not a
 * thousand new sets; sets left empty are dropped when the draft is sealed.
 */
class IndexSlot extends MapSlot<PSet<string>> {
  #opened: Map<string, PSet<string>> | undefined;

  #open(key: string): PSet<string> {
    this.#opened ??= new Map();
    let set = this.#opened.get(key);
    if (set === undefined) {
      set = (this.get(key) ?? EMPTY_SET).asMutable();
      this.#opened.set(key, set);
      this.set(key, set);
    }
    return set;
  }

  add(key: string, value: string): void {
    this.#open(key).add(value);
  }

  delete(key: string, value: string): void {
    if (this.get(key)?.has(value) === true) this.#open(key).remove(value);
  }

  override seal(): VersionedMap<string, PSet<string>> {
    for (const [key, set] of this.#opened ?? []) {
      if (set.size === 0) this.remove(key);
      else this.set(key, set.asImmutable());
    }
    return super.seal();
  }
}

/** What a slot seals into, or the base's own collection when the step never made the slot. */
function sealed<C>(slot: { seal(): C } | undefined, same: C): C {
  return slot === undefined ? same : slot.seal();
}

/**
 * A short-lived mutable view of a state for building the next one: every write keeps the indices in step.
 * Writes are collected in the draft and become new versions only when it is sealed, so the state the draft
 * started from is never touched, and a draft abandoned half-way (an exception) leaves nothing behind.
 *
 * Records passed in must already be frozen; the draft stores them as they are.
 */
export class StateDraft {
  readonly #base: OrgState;
  // Each collection's slot is made when the step first reads or writes it: most steps touch two or three.
  #bodiesSlot: MapSlot<Body> | undefined;
  #relationsSlot: MapSlot<Relation> | undefined;
  #personsSlot: MapSlot<Person> | undefined;
  #postsSlot: MapSlot<Post> | undefined;
  #unitsSlot: MapSlot<AdminUnit> | undefined;
  #childrenSlot: IndexSlot | undefined;
  #rootsSlot: SetSlot | undefined;
  #postsByBodySlot: IndexSlot | undefined;
  #postsByPersonSlot: IndexSlot | undefined;
  #relationsByBodySlot: IndexSlot | undefined;
  #bodiesByUnitSlot: IndexSlot | undefined;
  #unitChildrenSlot: IndexSlot | undefined;

  constructor(base: OrgState) {
    this.#base = base;
  }

  get #bodies(): MapSlot<Body> {
    this.#bodiesSlot ??= new MapSlot(this.#base.bodies);
    return this.#bodiesSlot;
  }
  get #relations(): MapSlot<Relation> {
    this.#relationsSlot ??= new MapSlot(this.#base.relations);
    return this.#relationsSlot;
  }
  get #persons(): MapSlot<Person> {
    this.#personsSlot ??= new MapSlot(this.#base.persons);
    return this.#personsSlot;
  }
  get #posts(): MapSlot<Post> {
    this.#postsSlot ??= new MapSlot(this.#base.posts);
    return this.#postsSlot;
  }
  get #units(): MapSlot<AdminUnit> {
    this.#unitsSlot ??= new MapSlot(this.#base.units);
    return this.#unitsSlot;
  }
  get #children(): IndexSlot {
    this.#childrenSlot ??= new IndexSlot(this.#base.index.children);
    return this.#childrenSlot;
  }
  get #roots(): SetSlot {
    this.#rootsSlot ??= new SetSlot(this.#base.index.roots);
    return this.#rootsSlot;
  }
  get #postsByBody(): IndexSlot {
    this.#postsByBodySlot ??= new IndexSlot(this.#base.index.postsByBody);
    return this.#postsByBodySlot;
  }
  get #postsByPerson(): IndexSlot {
    this.#postsByPersonSlot ??= new IndexSlot(this.#base.index.postsByPerson);
    return this.#postsByPersonSlot;
  }
  get #relationsByBody(): IndexSlot {
    this.#relationsByBodySlot ??= new IndexSlot(this.#base.index.relationsByBody);
    return this.#relationsByBodySlot;
  }
  get #bodiesByUnit(): IndexSlot {
    this.#bodiesByUnitSlot ??= new IndexSlot(this.#base.index.bodiesByUnit);
    return this.#bodiesByUnitSlot;
  }
  get #unitChildren(): IndexSlot {
    this.#unitChildrenSlot ??= new IndexSlot(this.#base.index.unitChildren);
    return this.#unitChildrenSlot;
  }

  body(id: BodyId): Body | undefined {
    return this.#bodies.get(id);
  }

  children(id: BodyId): PSet<BodyId> {
    return this.#children.get(id) ?? EMPTY_SET;
  }

  post(id: string): Post | undefined {
    return this.#posts.get(id);
  }

  postsOf(body: BodyId): PSet<string> {
    return this.#postsByBody.get(body) ?? EMPTY_SET;
  }

  postsHeldBy(person: string): PSet<string> {
    return this.#postsByPerson.get(person) ?? EMPTY_SET;
  }

  relation(id: string): Relation | undefined {
    return this.#relations.get(id);
  }

  relationsOf(body: BodyId): PSet<string> {
    return this.#relationsByBody.get(body) ?? EMPTY_SET;
  }

  person(id: string): Person | undefined {
    return this.#persons.get(id);
  }

  unit(code: string): AdminUnit | undefined {
    return this.#units.get(code);
  }

  bodiesIn(unit: string): PSet<BodyId> {
    return this.#bodiesByUnit.get(unit) ?? EMPTY_SET;
  }

  unitChildren(unit: string): PSet<string> {
    return this.#unitChildren.get(unit) ?? EMPTY_SET;
  }

  /** Adds or replaces a body, moving it in the children and unit indices when its parent or unit changed. */
  putBody(body: Body): void {
    const previous = this.#bodies.get(body.id);
    if (previous !== undefined && previous.parent !== body.parent) this.#unlinkParent(previous);
    if (previous === undefined || previous.parent !== body.parent) this.#linkParent(body);
    if (previous?.unit !== body.unit) {
      if (previous?.unit !== undefined) this.#bodiesByUnit.delete(previous.unit, body.id);
      if (body.unit !== undefined) this.#bodiesByUnit.add(body.unit, body.id);
    }
    this.#bodies.set(body.id, body);
  }

  /** Removes a body. Its children, posts and relations must have been moved or removed first. */
  removeBody(id: BodyId): void {
    const previous = this.#bodies.get(id);
    if (previous === undefined) return;
    this.#unlinkParent(previous);
    if (previous.unit !== undefined) this.#bodiesByUnit.delete(previous.unit, id);
    this.#bodies.remove(id);
  }

  putRelation(relation: Relation): void {
    const previous = this.#relations.get(relation.id);
    if (previous !== undefined) this.#unlinkRelation(previous);
    this.#relationsByBody.add(relation.from, relation.id);
    this.#relationsByBody.add(relation.to, relation.id);
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

  /** Adds or replaces a post; an index entry is touched only when the post's body or holder changed. */
  putPost(post: Post): void {
    const previous = this.#posts.get(post.id);
    if (previous?.body !== post.body) {
      if (previous !== undefined) this.#postsByBody.delete(previous.body, post.id);
      this.#postsByBody.add(post.body, post.id);
    }
    if (previous?.holder !== post.holder) {
      if (previous?.holder != null) this.#postsByPerson.delete(previous.holder, post.id);
      if (post.holder !== null) this.#postsByPerson.add(post.holder, post.id);
    }
    this.#posts.set(post.id, post);
  }

  removePost(id: string): void {
    const previous = this.#posts.get(id);
    if (previous === undefined) return;
    this.#postsByBody.delete(previous.body, id);
    if (previous.holder !== null) this.#postsByPerson.delete(previous.holder, id);
    this.#posts.remove(id);
  }

  /** Adds or replaces a unit, moving it in the unit hierarchy index when its parent changed. */
  putUnit(unit: AdminUnit): void {
    const previous = this.#units.get(unit.code);
    if (previous?.parent !== unit.parent) {
      if (previous !== undefined && previous.parent !== null)
        this.#unitChildren.delete(previous.parent, unit.code);
      if (unit.parent !== null) this.#unitChildren.add(unit.parent, unit.code);
    }
    this.#units.set(unit.code, unit);
  }

  /** Removes a unit. Bodies in it and units below it must have been moved first. */
  removeUnit(code: string): void {
    const previous = this.#units.get(code);
    if (previous === undefined) return;
    if (previous.parent !== null) this.#unitChildren.delete(previous.parent, code);
    this.#units.remove(code);
  }

  /**
   * Seals the draft into a new immutable state. The draft must not be used afterwards. Collections the
   * step did not write are the base's own, and so is the index object when no index changed.
   */
  finish(): OrgState {
    const base = this.#base;
    const children = sealed(this.#childrenSlot, base.index.children);
    const roots = sealed(this.#rootsSlot, base.index.roots);
    const postsByBody = sealed(this.#postsByBodySlot, base.index.postsByBody);
    const postsByPerson = sealed(this.#postsByPersonSlot, base.index.postsByPerson);
    const relationsByBody = sealed(this.#relationsByBodySlot, base.index.relationsByBody);
    const bodiesByUnit = sealed(this.#bodiesByUnitSlot, base.index.bodiesByUnit);
    const unitChildren = sealed(this.#unitChildrenSlot, base.index.unitChildren);
    const i = base.index;
    const index: StateIndex =
      children === i.children &&
      roots === i.roots &&
      postsByBody === i.postsByBody &&
      postsByPerson === i.postsByPerson &&
      relationsByBody === i.relationsByBody &&
      bodiesByUnit === i.bodiesByUnit &&
      unitChildren === i.unitChildren
        ? i
        : Object.freeze({
            children,
            roots,
            postsByBody,
            postsByPerson,
            relationsByBody,
            bodiesByUnit,
            unitChildren,
          });
    return Object.freeze({
      bodies: sealed(this.#bodiesSlot, base.bodies),
      relations: sealed(this.#relationsSlot, base.relations),
      persons: sealed(this.#personsSlot, base.persons),
      posts: sealed(this.#postsSlot, base.posts),
      units: sealed(this.#unitsSlot, base.units),
      index,
    });
  }

  #linkParent(body: Body): void {
    if (body.parent === null) this.#roots.write.add(body.id);
    else this.#children.add(body.parent, body.id);
  }

  #unlinkParent(body: Body): void {
    if (body.parent === null) this.#roots.write.remove(body.id);
    else this.#children.delete(body.parent, body.id);
  }

  #unlinkRelation(relation: Relation): void {
    this.#relationsByBody.delete(relation.from, relation.id);
    this.#relationsByBody.delete(relation.to, relation.id);
  }
}

/**
 * The state with nothing in it. Each call makes a new one, so that unrelated states built from it do not
 * share one lineage of tables.
 */
export function emptyState(): OrgState {
  const map = <V>() => VersionedMap.of<string, V>();
  return Object.freeze({
    bodies: map<Body>(),
    relations: map<Relation>(),
    persons: map<Person>(),
    posts: map<Post>(),
    units: map<AdminUnit>(),
    index: Object.freeze({
      children: map<PSet<string>>(),
      roots: PSet<string>(),
      postsByBody: map<PSet<string>>(),
      postsByPerson: map<PSet<string>>(),
      relationsByBody: map<PSet<string>>(),
      bodiesByUnit: map<PSet<string>>(),
      unitChildren: map<PSet<string>>(),
    }),
  });
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
