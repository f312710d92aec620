import type { Io } from './io.js';

/** A progress bar on standard error; draws nothing unless it may (see {@link progressFor}). */
export interface Progress {
  /** Moves to `done` of `total`, with a short label. */
  update(done: number, total: number, label: string): void;
  /** Clears the bar. */
  end(): void;
}

const SILENT: Progress = { update: () => {}, end: () => {} };
const WIDTH = 28;
/** Runs shorter than this many steps are quick: no bar. */
export const LONG_RUN_STEPS = 20;

/** True when a run of `steps` steps gets a bar: stderr is a terminal, not CI, and the run is long. */
export function showsProgress(io: Io, steps: number): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  return io.stderrIsTTY && !ci && steps >= LONG_RUN_STEPS;
}

/**
 * A progress bar for a run of `steps` steps: drawn only when standard error is a terminal, the environment
 * is not CI, and the run is long. Never in tests (their io says "not a terminal") or in CI logs.
 */
export function progressFor(io: Io, steps: number): Progress {
  if (!showsProgress(io, steps)) return SILENT;
  let drawn = false;
  return {
    update(done, total, label) {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      io.stderr(
        `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${label.slice(0, 40)}\u001b[K`,
      );
      drawn = true;
    },
    end() {
      if (drawn) io.stderr('\r\u001b[K');
    },
  };
}
