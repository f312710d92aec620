/**
 * The runner under every law: `fc.check` a property, and when it fails throw a {@link LawError} whose message
 * names the law, the seed and path to replay it, and the shrunk counterexample as a person reads it.
 */
import { TinhgonError } from '@tinhgon/core';
import fc from 'fast-check';

/** fast-check run settings a law passes on (the global `fc.configureGlobal` ones apply otherwise). */
export interface LawOptions {
  readonly numRuns?: number;
  readonly seed?: number;
  /** Replay a failure from its path (printed in the failure message). */
  readonly path?: string;
  readonly endOnFailure?: boolean;
  /** Let fast-check give up shrinking after this many milliseconds per run. */
  readonly interruptAfterTimeLimit?: number;
}

/** A law that failed: the counterexample (shrunk), how to replay it, and the readable message. */
export class LawError extends TinhgonError {
  readonly law: string;
  readonly counterexample: unknown;
  readonly seed: number;
  readonly path: string;

  constructor(law: string, counterexample: unknown, details: fc.RunDetails<[unknown]>, message: string) {
    super('law-failed', message, { cause: details.errorInstance });
    this.law = law;
    this.counterexample = counterexample;
    this.seed = details.seed;
    this.path = details.counterexamplePath ?? '';
  }
}

/** Throws with `message` unless `condition` holds; laws use it instead of a test framework's `expect`. */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

function whyFailed(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'the property returned false' : String(error);
}

/**
 * Checks `check` on values of `arbitrary` (it fails by throwing or by returning `false`; `fc.pre` skips a
 * value) and throws a {@link LawError} with the smallest counterexample fast-check finds, rendered by
 * `describe` (fast-check's own printer by default).
 *
 * @example
 * assertLaw('merges never raise the total quota', arbScenario({ ops: ['absorb'] }), (generated) => {
 *   const { base, final } = playScenario(generated);
 *   invariant(totalQuota(final) <= totalQuota(base), 'the total quota rose');
 * }, { describe: describeScenario });
 */
export function assertLaw<T>(
  law: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => unknown,
  options: LawOptions & { readonly describe?: (value: T) => string } = {},
): void {
  const { describe = (value: T) => fc.stringify(value), ...rest } = options;
  const parameters: fc.Parameters<[T]> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (parameters as Record<string, unknown>)[key] = value;
  }
  const details = fc.check(
    fc.property(arbitrary, (value) => check(value) !== false),
    parameters,
  ) as fc.RunDetails<[T]>;
  if (!details.failed) return;
  if (details.counterexample === null) {
    throw new LawError(
      law,
      undefined,
      details as fc.RunDetails<[unknown]>,
      `@tinhgon/core/testing: law "${law}" could not be checked: ${whyFailed(details.errorInstance)} (seed ${details.seed})`,
    );
  }
  const [value] = details.counterexample;
  let shown: string;
  try {
    shown = describe(value);
  } catch (error) {
    shown = `${fc.stringify(value)}\n(describing it failed: ${whyFailed(error)})`;
  }
  const replay = `{ seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} }`;
  const message = [
    `@tinhgon/core/testing: law "${law}" failed after ${details.numRuns} run(s) and ${details.numShrinks} shrink(s).`,
    `Counterexample (shrunk):`,
    indent(shown),
    `Failure:`,
    indent(whyFailed(details.errorInstance)),
    `Replay: pass ${replay} in the law's options.`,
  ].join('\n');
  throw new LawError(law, value, details as fc.RunDetails<[unknown]>, message);
}
