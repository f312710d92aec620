/**
 * The shape of generated state documents: plain, mutable JSON, so that a law can change a copy (inject a
 * fault, shuffle a list) before parsing it.
 */
import type { Level, PostRole, RelationKind, STATE_FORMAT, UnitLevel } from '@tinhgon/core';

export interface BodyDoc {
  id: string;
  name: string;
  nameEn?: string;
  kind: string;
  sector: string;
  level: Level;
  unit?: string;
  parent: string | null;
  functions: string[];
  quota: number;
  actual: number;
  quotaByYear?: Record<string, number>;
  attributes?: Record<string, string | number | boolean>;
  validFrom?: string;
  validUntil?: string;
}

export interface RelationDoc {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  validFrom?: string;
  validUntil?: string;
}

export interface PersonDoc {
  id: string;
  name: string;
}

export interface PostDoc {
  id: string;
  body: string;
  role: PostRole;
  holder: string | null;
  timeShare?: number;
  validFrom?: string;
  validUntil?: string;
}

export interface UnitDoc {
  code: string;
  name: string;
  level: UnitLevel;
  parent: string | null;
  type?: string;
  attributes?: Record<string, string | number | boolean>;
  validFrom?: string;
  validUntil?: string;
}

/** A state document with every list present (the format tag is sometimes left out, as input may). */
export interface StateDoc {
  format?: typeof STATE_FORMAT;
  bodies: BodyDoc[];
  relations: RelationDoc[];
  persons: PersonDoc[];
  posts: PostDoc[];
  units: UnitDoc[];
}

export interface StateDocOptions {
  /** Fewest bodies (default 1). With 0, a document may be empty and then has no posts or relations. */
  readonly minBodies?: number;
  /** Most bodies (default 12). */
  readonly maxBodies?: number;
  /** Most relations (default `maxBodies`). */
  readonly maxRelations?: number;
  /** Most persons (default half of `maxBodies`, at least 1). */
  readonly maxPersons?: number;
  /** Most posts (default `maxBodies`). */
  readonly maxPosts?: number;
  /** Most admin units (default 6; 0 for none, and then no body names a unit). */
  readonly maxUnits?: number;
  /** Whether records may carry validity periods (default true). */
  readonly withDates?: boolean;
}
