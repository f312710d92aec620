import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/model/dates.js';

/** The plain reading: the shape by regular expression, the calendar by the platform's UTC dates. */
function reference(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('isIsoDate', () => {
  it('takes real calendar dates and refuses the rest', () => {
    for (const ok of ['2025-07-01', '2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31']) {
      expect(isIsoDate(ok)).toBe(true);
    }
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-7-01',
      '2025/07/01',
      ' 2025-07-01',
      '2025-07-01T00:00',
      '２０２５-07-01',
      '2025-07-0:',
      '2025-0/-01',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('agrees with a regular expression and the platform calendar on any text and any date', () => {
    // Mostly digits, sometimes a character next to them in code order or one that looks like a digit.
    const digit = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...'0123456789') },
      { weight: 1, arbitrary: fc.constantFrom('/', ':', '٣', '８', ' ', '-') },
    );
    const arbShaped = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .chain(([year, month]) =>
        fc
          .array(digit, { minLength: 2, maxLength: 2 })
          .map((day) => `${year.join('')}-${month.join('')}-${day.join('')}`),
      );
    const arbDate = fc
      .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(arbShaped, arbDate, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDate(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
