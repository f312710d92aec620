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

/** Adds the year-by-year quotas of several bodies, year by year, over the years any of them has. */
export function sumQuotaByYear(bodies: readonly Body[]): Readonly<Record<string, number>> | undefined {
  const sum: Record<string, number> = {};
  let any = false;
  for (const body of bodies) {
    for (const [year, quota] of Object.entries(body.quotaByYear ?? {})) {
      sum[year] = (sum[year] ?? 0) + quota;
      any = true;
    }
  }
  return any ? sum : undefined;
}

/** The union of several function lists, in first-seen order. */
export function unionFunctions(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
