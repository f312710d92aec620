import type { IsoDate } from '../model/dates.js';

/**
 * Where a rule or a parameter value comes from: the legal document and article, and, for rules traced to
 * the seed plans, the seed file and section (`002 I`).
 */
export interface Citation {
  /** Document number, e.g. `Nghị định 45/2025/NĐ-CP` or `Kế hoạch 300/KH-UBND`. */
  readonly document: string;
  readonly article?: string;
  readonly issuer?: string;
  readonly date?: IsoDate;
  /** Seed file and section the rule is traced to, e.g. `002_2601a27634ddaafe.txt I`. */
  readonly seed?: string;
}

/** How sure we are of a value: see `shared/data/vn-rules/PARAMETERS.md`. */
export type Confidence = 'high' | 'medium' | 'low' | 'unverified';
