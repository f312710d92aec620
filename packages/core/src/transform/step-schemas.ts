import { z } from 'zod';
import { LEVELS } from '../model/level.js';
import { POST_ROLES } from '../model/post.js';
import { adminUnitSchema, bodySchema } from '../schema/entity-schemas.js';
import { dateSchema, idSchema, nameSchema, staffSchema, tagSchema } from '../schema/primitives.js';

/** The legal basis of a step. */
export const legalBasisSchema = z.strictObject({
  document: nameSchema,
  article: nameSchema.optional(),
  issuer: nameSchema.optional(),
  date: dateSchema.optional(),
});

/** Fields every step carries. */
const meta = {
  effective: dateSchema,
  basis: legalBasisSchema.optional(),
  planItem: nameSchema.optional(),
};

const ids = z.array(idSchema);

/** A new body: like a body document; staff and functions may be left out where the step derives them. */
export const newBodySchema = bodySchema.partial({ functions: true, quota: true, actual: true });

export const establishSchema = z.strictObject({ ...meta, body: bodySchema });

const headsSchema = z.enum(['deputy', 'member', 'release']);

export const absorbSchema = z.strictObject({
  ...meta,
  target: idSchema,
  sources: ids.min(1),
  /** What the sources' heads become in the target: deputies (default), members, or released. */
  heads: headsSchema.optional(),
});

export const consolidateSchema = z.strictObject({
  ...meta,
  sources: ids.min(2),
  into: newBodySchema,
  /** A source head post whose holder heads the new body; the other heads follow `heads`. */
  headPost: idSchema.optional(),
  heads: headsSchema.optional(),
  /** A second parent the new body also serves (a `serves` relation), e.g. the People's Committee. */
  alsoServes: idSchema.optional(),
});

const destination = z.union([z.literal('release'), idSchema]);

export const dissolveSchema = z.strictObject({
  ...meta,
  body: idSchema,
  /** Where the children go: a new parent. Required when the body has children. */
  childrenTo: idSchema.optional(),
  /** Where the staff go: a body, or `'release'` to let them go. */
  staffTo: destination,
  /** Where the functions go; by default with the staff, or dropped when the staff are released. */
  functionsTo: z.union([z.literal('drop'), idSchema]).optional(),
});

export const transferSchema = z.strictObject({
  ...meta,
  from: idSchema,
  to: idSchema,
  functions: z.array(tagSchema).optional(),
  quota: staffSchema.optional(),
  actual: staffSchema.optional(),
  children: ids.optional(),
  posts: ids.optional(),
});

export const moveSchema = z.strictObject({
  ...meta,
  body: idSchema,
  parent: idSchema.nullable(),
  level: z.enum(LEVELS).optional(),
  /** The new admin unit; `null` to clear it (e.g. a body moved to the central level). */
  unit: idSchema.nullable().optional(),
});

export const renameSchema = z.strictObject({
  ...meta,
  body: idSchema,
  name: nameSchema,
  nameEn: nameSchema.optional(),
});

const splitPartSchema = z.strictObject({
  body: bodySchema.omit({ functions: true, quota: true, actual: true, quotaByYear: true }),
  functions: z.array(tagSchema),
  quota: staffSchema,
  actual: staffSchema,
  children: ids.optional(),
  posts: ids.optional(),
});

export const splitSchema = z.strictObject({
  ...meta,
  source: idSchema,
  into: z.array(splitPartSchema).min(2),
});

const postInput = z.strictObject({
  id: idSchema,
  body: idSchema,
  role: z.enum(POST_ROLES),
  timeShare: z.number().gt(0).max(1).optional(),
});

export const appointSchema = z.strictObject({
  ...meta,
  post: postInput,
  person: idSchema,
  /** The person's name, when the person is new to the state. */
  personName: nameSchema.optional(),
});

export const releaseSchema = z.strictObject({
  ...meta,
  post: idSchema,
  /** Remove the post altogether instead of leaving it vacant. */
  remove: z.boolean().optional(),
});

export const appointConcurrentSchema = z.strictObject({
  ...meta,
  person: idSchema,
  body: idSchema,
  post: idSchema,
  role: z.enum(POST_ROLES).optional(),
  timeShare: z.number().gt(0).max(1).optional(),
});

export const endConcurrentSchema = z.strictObject({ ...meta, post: idSchema });

export const setQuotaSchema = z.strictObject({
  ...meta,
  body: idSchema,
  quota: staffSchema,
  actual: staffSchema.optional(),
});

export const cutStaffSchema = z.strictObject({
  ...meta,
  body: idSchema,
  quota: staffSchema.optional(),
  actual: staffSchema.optional(),
  /** Cut this percentage of both quota and actual (0–100), rounded to the nearest whole position. */
  percent: z.number().min(0).max(100).optional(),
  /** `cut` (positions abolished, the default) or `released` (people let go). */
  as: z.enum(['cut', 'released']).optional(),
});

export const setDeputiesSchema = z.strictObject({
  ...meta,
  body: idSchema,
  count: z.number().int().min(0).max(50),
});

export const reorganizeUnitsSchema = z.strictObject({
  ...meta,
  /** New units that come into being. */
  establish: z.array(adminUnitSchema).optional(),
  /** Old → new rows; an old unit in several rows is split between them (`share: 'partial'`). */
  mapping: z
    .array(z.strictObject({ from: idSchema, to: idSchema, share: z.enum(['full', 'partial']).optional() }))
    .min(1),
  /** Where bodies in a split unit go: required for each of them. */
  assign: z.array(z.strictObject({ body: idSchema, unit: idSchema })).optional(),
  /** Units that stay and take a new name (and type), e.g. a province that absorbed others and was renamed. */
  rename: z
    .array(z.strictObject({ code: idSchema, name: nameSchema, type: nameSchema.optional() }))
    .optional(),
});

export const abolishLevelSchema = z.strictObject({
  ...meta,
  level: z.enum(['district', 'commune', 'village']),
});
