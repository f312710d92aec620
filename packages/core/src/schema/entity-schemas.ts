import { z } from 'zod';
import { LEVELS, UNIT_LEVELS } from '../model/level.js';
import { POST_ROLES } from '../model/post.js';
import { RELATION_KINDS } from '../model/relation.js';
import {
  dateSchema,
  idSchema,
  MAX_NAME_LENGTH,
  nameSchema,
  staffSchema,
  tagSchema,
  yearKeySchema,
} from './primitives.js';

/** Open attributes: short keys, plain values. */
const attributesSchema = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { message: 'tinhgon:attribute-key' }),
  z.union([z.string().max(MAX_NAME_LENGTH), z.number(), z.boolean()]),
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
  quotaByYear: z.record(yearKeySchema, staffSchema).optional(),
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
