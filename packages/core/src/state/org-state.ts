import type { Set as PSet } from 'immutable';
import type { AdminUnit, UnitCode } from '../model/admin-unit.js';
import type { Body, BodyId } from '../model/body.js';
import type { Person, PersonId, Post, PostId } from '../model/post.js';
import type { Relation, RelationId } from '../model/relation.js';
import type { PersistentMap } from './versioned-map.js';

export type { PersistentMap } from './versioned-map.js';

/** A persistent (structurally shared) set. */
export type PersistentSet<T> = PSet<T>;

/**
 * Lookup tables derived from the entities and kept in step with them by every transformation, so that a
 * step touching ten bodies costs ten updates, not a rebuild.
 */
export interface StateIndex {
  /** Children of each body that has any. */
  readonly children: PersistentMap<BodyId, PersistentSet<BodyId>>;
  /** Bodies with no parent. */
  readonly roots: PersistentSet<BodyId>;
  readonly postsByBody: PersistentMap<BodyId, PersistentSet<PostId>>;
  readonly postsByPerson: PersistentMap<PersonId, PersistentSet<PostId>>;
  /** Relations that start or end at each body. */
  readonly relationsByBody: PersistentMap<BodyId, PersistentSet<RelationId>>;
  /** Bodies that sit in each admin unit. */
  readonly bodiesByUnit: PersistentMap<UnitCode, PersistentSet<BodyId>>;
  /** Units that lie directly in each unit. */
  readonly unitChildren: PersistentMap<UnitCode, PersistentSet<UnitCode>>;
}

/**
 * One snapshot of the structure: the bodies in force, their relations, posts and holders, and the admin
 * units. Immutable: every collection is persistent and every record frozen, so a transformation returns a
 * new state that shares all it did not change with the old one.
 *
 * Build one with {@link parseState} (validated) and read it through its maps or through {@link graphOf}.
 */
export interface OrgState {
  readonly bodies: PersistentMap<BodyId, Body>;
  readonly relations: PersistentMap<RelationId, Relation>;
  readonly persons: PersistentMap<PersonId, Person>;
  readonly posts: PersistentMap<PostId, Post>;
  readonly units: PersistentMap<UnitCode, AdminUnit>;
  readonly index: StateIndex;
}
