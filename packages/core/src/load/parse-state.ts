import { TinhgonError } from '../errors/errors.js';
import { summarizeIssues } from '../locale/format-issue.js';
import type { Lang } from '../locale/lang.js';
import { stateSchema } from '../schema/state-schema.js';
import { buildState } from '../state/build-state.js';
import type { OrgState } from '../state/org-state.js';
import { checkInvariants } from '../validate/check-invariants.js';
import type { NonEmptyArray, Result, StateIssue } from '../validate/issue.js';
import { fromZodIssues, safeParseReporting } from './zod-issues.js';

/** Thrown by {@link parseState} when the data is not a valid state; `issues` holds every problem found. */
export class StateValidationError extends TinhgonError {
  readonly issues: NonEmptyArray<StateIssue>;

  constructor(origin: string, issues: NonEmptyArray<StateIssue>, lang: Lang = 'en') {
    super('invalid-state', `${origin}: ${summarizeIssues(issues, { lang, max: 10 })}`);
    this.issues = issues;
  }
}

function parseJsonText(text: string): Result<unknown, StateIssue> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const issue: StateIssue = {
      code: 'invalid-json',
      path: [],
      detail: { en: message, vi: message },
      ...(position === null ? {} : { position: Number(position[1]) }),
    };
    return { ok: false, issues: [issue] };
  }
}

/**
 * Reads a state from JSON text or from an already-parsed value, checking the schema and then every
 * load-time invariant, and reports all problems at once.
 *
 * @example
 * const result = safeParseState(text);
 * if (!result.ok) for (const issue of result.issues) console.log(formatIssue(issue, 'vi'));
 */
export function safeParseState(input: unknown): Result<OrgState, StateIssue> {
  const raw = typeof input === 'string' ? parseJsonText(input) : { ok: true as const, value: input };
  if (!raw.ok) return raw;
  const parsed = safeParseReporting(stateSchema, raw.value);
  if (!parsed.success) {
    return { ok: false, issues: fromZodIssues(parsed.error.issues) as unknown as NonEmptyArray<StateIssue> };
  }
  const issues = checkInvariants(parsed.data);
  if (issues.length > 0) return { ok: false, issues: issues as unknown as NonEmptyArray<StateIssue> };
  return { ok: true, value: buildState(parsed.data) };
}

/**
 * Like {@link safeParseState}, but returns the state or throws a {@link StateValidationError} whose message
 * summarises the issues (the first ten in full) and whose `issues` lists them all.
 */
export function parseState(input: unknown): OrgState {
  const result = safeParseState(input);
  if (result.ok) return result.value;
  throw new StateValidationError('@tinhgon/core/parseState', result.issues);
}
