/**
 * The `transform` benchmark: what each kind of restructuring step costs as the state grows, against the
 * floor of doing the same change in place on a mutable graphology graph, measured in the same run.
 *
 * At each size (about 3,000 / 30,000 / 300,000 bodies), for each kind of step (absorb, establish,
 * consolidate, dissolve, transfer, move, rename, split, appoint, release, appointConcurrent, endConcurrent,
 * setQuota, cutStaff, setDeputies, reorganizeUnits; see `kinds/`), it picks K = bodies / 20 independent
 * steps spread over the state (fewer where the state has fewer candidates) and times:
 *   (a) tinhgon: the transformation step by step, each step a new persistent version with its change record;
 *   (b) floor: the same state changes on one mutable graphology graph with native maps for posts and
 *       relations (`floor/floor-graph.ts`): no versions, no change records, no checks.
 * Picking the steps, building the floor and moving tinhgon's tables back to the start (`start-state.ts`)
 * are outside the timed regions; a test checks that the floor ends in the same state as tinhgon for every
 * kind. Times are CPU time (see `measure.ts`), wall time is kept beside it in the JSON. It also measures
 * the retained heap of a whole state against 100 consecutive versions of it (99 absorbs), all alive.
 *
 *   pnpm --filter @tinhgon/bench bench:transform [--sizes small,medium,large] [--quick] [--kinds absorb,split]
 */
import { pathToFileURL } from 'node:url';
import { type OrgState, parseState } from '@tinhgon/core';
import { benchArgs, writeResults } from './bench-run.js';
import { FloorGraph } from './floor/floor-graph.js';
import { absorbBench } from './kinds/absorb.js';
import { KINDS } from './kinds/all-kinds.js';
import type { KindBench } from './kinds/kind-bench.js';
import { retainedBy, settle, type Timing, timed } from './measure.js';
import { DEFAULT_SEED, generateNationalState, SIZES, type SizeName } from './national-state.js';
import { startFrom } from './start-state.js';
import { type Summary, summarize } from './stats.js';

/** Steps run before the timed runs, so that both sides are compiled and warm. */
const WARM_UP_STEPS = 200;
/**
 * Steps timed per run at least: where K is smaller (the small size), a run times the K steps several
 * times over, each batch from the same start, so that a short batch's noise is outvoted.
 */
const STEPS_PER_RUN = 600;

function applyTinhgon<P>(
  kind: KindBench<P>,
  state: OrgState,
  steps: readonly P[],
  keep?: OrgState[],
): OrgState {
  let current = state;
  for (const step of steps) {
    current = kind.step(current, step).state;
    keep?.push(current);
  }
  return current;
}

function applyFloor<P>(kind: KindBench<P>, floor: FloorGraph, steps: readonly P[]): void {
  for (const step of steps) kind.floor(floor, step);
}

/** One kind of step at one size. */
export interface KindResult {
  readonly op: string;
  readonly steps: number;
  /** CPU milliseconds of the main thread per batch of the K steps. */
  readonly tinhgon: Summary;
  readonly floor: Summary;
  /** Median CPU microseconds per step. */
  readonly perStepUs: number;
  readonly floorPerStepUs: number;
  /** Wall-clock milliseconds per batch, for reference: on a loaded machine they mostly measure the load. */
  readonly tinhgonWall: Summary;
  readonly floorWall: Summary;
}

/**
 * One size. The top-level `tinhgon`, `floor`, `perStepUs` and `floorPerStepUs` are those of `absorb`
 * (`merges` steps), the kind the benchmark issue's targets are read from; `kinds` holds every kind.
 */
export interface SizeResult {
  readonly size: SizeName;
  readonly bodies: number;
  readonly merges: number;
  readonly tinhgon: Summary;
  readonly floor: Summary;
  readonly perStepUs: number;
  readonly floorPerStepUs: number;
  readonly heapOne: number;
  readonly heapHundred: number;
  readonly kinds: readonly KindResult[];
}

/** The small state, on which the floor's code is warmed up at every size (a floor of it is quick to build). */
let warmUpState: OrgState | undefined;

function runKind<P>(kind: KindBench<P>, state: OrgState, runs: number): KindResult {
  const steps = kind.pick(state, Math.floor(state.bodies.size / 20));
  if (steps.length === 0) throw new Error(`@tinhgon/bench/transform: no ${kind.op} steps found`);
  applyTinhgon(kind, state, steps.slice(0, WARM_UP_STEPS));
  warmUpState ??= parseState(generateNationalState(SIZES.small, DEFAULT_SEED));
  applyFloor(kind, FloorGraph.of(warmUpState), kind.pick(warmUpState, WARM_UP_STEPS));
  const batches = runs * Math.max(1, Math.ceil(STEPS_PER_RUN / steps.length));
  const tinhgon: Timing[] = [];
  const floor: Timing[] = [];
  for (let i = 0; i < batches; i += 1) {
    // A collection before each timed region, so that neither side pays for the other's garbage.
    startFrom(state);
    settle();
    tinhgon.push(timed(() => applyTinhgon(kind, state, steps)));
    const graph = FloorGraph.of(state);
    settle();
    floor.push(timed(() => applyFloor(kind, graph, steps)));
  }
  const t = summarize(tinhgon.map((x) => x.cpu));
  const f = summarize(floor.map((x) => x.cpu));
  return {
    op: kind.op,
    steps: steps.length,
    tinhgon: t,
    floor: f,
    perStepUs: (t.median / steps.length) * 1000,
    floorPerStepUs: (f.median / steps.length) * 1000,
    tinhgonWall: summarize(tinhgon.map((x) => x.wall)),
    floorWall: summarize(floor.map((x) => x.wall)),
  };
}

function runSize(size: SizeName, runs: number, kinds: readonly KindBench<unknown>[]): SizeResult {
  const state = parseState(generateNationalState(SIZES[size], DEFAULT_SEED));
  process.stderr.write(`[bench] ${size}: ${state.bodies.size} bodies\n`);
  const results: KindResult[] = [];
  for (const kind of kinds) {
    const result = runKind(kind, state, runs);
    process.stderr.write(
      `[bench] ${size} ${kind.op}: ${result.steps} steps, ${result.perStepUs.toFixed(1)} µs / ${result.floorPerStepUs.toFixed(1)} µs per step\n`,
    );
    results.push(result);
  }
  const absorbResult = results.find((r) => r.op === 'absorb') ?? runKind(absorbBench, state, runs);
  // Memory: one whole state against a hundred versions of it (the first and 99 absorbs), each built
  // from the document inside the measurement so that everything they hold is counted.
  const merges = absorbBench.pick(state, 99);
  const doc = generateNationalState(SIZES[size], DEFAULT_SEED);
  const heapOne = retainedBy(() => parseState(doc));
  const heapHundred = retainedBy(() => {
    const versions: OrgState[] = [parseState(doc)];
    applyTinhgon(absorbBench, versions[0] as OrgState, merges, versions);
    return versions;
  });
  return {
    size,
    bodies: state.bodies.size,
    merges: absorbResult.steps,
    tinhgon: absorbResult.tinhgon,
    floor: absorbResult.floor,
    perStepUs: absorbResult.perStepUs,
    floorPerStepUs: absorbResult.floorPerStepUs,
    heapOne,
    heapHundred,
    kinds: results,
  };
}

const time = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ms = (s: Summary) => `${time(s.median)} ms (${time(s.min)}–${time(s.max)})`;
const us = (x: number) => `${x.toFixed(1)} µs`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function renderTransform(results: readonly SizeResult[]): string {
  const lines = [
    '## Transformations: each kind step by step vs. the mutable floor',
    '',
    'For each kind, K independent steps spread over the state (K = bodies / 20, fewer where the state has fewer candidates). tinhgon calls the transformation step by step, each step a new persistent version with its change record; the floor makes the same state changes in place on one graphology graph with native maps for posts and relations (no versions, no change records, no checks; a test checks that both end in the same state). Times are CPU time of the main thread, so that other processes on a shared machine and the background threads of the garbage collector and the compiler do not count (see `bench/src/measure.ts`); the last column is the ratio in wall time, for reference. Median (min–max) over the timed batches of one process: each batch does the K steps from the same start (tinhgon’s shared tables are moved back to it before the timer, as the floor’s graph is built before it: see `bench/src/start-state.ts`), and at least 600 steps are timed per run, so the small size times its K steps four times over.',
    '',
    '| kind | size | steps | tinhgon | floor | ratio | per step: tinhgon | per step: floor | ratio (wall) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const ops = results[0]?.kinds.map((k) => k.op) ?? [];
  for (const op of ops) {
    for (const r of results) {
      const k = r.kinds.find((x) => x.op === op);
      if (k === undefined) continue;
      lines.push(
        `| ${op} | ${r.size} | ${k.steps} | ${ms(k.tinhgon)} | ${ms(k.floor)} | ${(k.tinhgon.median / k.floor.median).toFixed(2)}× | ${us(k.perStepUs)} | ${us(k.floorPerStepUs)} | ${(k.tinhgonWall.median / k.floorWall.median).toFixed(2)}× |`,
      );
    }
  }
  const first = results[0];
  const last = results[results.length - 1];
  if (first !== undefined && last !== undefined && first !== last) {
    lines.push(
      '',
      `### Per-step cost as the state grows: ${last.size} ÷ ${first.size}`,
      '',
      `| kind | ${results.map((r) => `tinhgon ${r.size}`).join(' | ')} | growth | floor growth |`,
      `|---|${results.map(() => '---:|').join('')}---:|---:|`,
    );
    for (const op of ops) {
      const at = (r: SizeResult) => r.kinds.find((x) => x.op === op);
      const a = at(first);
      const b = at(last);
      if (a === undefined || b === undefined) continue;
      lines.push(
        `| ${op} | ${results
          .map((r) => {
            const k = at(r);
            return k === undefined ? '' : us(k.perStepUs);
          })
          .join(
            ' | ',
          )} | ${(b.perStepUs / a.perStepUs).toFixed(2)}× | ${(b.floorPerStepUs / a.floorPerStepUs).toFixed(2)}× |`,
      );
    }
  }
  lines.push(
    '',
    '### Memory: one version against 100 versions alive (the first and 99 absorbs)',
    '',
    '| size | bodies | heap: 1 version | heap: 100 versions | ratio |',
    '|---|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.size} | ${r.bodies} | ${mb(r.heapOne)} | ${mb(r.heapHundred)} | ${(r.heapHundred / Math.max(r.heapOne, 1)).toFixed(2)}× |`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** Takes `--kinds a,b` out of the command line: the kinds to run (all by default) and the rest. */
function kindsArg(argv: readonly string[]): [readonly KindBench<unknown>[], string[]] {
  const at = argv.indexOf('--kinds');
  if (at === -1) return [KINDS, [...argv]];
  const names = (argv[at + 1] ?? '').split(',');
  for (const name of names) {
    if (!KINDS.some((kind) => kind.op === name))
      throw new Error(
        `@tinhgon/bench/transform: unknown kind "${name}"; use ${KINDS.map((kind) => kind.op).join(', ')}`,
      );
  }
  return [KINDS.filter((kind) => names.includes(kind.op)), [...argv.slice(0, at), ...argv.slice(at + 2)]];
}

export function main(argv: readonly string[]): number {
  const [kinds, rest] = kindsArg(argv);
  const args = benchArgs('transform', rest, 'results/transform.md');
  const results = args.sizes.map((size) => runSize(size, args.runs(size), kinds));
  writeResults(args.out, renderTransform(results), results);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
