import { TinhgonError } from '../errors/errors.js';

/** Why a transformation cannot be done on a state. */
export type TransformErrorCode =
  | 'unknown-body'
  | 'unknown-post'
  | 'unknown-person'
  | 'unknown-unit'
  | 'duplicate-id'
  | 'would-create-cycle'
  | 'has-children'
  | 'level-above-parent'
  | 'unit-level-mismatch'
  | 'partition-mismatch'
  | 'insufficient-staff'
  | 'staff-limit'
  | 'missing-function'
  | 'not-a-child'
  | 'not-concurrent'
  | 'post-taken'
  | 'invalid-step'
  | 'unassigned'
  | 'invalid-argument';

/**
 * A transformation that cannot be done: names the body (or post, unit) and the reason. Thrown before
 * anything changes, so the caller's state is never half-changed. Scenarios turn it into a finding.
 */
export class TransformError extends TinhgonError {
  readonly reason: TransformErrorCode;
  /** The ids the problem is about, the first being the main one. */
  readonly subjects: readonly string[];

  constructor(op: string, reason: TransformErrorCode, subjects: readonly string[], message: string) {
    super(`transform/${reason}`, `@tinhgon/core/${op}: ${message}`);
    this.reason = reason;
    this.subjects = subjects;
  }
}
