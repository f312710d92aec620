import type { IsoDate } from '../model/dates.js';
import type { EntityKind, Path, StateIssue } from './issue.js';

/** A period as schema output gives it (optional keys may hold `undefined`). */
interface Period {
  readonly validFrom?: IsoDate | undefined;
  readonly validUntil?: IsoDate | undefined;
}

/** Reports a period whose end is not after its start. */
export function checkPeriod(
  validity: Period,
  entity: EntityKind,
  id: string,
  path: Path,
  issues: StateIssue[],
): void {
  const { validFrom, validUntil } = validity;
  if (validFrom !== undefined && validUntil !== undefined && validUntil <= validFrom) {
    issues.push({ code: 'dates-reversed', path: [...path, 'validUntil'], entity, id, validFrom, validUntil });
  }
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds =
    b.validUntil === undefined || a.validFrom === undefined || a.validFrom < b.validUntil;
  const bStartsBeforeAEnds =
    a.validUntil === undefined || b.validFrom === undefined || b.validFrom < a.validUntil;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}
