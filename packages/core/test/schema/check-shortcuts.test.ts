import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptFast, DECLINED } from '../../src/schema/fast-accept.js';

// Bounds the library's own schemas do not use (minimum lengths above 1, exclusive bounds, patterns),
// against strings mixing one-unit characters, surrogate pairs and lone surrogates: where zod counts code
// points, a shortcut that counted UTF-16 units wrongly would accept what zod rejects.
const UNITS = ['a', 'é', '😀', '\ud83d', '\ude00', ' '];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 9 }).map((parts) => parts.join(''));
const numbers = fc.oneof(
  fc.integer({ min: -4, max: 4 }),
  fc.constantFrom(0.5, -0.5, Number.NaN, 2 ** 53, -(2 ** 53), 2 ** 53 - 1),
);

const SCHEMAS: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ['string min 3', z.string().min(3), text],
  ['string min 1 max 4', z.string().min(1).max(4), text],
  ['string length 2..2', z.string().min(2).max(2), text],
  ['string regex with the global flag', z.string().regex(/^[aé ]+$/g), text],
  ['string refine', z.string().refine((s) => s.includes('é')), text],
  ['string refine returning a truthy non-boolean', z.string().refine((s) => s.length), text],
  [
    'string overwrite then min',
    z
      .string()
      .overwrite((s) => s.trim())
      .min(2),
    text,
  ],
  ['array min 2 max 3', z.array(z.number()).min(2).max(3), fc.array(fc.integer(), { maxLength: 5 })],
  ['int > 0', z.number().int().gt(0), numbers],
  ['number >= -1 < 2', z.number().gte(-1).lt(2), numbers],
  ['number <= 1', z.number().lte(1), numbers],
];

describe('check shortcuts: the fast path agrees with zod on every kind of check it shortcuts', () => {
  for (const [name, schema, values] of SCHEMAS) {
    it(`${name}: accepts exactly what zod accepts, with zod's output`, () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(values, (value) => {
          const zod = schema.safeParse(value);
          const fast = acceptFast(schema, value);
          if (zod.success) {
            accepted += 1;
            expect(fast).toStrictEqual(zod.data);
          } else {
            rejected += 1;
            expect(fast).toBe(DECLINED);
          }
        }),
        { numRuns: 400 },
      );
      // Both sides of every bound are reached.
      expect(accepted).toBeGreaterThan(5);
      expect(rejected).toBeGreaterThan(5);
    });
  }
});
