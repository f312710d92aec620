import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioSchema } from '../../src/scenario/scenario-schema.js';
import { bodySchema } from '../../src/schema/entity-schemas.js';
import { acceptFast, DECLINED } from '../../src/schema/fast-accept.js';
import { idSchema, nameSchema } from '../../src/schema/primitives.js';
import { stateSchema } from '../../src/schema/state-schema.js';
import { stepSchema } from '../../src/transform/step.js';
import * as stepSchemas from '../../src/transform/step-schemas.js';
import { deepFreeze, loadFixture } from '../support/fixtures.js';

// Strings and numbers that are valid for some leaf schemas and not for others; each leaf picks from
// them by asking zod itself which are valid for it, so composed inputs are valid often enough to matter.
const STRINGS = [
  '',
  ' ',
  'a',
  ' a',
  'a ',
  'b.c-d_1',
  'Café',
  'Cafe\u0301',
  'Nguyễn Văn A',
  'Nguye\u0302\u0303n',
  '2025-07-01',
  '2019-02-29',
  '2020-02-29',
  '2015',
  '15',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(501),
  '😀',
  '😀'.repeat(200),
  '😀'.repeat(201),
  '__proto__',
  'constructor',
  'deputy',
  'head',
  'release',
  'drop',
  'province',
  'commune',
];
const NUMBERS = [0, 1, 5, -1, 4.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000_000, 10_000_001, 2 ** 53];
const ODD = fc.constantFrom<unknown>(null, undefined, 1, 'x', true, [], {});

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Values for a leaf: mostly ones zod accepts for it, some it rejects, some of another type. */
function leaf(
  schema: z.ZodType,
  pool: readonly unknown[],
  other: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const valid = pool.filter((v) => schema.safeParse(v).success);
  const invalid = pool.filter((v) => !schema.safeParse(v).success);
  const arbs: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: other, weight: 1 },
    { arbitrary: ODD, weight: 1 },
  ];
  if (valid.length > 0) arbs.push({ arbitrary: fc.constantFrom(...valid), weight: 60 });
  if (invalid.length > 0) arbs.push({ arbitrary: fc.constantFrom(...invalid), weight: 2 });
  return fc.oneof(...arbs);
}

/** Inputs shaped by a schema: right shapes with valid and invalid leaves, missing and extra keys. */
function inputs(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const s = schema as z.ZodType;
  switch (def.type) {
    case 'string':
      return leaf(s, STRINGS, fc.string({ maxLength: 6 }));
    case 'number':
      return leaf(s, NUMBERS, fc.integer({ min: -3, max: 40 }));
    case 'boolean':
      return leaf(s, [true, false], fc.boolean());
    case 'enum':
      return leaf(s, [...Object.values(def.entries as object), 'nope'], fc.constant('nope'));
    case 'literal':
      return leaf(s, [...(def.values as unknown[]), 'nope'], fc.constant('nope'));
    case 'optional':
      return fc.option(inputs(def.innerType, depth), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inputs(def.innerType, depth), { nil: null, freq: 3 });
    case 'array':
      return fc.array(inputs(def.element, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
    case 'pipe':
      return inputs(def.out, depth);
    case 'record':
      return fc.oneof(
        fc.dictionary(
          inputs(def.keyType, depth + 1) as fc.Arbitrary<string>,
          inputs(def.valueType, depth + 1),
          { maxKeys: 2 },
        ),
        fc.constant(JSON.parse('{"__proto__": 3}')),
      );
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => inputs(o, depth + 1)));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inputs(v, depth + 1)]));
      const required = Object.keys(shape).filter((k) => defOf(shape[k]).type !== 'optional');
      const full = fc.record(fields, { requiredKeys: required });
      return fc.oneof(
        { arbitrary: full, weight: 40 },
        { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: 1 },
        { arbitrary: full.map((o) => ({ ...o, extra: 1 })), weight: 1 },
        { arbitrary: ODD, weight: 1 },
      );
    }
    default:
      throw new Error(`no inputs for ${def.type}`);
  }
}

const SCHEMAS: [string, z.ZodType][] = [
  ['stepSchema', stepSchema],
  ['scenarioSchema', scenarioSchema],
  ['bodySchema', bodySchema],
  ...(Object.entries(stepSchemas) as [string, z.ZodType][]).filter(([name]) => name.endsWith('Schema')),
];

describe('acceptFast: the compiled fast path agrees with zod', () => {
  for (const [name, schema] of SCHEMAS) {
    it(`${name}: accepts exactly what zod accepts, with zod's output`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(inputs(schema), (input) => {
          const zod = schema.safeParse(input);
          const fast = acceptFast(schema, input);
          if (zod.success) {
            expect(fast).not.toBe(DECLINED);
            expect(fast).toStrictEqual(zod.data);
            accepted += 1;
          } else {
            expect(fast).toBe(DECLINED);
          }
        }),
        { numRuns: 600 },
      );
      // The generator reaches valid input often enough for the agreement to mean something.
      expect(accepted).toBeGreaterThan(10);
    });
  }

  it('normalises to NFC as zod does, in new objects', () => {
    const input = { effective: '2025-07-01', body: 'Cafe\u0301', name: 'Nguye\u0302\u0303n' };
    const out = acceptFast(stepSchemas.renameSchema, input) as typeof input;
    expect(out).toEqual({ effective: '2025-07-01', body: 'Café', name: 'Nguyễn' });
    expect(out).not.toBe(input);
    expect(input.body).toBe('Cafe\u0301');
  });

  it('declines input zod rejects, so that zod reports it', () => {
    expect(acceptFast(idSchema, ' a')).toBe(DECLINED);
    expect(acceptFast(nameSchema, '   ')).toBe(DECLINED);
    expect(acceptFast(stepSchemas.renameSchema, { effective: '2019-02-29', body: 'a', name: 'b' })).toBe(
      DECLINED,
    );
    expect(
      acceptFast(stepSchemas.renameSchema, { effective: '2019-02-28', body: 'a', name: 'b', x: 1 }),
    ).toBe(DECLINED);
  });

  it('agrees with zod on a whole state document, frozen input untouched', () => {
    const doc = deepFreeze(loadFixture('district'));
    const fast = acceptFast(stateSchema, doc);
    expect(fast).not.toBe(DECLINED);
    expect(fast).toStrictEqual(stateSchema.parse(doc));
  });

  it('leaves what it cannot vouch for to zod: an enum-keyed record, symbol keys, a transform', () => {
    const exhaustive = z.record(z.enum(['a', 'b']), z.number());
    expect(exhaustive.safeParse({ a: 1 }).success).toBe(false);
    expect(acceptFast(exhaustive, { a: 1 })).toBe(DECLINED);
    const open = z.record(z.string(), z.number());
    expect(acceptFast(open, { a: 1, [Symbol('s')]: 2 })).toBe(DECLINED);
    expect(acceptFast(open, { a: 1 })).toStrictEqual({ a: 1 });
    expect(
      acceptFast(
        z.string().transform((s) => s.length),
        'abc',
      ),
    ).toBe(DECLINED);
  });
});
