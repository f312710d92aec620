/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`).
 *
 * Validity is half-open: a record with `validFrom: '2025-07-01'` is in force on 1 July 2025, and one with
 * `validUntil: '2025-07-01'` is no longer in force on that day. A step effective on a date ends the old
 * bodies and starts the new ones on that same date, with no gap and no overlap.
 */
export type IsoDate = string;

/** The number written by the ASCII digits `value[from…to)`, or -1 if one of them is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is not). Read
 * character by character rather than with a regular expression: every step's date passes here.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
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
