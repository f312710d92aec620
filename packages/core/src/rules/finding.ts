import type { Bilingual } from '../locale/lang.js';
import type { BodyId } from '../model/body.js';
import type { Citation, Confidence } from './citation.js';
import type { Bound, Severity, Values } from './rule.js';

/** The body a finding is about: id, name, and the names from the root down to it. */
export interface FindingBody {
  readonly id: BodyId;
  readonly name: string;
  readonly path: readonly string[];
}

/**
 * A rule's judgement on one subject, as data: the rule, the body, the values that decided it, the bound it
 * was held to (with the parameter version), the legal citation, and a message in both languages.
 * `status` is `fail`, `pass`, or `excepted` (a fail that a named exception turned into a pass).
 */
export interface Finding {
  readonly code: 'rule';
  readonly rule: string;
  readonly title: Bilingual;
  readonly status: 'fail' | 'pass' | 'excepted';
  readonly severity: Severity;
  readonly body: FindingBody | null;
  readonly subject: string | null;
  readonly values: Values;
  readonly bound: Bound | null;
  readonly citation: readonly Citation[];
  readonly message: Bilingual;
  readonly exception: { readonly id: string; readonly title: Bilingual; readonly reason: Bilingual } | null;
  /** Set when the rule's values are not certain, with the confidence level. */
  readonly uncertain: Confidence | null;
}
