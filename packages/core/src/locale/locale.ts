import type { StateIssue, StateIssueCode } from '../validate/issue.js';

export type { Lang } from './lang.js';

/** One message template per issue code. */
export type IssueMessages = {
  readonly [C in StateIssueCode]: (issue: Extract<StateIssue, { code: C }>) => string;
};
