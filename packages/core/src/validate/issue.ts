import type { Bilingual } from '../locale/lang.js';

/** Where in the input a problem is: keys and array indices from the root of the JSON document. */
export type Path = readonly (string | number)[];

/** The kinds of entity a state holds. */
export type EntityKind = 'body' | 'relation' | 'person' | 'post' | 'unit';

/**
 * A problem found in state data, as data: a `code` to branch on, the `path` to the offending value, and
 * the values that decided it. Turn one into text with {@link formatIssue}.
 */
export type StateIssue =
  | {
      readonly code: 'invalid-input';
      readonly path: Path;
      /** What the schema wanted, in both languages. */
      readonly detail: Bilingual;
      /** The value found there, shortened for display; `nothing` when the value is missing. */
      readonly received: string;
    }
  | {
      readonly code: 'invalid-json';
      readonly path: Path;
      readonly detail: Bilingual;
      readonly position?: number;
    }
  | {
      readonly code: 'duplicate-id';
      readonly path: Path;
      readonly entity: EntityKind;
      readonly id: string;
      readonly firstPath: Path;
    }
  | { readonly code: 'missing-parent'; readonly path: Path; readonly body: string; readonly parent: string }
  | { readonly code: 'parent-cycle'; readonly path: Path; readonly bodies: readonly string[] }
  | {
      readonly code: 'level-above-parent';
      readonly path: Path;
      readonly body: string;
      readonly level: string;
      readonly parent: string;
      readonly parentLevel: string;
    }
  | { readonly code: 'unknown-unit'; readonly path: Path; readonly body: string; readonly unit: string }
  | {
      readonly code: 'unit-level-mismatch';
      readonly path: Path;
      readonly body: string;
      readonly level: string;
      readonly unit: string;
      readonly unitLevel: string;
    }
  | {
      readonly code: 'unknown-body';
      readonly path: Path;
      readonly entity: EntityKind;
      readonly id: string;
      readonly body: string;
    }
  | { readonly code: 'self-relation'; readonly path: Path; readonly relation: string; readonly body: string }
  | { readonly code: 'unknown-person'; readonly path: Path; readonly post: string; readonly person: string }
  | {
      readonly code: 'duplicate-holding';
      readonly path: Path;
      readonly person: string;
      readonly body: string;
      readonly role: string;
      readonly posts: readonly [string, string];
    }
  | {
      readonly code: 'duplicate-head';
      readonly path: Path;
      readonly body: string;
      readonly posts: readonly [string, string];
    }
  | {
      readonly code: 'time-share-exceeded';
      readonly path: Path;
      readonly person: string;
      readonly total: number;
      readonly posts: readonly string[];
    }
  | {
      readonly code: 'dates-reversed';
      readonly path: Path;
      readonly entity: EntityKind;
      readonly id: string;
      readonly validFrom: string;
      readonly validUntil: string;
    }
  | { readonly code: 'duplicate-function'; readonly path: Path; readonly body: string; readonly tag: string }
  | {
      readonly code: 'unknown-unit-parent';
      readonly path: Path;
      readonly unit: string;
      readonly parent: string;
    }
  | {
      readonly code: 'unit-level-order';
      readonly path: Path;
      readonly unit: string;
      readonly level: string;
      readonly parent: string;
      readonly parentLevel: string;
    };

export type StateIssueCode = StateIssue['code'];

/** At least one: a failed result always says why. */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/** What a safe entry point returns: a value, or every issue found. */
export type Result<T, I> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: NonEmptyArray<I> };
