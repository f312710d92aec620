/**
 * The building blocks of generated documents: ids as people write them, unit codes, real dates and
 * validity periods, staff figures and open attributes.
 */
import { MAX_STAFF } from '@tinhgon/core';
import fc from 'fast-check';

/**
 * Ids as people write them: kebab-case ASCII mostly, Vietnamese in NFC, and the names of Object.prototype
 * members, which must behave as ordinary ids.
 */
export const arbId: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5}){0,2}$/) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'ban-tổ-chức',
        'sở-nội-vụ',
        'ủy-ban',
        'Đảng-ủy',
        'văn-phòng',
        'phòng-tccb',
        'hđnd',
        'ubnd',
      )
      .chain((stem) =>
        fc
          .option(fc.nat({ max: 99 }), { nil: undefined })
          .map((n) => (n === undefined ? stem : `${stem}-${n}`)),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z0-9_.:]{0,8}$/) },
);

/** Unit codes: official-looking digit strings with leading zeros. */
export const arbUnitCode: fc.Arbitrary<string> = fc.stringMatching(/^\d{2,5}$/);

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 40 * 366;

const isoDay = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);

/** A real calendar date between 2000 and 2040. */
export const arbIsoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: SPAN_DAYS }).map(isoDay);

export interface Period {
  validFrom?: string;
  validUntil?: string;
}

/** A validity period with either bound optional; when both are present, `validUntil` is later. */
export const arbPeriod: fc.Arbitrary<Period> = fc
  .record({
    from: fc.option(fc.integer({ min: 0, max: SPAN_DAYS }), { nil: undefined }),
    length: fc.option(fc.integer({ min: 1, max: 15 * 366 }), { nil: undefined }),
  })
  .map(({ from, length }) => {
    const period: Period = {};
    if (from !== undefined) period.validFrom = isoDay(from);
    if (length !== undefined) period.validUntil = isoDay((from ?? 0) + length);
    return period;
  });

/** A staff figure: usually a few dozen, sometimes zero or the maximum. */
export const arbStaff: fc.Arbitrary<number> = fc.oneof(
  { weight: 10, arbitrary: fc.nat({ max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, MAX_STAFF) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_STAFF }) },
);

/**
 * Open attributes as presets use them (province class, pilot flags, population), now and then with a key
 * named like an Object.prototype member.
 */
export const arbAttributes: fc.Arbitrary<Record<string, string | number | boolean>> = fc.dictionary(
  fc.constantFrom(
    'provinceClass',
    'pilot',
    'population',
    'area.km2',
    'decision_no',
    'constructor',
    'toString',
  ),
  fc.oneof(
    fc.constantFrom('I', 'II', 'III', '40/2017/NQ-HĐND'),
    fc.boolean(),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  ),
  { minKeys: 1, maxKeys: 3 },
);
