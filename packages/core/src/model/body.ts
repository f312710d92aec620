import type { IsoDate } from './dates.js';
import type { Level } from './level.js';

/** A value of an open attribute. */
export type AttributeValue = string | number | boolean;

/** A body's stable id: any non-empty string, unique among bodies. Never parsed, never reused. */
export type BodyId = string;

/**
 * A party, state, front or public-service body (cơ quan, tổ chức, đơn vị).
 *
 * `kind`, `sector` and the function tags are open vocabularies: a preset such as `@tinhgon/vn` supplies them.
 * Staff figures are positions (biên chế), not people: the people tinhgon tracks by name are the holders of
 * leadership posts (see {@link Post}).
 */
export interface Body {
  readonly id: BodyId;
  /** Display name in any script, stored in Unicode NFC. */
  readonly name: string;
  readonly nameEn?: string;
  /** What sort of body this is, e.g. `party-committee`, `department`, `division`. */
  readonly kind: string;
  /** Which part of the system it belongs to, e.g. `party`, `state`, `front`, `mass`, `public-service`. */
  readonly sector: string;
  readonly level: Level;
  /** Code of the admin unit the body sits in; central bodies have none. */
  readonly unit?: string;
  /** The body it belongs to in the org tree (belongs-to); `null` for a root. */
  readonly parent: BodyId | null;
  /** Functions and tasks (chức năng, nhiệm vụ) as tags; a set, kept in the order given. */
  readonly functions: readonly string[];
  /** Assigned staff positions (biên chế). */
  readonly quota: number;
  /** Staff actually in post. */
  readonly actual: number;
  /** Assigned positions in earlier years, keyed by year (`"2015": 42`), for targets such as −10 % vs 2015. */
  readonly quotaByYear?: Readonly<Record<string, number>>;
  /** Further facts rules may depend on, e.g. `{ "provinceClass": "I" }`; an open set. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}
