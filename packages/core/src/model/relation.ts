import type { BodyId } from './body.js';
import type { IsoDate } from './dates.js';

/** The typed non-tree relations between bodies. Belongs-to is not here: it is `Body.parent`. */
export const RELATION_KINDS = ['leads', 'serves', 'coordinates'] as const;

/**
 * - `leads`: a party body leads a state body (through a party delegation or affairs committee).
 * - `serves`: a consolidated party–state body also serves a second parent (seed 000 II.1.3–1.5).
 * - `coordinates`: an inter-sector coordination link.
 */
export type RelationKind = (typeof RELATION_KINDS)[number];

export type RelationId = string;

/** A directed, dated relation `from → to` of one kind. */
export interface Relation {
  readonly id: RelationId;
  readonly kind: RelationKind;
  readonly from: BodyId;
  readonly to: BodyId;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}
