/**
 * Shortcuts for zod's commonest checks, for the fast path of `fast-accept.ts`. A shortcut answers only
 * when the answer is plainly a pass (a string well within its length bounds, a whole number within safe
 * range, a refinement that returned `true`) and gives the value the check leaves; in any other case it
 * says {@link UNSURE}, and zod's own check code decides, from that check on.
 *
 * Each shortcut mirrors the pass condition of zod 4's check (`zod/v4/core/checks.js`): the fast path's
 * property test holds the two to agreement over valid and invalid inputs.
 */

/** What a shortcut returns when it cannot vouch for the value. */
export const UNSURE: unique symbol = Symbol('unsure');

/** The value the check leaves (the same value, or an overwrite's), or {@link UNSURE}. */
export type Shortcut = (value: unknown) => unknown;

/** A zod 4 check definition, read through `_zod.def`. */
export interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}

const lengthOf = (value: unknown): number => (value as { length: number }).length;

/**
 * The shortcut of one check, or `undefined` when there is none (an unknown kind of check, or one whose
 * parameters are not the plain numbers and patterns the shortcut reads). `guarded` is true when the check
 * has a `when` guard the fast path must run: it then has no shortcut either.
 */
export function shortcutOf(def: CheckDef, guarded: boolean): Shortcut | undefined {
  if (guarded) return undefined;
  switch (def.check) {
    case 'max_length': {
      // zod counts code points only when the UTF-16 units overflow; within the units, it passes.
      const max = def.maximum;
      if (typeof max !== 'number') return undefined;
      return (value) => (lengthOf(value) <= max ? value : UNSURE);
    }
    case 'min_length': {
      // A string of n units has at least ceil(n / 2) code points, so 2·min − 1 units always reach min.
      const min = def.minimum;
      if (typeof min !== 'number') return undefined;
      const units = 2 * min - 1;
      return (value) => {
        const length = lengthOf(value);
        return length >= min && (typeof value !== 'string' || length >= units) ? value : UNSURE;
      };
    }
    case 'overwrite': {
      const tx = def.tx;
      return typeof tx === 'function' ? (value) => tx(value) : undefined;
    }
    case 'custom': {
      // A refinement passes on a truthy result; `true`, the usual one, is taken here, anything else
      // (false, a promise, another truthy value) goes to zod.
      const fn = def.fn;
      return typeof fn === 'function' ? (value) => (fn(value) === true ? value : UNSURE) : undefined;
    }
    case 'greater_than':
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      const above = def.check === 'greater_than';
      const inclusive = def.inclusive === true;
      return (value) => {
        const v = value as number;
        const ok = above ? (inclusive ? v >= bound : v > bound) : inclusive ? v <= bound : v < bound;
        return ok ? value : UNSURE;
      };
    }
    case 'number_format':
      // `int()`: a whole number within the safe range (the format's own range).
      return def.format === 'safeint' ? (value) => (Number.isSafeInteger(value) ? value : UNSURE) : undefined;
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp)) return undefined;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? value : UNSURE;
      };
    }
    default:
      return undefined;
  }
}
