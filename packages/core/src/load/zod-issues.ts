import { type core, z } from 'zod';
import { SCHEMA_DETAILS } from '../locale/schema-details.js';
import { acceptFast, DECLINED } from '../schema/fast-accept.js';
import type { Path, StateIssue } from '../validate/issue.js';

const PREVIEW_LENGTH = 60;
const viLocale = z.locales.vi();

/** A short, readable rendering of any value for a message: strings quoted, long values cut. */
export function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

function localized(issue: core.$ZodIssue): { en: string; vi: string } {
  if (issue.message.startsWith('tinhgon:')) {
    const key = issue.message.slice('tinhgon:'.length);
    return { en: SCHEMA_DETAILS.en[key] ?? key, vi: SCHEMA_DETAILS.vi[key] ?? key };
  }
  const translated = viLocale.localeError(issue as unknown as core.$ZodRawIssue);
  const vi = typeof translated === 'string' ? translated : (translated?.message ?? issue.message);
  return { en: issue.message, vi };
}

/** zod's issues as tinhgon issues: one per bad value (one per unknown key), with path and value. */
export function fromZodIssues(issues: readonly core.$ZodIssue[]): StateIssue[] {
  const out: StateIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)) as Path;
    if (issue.code === 'unrecognized_keys') {
      const input = (issue as { input?: unknown }).input as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        out.push({
          code: 'invalid-input',
          path: [...path, key],
          detail: {
            en: `unknown key "${key}": it is not part of the format (check its spelling)`,
            vi: `khóa "${key}" không có trong định dạng (kiểm tra chính tả)`,
          },
          received: previewValue(input?.[key]),
        });
      }
      continue;
    }
    out.push({
      code: 'invalid-input',
      path,
      detail: localized(issue),
      received: previewValue((issue as { input?: unknown }).input),
    });
  }
  return out;
}

/**
 * `schema.safeParse(input)`, with the offending values kept in the issues when it fails. Input the
 * compiled fast path vouches for (see `acceptFast`) is not parsed by zod at all; zod's `reportInput`
 * roughly doubles the cost of a successful parse, so the rest is parsed once without it and only invalid
 * input a second time with it (the same schema on the same input gives the same issues).
 */
export function safeParseReporting<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  const fast = acceptFast(schema, input);
  if (fast !== DECLINED) return { success: true, data: fast } as z.ZodSafeParseResult<z.output<S>>;
  const first = schema.safeParse(input);
  return first.success ? first : schema.safeParse(input, { reportInput: true });
}
