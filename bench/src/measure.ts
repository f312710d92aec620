/**
 * How the transform benchmark measures a region: the CPU time of the main thread in it, its wall time,
 * and the heap a value retains.
 *
 * CPU time of the main thread is the measure its tables use. The machines are shared: a run of seconds
 * is pre-empted by other processes in proportion to its length, while a run of a millisecond often is
 * not, so wall-time ratios between a long and a short run are off by the machine's load. The process's
 * CPU time is not much better: it counts the collector's background threads, which sweep after the
 * previous region whatever the current one does. The main thread's CPU time counts only the region's own
 * work (its garbage collection on the main thread included), which on an idle machine with cores to
 * spare is what the wall clock shows. It is read from `/proc/thread-self/schedstat` (Linux); elsewhere
 * the process's CPU time stands in.
 */
import { openSync, readSync } from 'node:fs';

type Gc = () => void;

/** A full collection; throws unless node runs with `--expose-gc`. */
export function gc(): void {
  const collector = (globalThis as { gc?: Gc }).gc;
  if (collector === undefined) throw new Error('@tinhgon/bench/measure: run node with --expose-gc');
  collector();
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full collection before a timed region, then a pause (10 ms per 100 MB of heap, at least 5 ms) in
 * which the collector's background threads finish sweeping, so that the main thread does not have to
 * finish it in the region when it first allocates.
 */
export function settle(): void {
  gc();
  Atomics.wait(pause, 0, 0, 5 + (process.memoryUsage().heapUsed / 1e8) * 10);
}

export interface Timing {
  /** CPU milliseconds of the main thread. */
  readonly cpu: number;
  /** Wall-clock milliseconds. */
  readonly wall: number;
}

/** The main thread's schedstat, kept open: a read at offset 0 gives its CPU time so far in nanoseconds. */
function openSchedstat(): number | undefined {
  try {
    return openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
}

const schedstat = openSchedstat();
const buffer = Buffer.alloc(128);

function threadCpuMs(fd: number): number {
  // The kernel brings a running thread's CPU time up to date only when it is switched out: a 10 µs wait
  // switches it out, so that the figure read is exact rather than as of the last scheduler tick.
  Atomics.wait(pause, 0, 0, 0.01);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  const text = buffer.toString('latin1', 0, length);
  return Number(text.slice(0, text.indexOf(' '))) / 1e6;
}

const processCpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Milliseconds of CPU the main thread has used (the whole process's where the thread's is not known). */
const cpuMs: () => number = schedstat === undefined ? processCpuMs : () => threadCpuMs(schedstat);

function measure(region: () => void): Timing {
  const cpu = cpuMs();
  const wall = performance.now();
  region();
  return { cpu: cpuMs() - cpu, wall: performance.now() - wall };
}

/** What measuring an empty region reads, the median of 21: taken off every measurement. */
const overhead: Timing = (() => {
  const empty = Array.from({ length: 21 }, () => measure(() => {}));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[10] as number;
  return { cpu: median(empty.map((x) => x.cpu)), wall: median(empty.map((x) => x.wall)) };
})();

/** Runs `region` once and says how long it took. */
export function timed(region: () => void): Timing {
  const raw = measure(region);
  return { cpu: Math.max(0, raw.cpu - overhead.cpu), wall: Math.max(0, raw.wall - overhead.wall) };
}

/** As {@link timed}, for a region that awaits (json-rules-engine's `run` is async): CPU of the main thread. */
export async function timedAsync(region: () => Promise<unknown>): Promise<Timing> {
  const cpu = cpuMs();
  const wall = performance.now();
  await region();
  return {
    cpu: Math.max(0, cpuMs() - cpu - overhead.cpu),
    wall: Math.max(0, performance.now() - wall - overhead.wall),
  };
}

function collect(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const kept: unknown[] = [];

/** The bytes of heap that what `make` returns keeps alive, measured between two full collections. */
export function retainedBy(make: () => unknown): number {
  const before = collect();
  kept.push(make());
  const after = collect();
  kept.length = 0;
  return after - before;
}
