import type { z } from 'zod';
import type { Body } from '../model/body.js';
import type { IsoDate } from '../model/dates.js';
import { freezeBody } from '../state/build-state.js';
import type { newBodySchema } from './step-schemas.js';

/** The fields of a new body as a step gives them (schema output: optional keys may be `undefined`). */
type BodyFields = z.output<typeof newBodySchema>;

/** A frozen body record for a body a step creates; it starts on the step's date unless it says otherwise. */
export function newBody(
  fields: BodyFields,
  derived: Partial<Pick<Body, 'functions' | 'quota' | 'actual' | 'quotaByYear'>>,
  effective: IsoDate,
): Body {
  return freezeBody({
    ...fields,
    functions: fields.functions ?? derived.functions ?? [],
    quota: fields.quota ?? derived.quota ?? 0,
    actual: fields.actual ?? derived.actual ?? 0,
    quotaByYear: fields.quotaByYear ?? derived.quotaByYear,
    validFrom: fields.validFrom ?? effective,
  } as Parameters<typeof freezeBody>[0]);
}

/**
 * Adds the year-by-year quotas of several bodies, year by year, over the years any of them has. The sum is
 * frozen, so a body can take it as it is.
 */
export function sumQuotaByYear(bodies: readonly Body[]): Readonly<Record<string, number>> | undefined {
  let sum: Record<string, number> | undefined;
  for (const body of bodies) {
    const years = body.quotaByYear;
    if (years === undefined) continue;
    for (const year of Object.keys(years)) {
      sum ??= {};
      sum[year] = (sum[year] ?? 0) + (years[year] as number);
    }
  }
  return sum === undefined ? undefined : Object.freeze(sum);
}

/** The union of several function lists, in first-seen order. */
export function unionFunctions(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
