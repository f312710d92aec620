import { z } from 'zod';
import { LEVELS, UNIT_LEVELS } from '../model/level.js';
import { POST_ROLES } from '../model/post.js';
import { RELATION_KINDS } from '../model/relation.js';
import { markOwnProtoCheck } from './fast-accept.js';
import {
  dateSchema,
  idSchema,
  MAX_NAME_LENGTH,
  nameSchema,
  staffSchema,
  tagSchema,
  yearKeySchema,
} from './primitives.js';

/**
 * A record that reports an own `__proto__` key as a bad key. zod skips that key without an issue (to keep
 * it off the output's prototype), so `{"__proto__": 3}` would otherwise load as `{}`, silently.
 */
function keyCheckedRecord<S extends z.ZodType>(record: S, message: string): S {
  const checked = z.preprocess((input, ctx) => {
    if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'custom', message, path: ['__proto__'], input: '__proto__' });
    }
    return input;
  }, record);
  return markOwnProtoCheck(checked) as unknown as S;
}

/** Open attributes: short keys, plain values. */
const attributesSchema = keyCheckedRecord(
  z.record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { message: 'tinhgon:attribute-key' }),
    z.union([z.string().max(MAX_NAME_LENGTH), z.number(), z.boolean()]),
  ),
  'tinhgon:attribute-key',
);

const validity = {
  validFrom: dateSchema.optional(),
  validUntil: dateSchema.optional(),
};

/** A body as JSON. Unknown keys are rejected. */
export const bodySchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  nameEn: nameSchema.optional(),
  kind: tagSchema,
  sector: tagSchema,
  level: z.enum(LEVELS),
  unit: idSchema.optional(),
  parent: idSchema.nullable(),
  functions: z.array(tagSchema),
  quota: staffSchema,
  actual: staffSchema,
  quotaByYear: keyCheckedRecord(z.record(yearKeySchema, staffSchema), 'tinhgon:year').optional(),
  attributes: attributesSchema.optional(),
  ...validity,
});

/** A non-tree relation as JSON. */
export const relationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RELATION_KINDS),
  from: idSchema,
  to: idSchema,
  ...validity,
});

/** A person as JSON. */
export const personSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
});

/** A post as JSON. */
export const postSchema = z.strictObject({
  id: idSchema,
  body: idSchema,
  role: z.enum(POST_ROLES),
  holder: idSchema.nullable(),
  timeShare: z
    .number()
    .gt(0, { message: 'tinhgon:share-min' })
    .max(1, { message: 'tinhgon:share-max' })
    .optional(),
  ...validity,
});

/** An admin unit as JSON. */
export const adminUnitSchema = z.strictObject({
  code: idSchema,
  name: nameSchema,
  level: z.enum(UNIT_LEVELS),
  parent: idSchema.nullable(),
  type: nameSchema.optional(),
  attributes: attributesSchema.optional(),
  ...validity,
});
