import type { z } from 'zod';
import { InvalidArgumentError } from '../errors/errors.js';
import { fromZodIssues, safeParseReporting } from '../load/zod-issues.js';
import { summarizeIssues } from '../locale/format-issue.js';
import type { LegalBasis, StepMeta } from './change.js';

/** Parameters that already passed the very same schema, as part of a parsed scenario step. */
const validated = new WeakSet<object>();

/**
 * Marks parameters taken from a step that `parseScenario` validated (the step schemas are the
 * transformation schemas plus `op`), so that a scenario step is not validated a second time. Internal:
 * only the scenario runner calls it, on objects it got from the schema.
 */
export function markValidated<T extends object>(params: T): T {
  validated.add(params);
  return params;
}

/**
 * Checks a transformation's parameters against its schema (the same one JSON steps use), so a TypeScript
 * call and a JSON step are held to the same rules. Throws an {@link InvalidArgumentError} naming each bad
 * field and its value.
 */
export function parseParams<S extends z.ZodType>(op: string, schema: S, params: unknown): z.output<S> {
  if (typeof params === 'object' && params !== null && validated.has(params)) return params as z.output<S>;
  const result = safeParseReporting(schema, params);
  if (result.success) return result.data;
  const issues = fromZodIssues(result.error.issues);
  throw new InvalidArgumentError(
    `@tinhgon/core/${op}: invalid parameters: ${summarizeIssues(issues, { max: 5 })}`,
  );
}

/** The step metadata of parsed parameters, without `undefined` keys. */
export function metaOf(params: {
  effective: string;
  basis?: { [K in keyof LegalBasis]?: LegalBasis[K] | undefined } | undefined;
  planItem?: string | undefined;
}): StepMeta {
  return {
    effective: params.effective,
    ...(params.basis === undefined
      ? {}
      : { basis: stripUndefined(params.basis) as NonNullable<StepMeta['basis']> }),
    ...(params.planItem === undefined ? {} : { planItem: params.planItem }),
  };
}

/** A shallow copy without the keys whose value is `undefined`, frozen. */
export function stripUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return Object.freeze(out) as T;
}
