import { z } from 'zod';
import { InvalidArgumentError } from '../errors/errors.js';
import { fromZodIssues, safeParseReporting } from '../load/zod-issues.js';
import { summarizeIssues } from '../locale/format-issue.js';
import type { Bilingual } from '../locale/lang.js';
import type { AttributeValue } from '../model/body.js';
import { type IsoDate, isInForce } from '../model/dates.js';
import { dateSchema, idSchema, nameSchema } from '../schema/primitives.js';
import type { Citation, Confidence } from './citation.js';

const citationSchema = z.strictObject({
  document: nameSchema,
  article: nameSchema.optional(),
  issuer: nameSchema.optional(),
  date: dateSchema.optional(),
  seed: nameSchema.optional(),
});

/** A decision table: the first row whose `[min, below)` holds the input gives the value. */
const bandsSchema = z.strictObject({
  /** What the input is, for messages, e.g. `quota`. */
  input: nameSchema,
  rows: z
    .array(z.strictObject({ min: z.number().optional(), below: z.number().optional(), value: z.number() }))
    .min(1),
});

const leafSchema = z.union([z.number(), bandsSchema]);

const versionSchema = z.strictObject({
  from: dateSchema.optional(),
  until: dateSchema.optional(),
  source: citationSchema,
  /** A single value, a decision table, or values by an attribute (`by`) with an optional `default`. */
  value: leafSchema.optional(),
  by: nameSchema.optional(),
  cases: z.record(z.string(), leafSchema).optional(),
  default: leafSchema.optional(),
  note: z.string().optional(),
});

/** A parameter table as JSON: an id, a title in both languages, and its dated versions. */
export const parameterTableSchema = z.strictObject({
  id: idSchema,
  title: z.strictObject({ vi: nameSchema, en: nameSchema }),
  unit: nameSchema.optional(),
  confidence: z.enum(['high', 'medium', 'low', 'unverified']),
  versions: z.array(versionSchema).min(1),
});

export type ParameterTableInput = z.input<typeof parameterTableSchema>;

type Bands = z.output<typeof bandsSchema>;
type Leaf = number | Bands;

/** A parameter whose value depends on the date, and possibly on an attribute and on an input (bands). */
export interface ParameterTable {
  readonly id: string;
  readonly title: Bilingual;
  readonly unit?: string;
  readonly confidence: Confidence;
  readonly versions: readonly z.output<typeof versionSchema>[];
}

/** The value a parameter takes for one case, and why: which version, which case, which band. */
export interface ResolvedParameter {
  readonly id: string;
  readonly value: number;
  readonly from: IsoDate | null;
  readonly until: IsoDate | null;
  readonly source: Citation;
  readonly confidence: Confidence;
  /** The attribute case used, e.g. `provinceClass = I`. */
  readonly case: string | null;
  /** The band used, e.g. `quota 10–14`. */
  readonly band: string | null;
  readonly note: string | null;
}

/** Validates a parameter table from JSON, naming each bad field. */
export function parseParameterTable(input: unknown): ParameterTable {
  const result = safeParseReporting(parameterTableSchema, input);
  if (!result.success) {
    const issues = fromZodIssues(result.error.issues);
    throw new InvalidArgumentError(
      `@tinhgon/core/parseParameterTable: ${summarizeIssues(issues, { max: 5 })}`,
    );
  }
  return result.data as ParameterTable;
}

function bandLabel(bands: Bands, row: Bands['rows'][number]): string {
  const low = row.min ?? '…';
  const high = row.below === undefined ? '…' : row.below - 1;
  return `${bands.input} ${low}–${high}`;
}

function leafValue(
  leaf: Leaf,
  input: number | undefined,
  table: string,
): { value: number; band: string | null } | undefined {
  if (typeof leaf === 'number') return { value: leaf, band: null };
  if (input === undefined) {
    throw new InvalidArgumentError(
      `@tinhgon/core/resolveParameter: parameter "${table}" is a decision table on ${leaf.input}; pass input`,
    );
  }
  const row = leaf.rows.find(
    (r) => (r.min === undefined || input >= r.min) && (r.below === undefined || input < r.below),
  );
  return row === undefined ? undefined : { value: row.value, band: bandLabel(leaf, row) };
}

/** A dated version of a parameter table. */
export type ParameterVersion = ParameterTable['versions'][number];

/** The version of a table in force on `date`: the first listed that is, or `undefined`. */
export function versionOn(table: ParameterTable, date: IsoDate): ParameterVersion | undefined {
  return table.versions.find((v) =>
    isInForce(
      { ...(v.from ? { validFrom: v.from } : {}), ...(v.until ? { validUntil: v.until } : {}) },
      date,
    ),
  );
}

/**
 * The value a version gives for a case: the case of `key` (the value of the attribute the version is
 * keyed `by`, when it is) or the default, then the band holding `input`.
 */
export function resolveVersion(
  table: ParameterTable,
  version: ParameterVersion,
  key: AttributeValue | undefined,
  input: number | undefined,
): ResolvedParameter | undefined {
  let leaf: Leaf | undefined = version.value;
  let caseLabel: string | null = null;
  if (version.by !== undefined) {
    const hit = key === undefined ? undefined : version.cases?.[String(key)];
    leaf = hit ?? version.default;
    caseLabel = hit === undefined ? `${version.by} = (default)` : `${version.by} = ${String(key)}`;
  }
  if (leaf === undefined) return undefined;
  const resolved = leafValue(leaf, input, table.id);
  if (resolved === undefined) return undefined;
  return {
    id: table.id,
    value: resolved.value,
    from: version.from ?? null,
    until: version.until ?? null,
    source: version.source as Citation,
    confidence: table.confidence,
    case: caseLabel,
    band: resolved.band,
    note: version.note ?? null,
  };
}

/**
 * The value of a parameter on `date` for a case: the version in force that day, then the case of the
 * attribute it is keyed `by` (or its default), then the band holding `input`. `undefined` when no version
 * is in force, or no case or band fits.
 */
export function resolveParameter(
  table: ParameterTable,
  date: IsoDate,
  facts: { readonly attributes?: (name: string) => AttributeValue | undefined; readonly input?: number } = {},
): ResolvedParameter | undefined {
  const version = versionOn(table, date);
  if (version === undefined) return undefined;
  const key = version.by === undefined ? undefined : facts.attributes?.(version.by);
  return resolveVersion(table, version, key, facts.input);
}
