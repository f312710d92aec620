/**
 * The `transform` benchmark: what a restructuring step costs as the state grows, against the floor of doing
 * the same merges in place on a mutable graphology graph, measured in the same run.
 *
 * At each size (about 3,000 / 30,000 / 300,000 bodies) it makes K = bodies / 20 merges of sibling bodies of
 * the same kind (B absorbed into A: staff added, functions joined, children moved, B gone), and times:
 *   (a) tinhgon: `absorb` step by step, each step a new persistent version with its change record;
 *   (b) floor: the same merges on one mutable graphology graph (no versions, no lineage, no checks);
 * and the retained heap of a whole state against 100 consecutive versions of it, all alive.
 *
 *   pnpm --filter @tinhgon/bench bench:transform [--sizes small,medium,large] [--quick]
 */
import { pathToFileURL } from 'node:url';
import { absorb, type OrgState, parseState } from '@tinhgon/core';
import { DirectedGraph } from 'graphology';
import { benchArgs, writeResults } from './bench-run.js';
import { DEFAULT_SEED, generateNationalState, SIZES, type SizeName } from './national-state.js';
import { type Summary, summarize } from './stats.js';

interface Merge {
  readonly target: string;
  readonly source: string;
}

/** Pairs siblings of the same kind, parent by parent in id order: the second of each pair into the first. */
function pickMerges(state: OrgState, count: number): Merge[] {
  const merges: Merge[] = [];
  const parents = [...state.index.children.keys()].sort();
  for (const parent of parents) {
    const byKind = new Map<string, string[]>();
    for (const child of [...(state.index.children.get(parent) ?? [])].sort()) {
      const kind = state.bodies.get(child)?.kind ?? '';
      byKind.set(kind, [...(byKind.get(kind) ?? []), child]);
    }
    for (const siblings of byKind.values()) {
      for (let i = 0; i + 1 < siblings.length && merges.length < count; i += 2) {
        merges.push({ target: siblings[i] as string, source: siblings[i + 1] as string });
      }
    }
    if (merges.length >= count) break;
  }
  return merges;
}

function applyTinhgon(state: OrgState, merges: readonly Merge[], keep?: OrgState[]): OrgState {
  let current = state;
  for (const merge of merges) {
    current = absorb(current, {
      effective: '2025-07-01',
      target: merge.target,
      sources: [merge.source],
    }).state;
    keep?.push(current);
  }
  return current;
}

interface Attrs {
  quota: number;
  actual: number;
  functions: string[];
}

function buildFloor(state: OrgState): DirectedGraph<Attrs> {
  const graph = new DirectedGraph<Attrs>();
  for (const [id, body] of state.bodies)
    graph.addNode(`#${id}`, { quota: body.quota, actual: body.actual, functions: [...body.functions] });
  for (const [id, body] of state.bodies) if (body.parent !== null) graph.addEdge(`#${body.parent}`, `#${id}`);
  return graph;
}

function applyFloor(graph: DirectedGraph<Attrs>, merges: readonly Merge[]): void {
  for (const { target, source } of merges) {
    const a = `#${target}`;
    const b = `#${source}`;
    const into = graph.getNodeAttributes(a);
    const from = graph.getNodeAttributes(b);
    into.quota += from.quota;
    into.actual += from.actual;
    for (const tag of from.functions) if (!into.functions.includes(tag)) into.functions.push(tag);
    for (const child of graph.outNeighbors(b)) graph.addEdge(a, child);
    graph.dropNode(b);
  }
}

type Gc = () => void;
function collect(): number {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (gc === undefined) throw new Error('@tinhgon/bench/transform: run node with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
const kept: unknown[] = [];
function retainedBy(make: () => unknown): number {
  const before = collect();
  kept.push(make());
  const after = collect();
  kept.length = 0;
  return after - before;
}

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
}

function runSize(size: SizeName, runs: number): SizeResult {
  const state = parseState(generateNationalState(SIZES[size], DEFAULT_SEED));
  const merges = pickMerges(state, Math.floor(state.bodies.size / 20));
  process.stderr.write(`[bench] ${size}: ${state.bodies.size} bodies, ${merges.length} merges\n`);
  const tinhgon: number[] = [];
  const floor: number[] = [];
  applyTinhgon(state, merges.slice(0, Math.min(200, merges.length)));
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    applyTinhgon(state, merges);
    tinhgon.push(performance.now() - start);
    const graph = buildFloor(state);
    start = performance.now();
    applyFloor(graph, merges);
    floor.push(performance.now() - start);
  }
  // Memory: one whole state against a hundred versions of it (the first and 99 merges), each built
  // from the document inside the measurement so that everything they hold is counted.
  const doc = generateNationalState(SIZES[size], DEFAULT_SEED);
  const heapOne = retainedBy(() => parseState(doc));
  const heapHundred = retainedBy(() => {
    const versions: OrgState[] = [parseState(doc)];
    applyTinhgon(versions[0] as OrgState, merges.slice(0, 99), versions);
    return versions;
  });
  const t = summarize(tinhgon);
  const f = summarize(floor);
  return {
    size,
    bodies: state.bodies.size,
    merges: merges.length,
    tinhgon: t,
    floor: f,
    perStepUs: (t.median / merges.length) * 1000,
    floorPerStepUs: (f.median / merges.length) * 1000,
    heapOne,
    heapHundred,
  };
}

const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function renderTransform(results: readonly SizeResult[]): string {
  const lines = [
    '## Transformations: merges step by step vs. the mutable floor',
    '',
    'K = bodies / 20 absorbs of sibling bodies of the same kind. tinhgon keeps every version and writes a change record per step; the floor mutates one graphology graph. Median (min–max) over the runs of one process.',
    '',
    '| size | bodies | merges | tinhgon | floor | ratio | per step (tinhgon / floor) | heap: 1 version | heap: 100 versions | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size} | ${r.bodies} | ${r.merges} | ${ms(r.tinhgon)} | ${ms(r.floor)} | ${(r.tinhgon.median / r.floor.median).toFixed(2)}× | ${r.perStepUs.toFixed(1)} µs / ${r.floorPerStepUs.toFixed(1)} µs | ${mb(r.heapOne)} | ${mb(r.heapHundred)} | ${(r.heapHundred / Math.max(r.heapOne, 1)).toFixed(2)}× |`,
    );
  }
  const first = results[0];
  const last = results[results.length - 1];
  if (first !== undefined && last !== undefined && first !== last) {
    lines.push(
      '',
      `Per-step cost at ${last.size} is ${(last.perStepUs / first.perStepUs).toFixed(2)}× the per-step cost at ${first.size}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function main(argv: readonly string[]): number {
  const args = benchArgs('transform', argv, 'results/transform.md');
  const results = args.sizes.map((size) => runSize(size, args.runs(size)));
  writeResults(args.out, renderTransform(results), results);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
