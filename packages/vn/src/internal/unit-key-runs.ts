import { equalKeyRuns, fnv1a } from './key-runs.js';

/**
 * Grouping items by admin unit and a small key (a level and a function group, numbered), where the items
 * come in the order of a state's bodies. A state lists a unit's bodies together (they are made unit by
 * unit), so the caller, reading the bodies, cuts the items into stretches of one unit by comparing each
 * body's unit with the one before. Only the stretches are hashed and grouped by unit, through
 * {@link equalKeyRuns}, which finds a unit that comes back after another's stretch; within a unit the items
 * are grouped by key in a table indexed by the key itself, with no hashing at all. On a national state
 * that is 100,000 hashes rather than 300,000.
 */

/**
 * Items `0 … count - 1` cut into stretches of one unit: stretch `s` is the items from `starts[s]` up to
 * the next stretch's start (or `count`), all in unit `units[s]`. A unit may have several stretches.
 */
export interface UnitStretches {
  readonly count: number;
  readonly starts: readonly number[];
  readonly units: readonly string[];
}

/** Items of one unit and one key, two or more, in ascending order. */
export interface UnitKeyRun {
  readonly unit: string;
  readonly items: number[];
}

/**
 * The items with the same unit and key (`keys[i]`, an integer from 0 to `keyCount - 1`), in runs of two
 * or more. The runs of one unit come one after another, by ascending key.
 */
export function unitKeyRuns(
  stretches: UnitStretches,
  keys: ArrayLike<number>,
  keyCount: number,
): UnitKeyRun[] {
  return runsByKey(stretches, unitsOfStretches(stretches), keys, keyCount);
}

/**
 * The units, each as the stretches that hold its items (ascending): unit `u` is the stretches
 * `order[bounds[u]]` to `order[bounds[u + 1] - 1]`. A unit with one stretch, the usual case, comes where
 * its stretch does; one with several comes where its first does.
 */
interface StretchUnits {
  readonly count: number;
  readonly order: Int32Array;
  readonly bounds: Int32Array;
}

function unitsOfStretches({ starts, units }: UnitStretches): StretchUnits {
  const stretches = starts.length;
  const hashes = new Uint32Array(stretches);
  for (let s = 0; s < stretches; s += 1) hashes[s] = fnv1a(units[s] as string);
  const joined = equalKeyRuns(stretches, hashes, (a, b) => units[a] === units[b]);
  const order = new Int32Array(stretches);
  const bounds = new Int32Array(stretches + 1);
  if (joined.length === 0) {
    for (let s = 0; s < stretches; s += 1) order[s] = s;
    for (let s = 0; s <= stretches; s += 1) bounds[s] = s;
    return { count: stretches, order, bounds };
  }
  const later = new Uint8Array(stretches);
  for (const run of joined) for (let k = 1; k < run.length; k += 1) later[run[k] as number] = 1;
  const withLater = new Map(joined.map((run) => [run[0] as number, run]));
  let count = 0;
  let at = 0;
  for (let s = 0; s < stretches; s += 1) {
    if (later[s] === 1) continue;
    bounds[count] = at;
    count += 1;
    for (const t of withLater.get(s) ?? [s]) {
      order[at] = t;
      at += 1;
    }
  }
  bounds[count] = at;
  return { count, order, bounds };
}

/** The runs of {@link unitKeyRuns}: unit by unit, the items of each key chained in a table by key. */
function runsByKey(
  stretches: UnitStretches,
  { count, order, bounds }: StretchUnits,
  keys: ArrayLike<number>,
  keyCount: number,
): UnitKeyRun[] {
  const { starts, units } = stretches;
  const last = starts.length - 1;
  // Per key, the unit it was last seen in (`seen`), and the first and last item of its chain there; the
  // items of a chain are linked by `next`.
  const seen = new Int32Array(keyCount).fill(-1);
  const first = new Int32Array(keyCount);
  const tail = new Int32Array(keyCount);
  const next = new Int32Array(stretches.count);
  const repeated: number[] = [];
  const runs: UnitKeyRun[] = [];
  for (let unit = 0; unit < count; unit += 1) {
    for (let k = bounds[unit] as number; k < (bounds[unit + 1] as number); k += 1) {
      const s = order[k] as number;
      const end = s === last ? stretches.count : (starts[s + 1] as number);
      for (let i = starts[s] as number; i < end; i += 1) {
        const key = keys[i] as number;
        next[i] = -1;
        if (seen[key] !== unit) {
          seen[key] = unit;
          first[key] = i;
        } else {
          if (first[key] === tail[key]) repeated.push(key);
          next[tail[key] as number] = i;
        }
        tail[key] = i;
      }
    }
    if (repeated.length > 0) {
      if (repeated.length > 1) repeated.sort((a, b) => a - b);
      const name = units[order[bounds[unit] as number] as number] as string;
      for (const key of repeated) {
        const items: number[] = [];
        for (let i = first[key] as number; i !== -1; i = next[i] as number) items.push(i);
        runs.push({ unit: name, items });
      }
      repeated.length = 0;
    }
  }
  return runs;
}
