import type { AttributeValue } from './body.js';
import type { IsoDate } from './dates.js';
import type { UnitLevel } from './level.js';

/** An official admin-unit code, a string with its leading zeros (`"01"`, `"001"`, `"00001"`). */
export type UnitCode = string;

/**
 * An administrative unit (tỉnh, huyện, xã, thôn) with its own hierarchy, kept apart from the org tree:
 * bodies point at units through `Body.unit`, units never point at bodies.
 */
export interface AdminUnit {
  readonly code: UnitCode;
  readonly name: string;
  readonly level: UnitLevel;
  /** The unit this one lies in; `null` for a province. */
  readonly parent: UnitCode | null;
  /** The official type label, e.g. `Tỉnh`, `Quận`, `Phường`. */
  readonly type?: string;
  /** Further facts, e.g. `{ "provinceClass": "I" }` (the official lists do not carry province class). */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}
