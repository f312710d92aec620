/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`).
 *
 * Validity is half-open: a record with `validFrom: '2025-07-01'` is in force on 1 July 2025, and one with
 * `validUntil: '2025-07-01'` is no longer in force on that day. A step effective on a date ends the old
 * bodies and starts the new ones on that same date, with no gap and no overlap.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Compares two ISO dates; ISO strings order lexically, so this is a string comparison. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A period `[from, until)`; an absent bound is open. */
export interface Validity {
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}

/** True when the period is in force on `date` (from inclusive, until exclusive). */
export function isInForce(validity: Validity, date: IsoDate): boolean {
  if (validity.validFrom !== undefined && date < validity.validFrom) return false;
  if (validity.validUntil !== undefined && date >= validity.validUntil) return false;
  return true;
}
