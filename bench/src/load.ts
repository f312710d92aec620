/**
 * The `load` benchmark: how long reading a state takes, and how much memory one loaded state keeps, on
 * synthetic national-shaped states of about 3,000, 30,000 and 300,000 bodies, against plain `JSON.parse`
 * of the same text measured in the same run.
 *
 *   pnpm bench                                   all sizes, full repetitions → results/latest.md
 *   pnpm bench --sizes small,medium --quick      a subset, fewer repetitions
 *   pnpm --filter @tinhgon/bench bench:smoke     small only, quick → results/smoke.md
 *
 * Needs `node --expose-gc` (the package scripts pass it) for the retained-heap figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { graphOf, type OrgState, safeParseState } from '@tinhgon/core';
import { DEFAULT_SEED, generateNationalState, SIZES, type SizeName } from './national-state.js';
import { type Summary, summarize } from './stats.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The root whose subtree step (c) walks: the party's Central Committee, the largest tree. */
const ROOT_ID = 'tw';

/** Runs and warm-up runs per size: full, then `--quick`. */
const RUNS: Record<
  SizeName,
  { full: [runs: number, warmup: number]; quick: [runs: number, warmup: number] }
> = {
  small: { full: [30, 5], quick: [5, 1] },
  medium: { full: [15, 3], quick: [3, 1] },
  large: { full: [5, 1], quick: [2, 1] },
};

interface StepResult {
  readonly step: string;
  readonly ms: Summary;
}

interface SizeResult {
  readonly size: SizeName;
  readonly counts: {
    readonly bodies: number;
    readonly posts: number;
    readonly persons: number;
    readonly relations: number;
    readonly units: number;
  };
  readonly textBytes: number;
  readonly generateMs: number;
  readonly steps: readonly StepResult[];
  /** Retained heap in bytes, median of the memory runs. */
  readonly heap: { readonly json: number; readonly state: number; readonly graph: number };
}

type Gc = () => void;

function collect(): number {
  const gc = (globalThis as { gc?: Gc }).gc as Gc;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** What a memory measurement keeps alive on purpose, until the caller clears it. */
const kept: unknown[] = [];

/**
 * The heap that `make`'s result keeps, in bytes: `heapUsed` after full collections, before and after. The
 * result is held in {@link kept}; the call runs in its own frame so that no stale temporary of the caller
 * keeps an earlier result alive into the "before" reading.
 */
function retainedBy(make: () => unknown): number {
  const before = collect();
  kept.push(make());
  return collect() - before;
}

/** Times `fn` `runs` times after `warmup` untimed runs, in milliseconds. */
function timeRuns(runs: number, warmup: number, fn: () => unknown): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

function load(text: string): OrgState {
  const result = safeParseState(text);
  if (!result.ok) {
    throw new Error(
      `@tinhgon/bench/load: the generated state is invalid: ${JSON.stringify(result.issues[0])}`,
    );
  }
  return result.value;
}

/** A new state object with the same contents, so that `graphOf` builds a new view instead of reusing one. */
function freshCopy(state: OrgState): OrgState {
  return Object.freeze({ ...state });
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function runSize(size: SizeName, quick: boolean, seed: number): SizeResult {
  const [runs, warmup] = RUNS[size][quick ? 'quick' : 'full'];
  const memoryRuns = quick ? 1 : 3;

  const started = performance.now();
  const doc = generateNationalState(SIZES[size], seed);
  const text = JSON.stringify(doc);
  const generateMs = performance.now() - started;
  const counts = {
    bodies: doc.bodies.length,
    posts: doc.posts?.length ?? 0,
    persons: doc.persons?.length ?? 0,
    relations: doc.relations?.length ?? 0,
    units: doc.units?.length ?? 0,
  };
  progress(`${size}: ${counts.bodies} bodies, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB of JSON`);

  progress(`${size}: (a) JSON.parse × ${runs}`);
  const parse = timeRuns(runs, warmup, () => JSON.parse(text));
  progress(`${size}: (b) safeParseState × ${runs}`);
  const loadTimes = timeRuns(runs, warmup, () => load(text));
  progress(`${size}: (c) graph view build × ${runs}`);
  const state = load(text);
  const graph = timeRuns(runs, warmup, () => graphOf(freshCopy(state)).subtree(ROOT_ID));

  progress(`${size}: (d) retained heap × ${memoryRuns}`);
  const heapJson: number[] = [];
  const heapState: number[] = [];
  const heapGraph: number[] = [];
  for (let i = 0; i < memoryRuns; i += 1) {
    heapJson.push(retainedBy(() => JSON.parse(text)));
    kept.length = 0;
    heapState.push(retainedBy(() => load(text)));
    const loaded = kept[0] as OrgState;
    heapGraph.push(retainedBy(() => graphOf(loaded).subtree(ROOT_ID).length));
    kept.length = 0;
  }

  return {
    size,
    counts,
    textBytes: Buffer.byteLength(text),
    generateMs,
    steps: [
      { step: '(a) `JSON.parse(text)`', ms: summarize(parse) },
      { step: '(b) `safeParseState(text)`', ms: summarize(loadTimes) },
      { step: '(c) `graphOf(fresh).subtree(root)`', ms: summarize(graph) },
    ],
    heap: {
      json: summarize(heapJson).median,
      state: summarize(heapState).median,
      graph: summarize(heapGraph).median,
    },
  };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n >= 100 ? int(n) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;

/** The results as markdown: a table of the documents, of timings, and of retained heap. */
export function renderMarkdown(results: readonly SizeResult[], meta: Record<string, string>): string {
  const lines: string[] = [];
  lines.push('# Load benchmark', '');
  lines.push(
    Object.entries(meta)
      .map(([key, value]) => `${key}: ${value}`)
      .join(' · '),
    '',
  );
  lines.push('| size | bodies | posts | persons | relations | units | JSON text (MiB) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const c = r.counts;
    lines.push(
      `| ${r.size} | ${int(c.bodies)} | ${int(c.posts)} | ${int(c.persons)} | ${int(c.relations)} | ${int(c.units)} | ${mb(r.textBytes)} |`,
    );
  }
  lines.push('');
  lines.push('Time in milliseconds: median, interquartile range, min–max over the runs; × = median against');
  lines.push('the median of `JSON.parse` of the same text in the same run.', '');
  lines.push('| size | step | median ms | IQR ms | min–max ms | runs | × JSON.parse | µs / body |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const base = r.steps[0]?.ms.median ?? Number.NaN;
    for (const { step, ms: s } of r.steps) {
      lines.push(
        `| ${r.size} | ${step} | ${ms(s.median)} | ${ms(s.q1)}–${ms(s.q3)} | ${ms(s.min)}–${ms(s.max)} | ${s.n} | ${ratio(s.median, base)} | ${((s.median * 1000) / r.counts.bodies).toFixed(2)} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    'Retained heap (`heapUsed` after `gc()`, before and after, median of the memory runs); × = against',
  );
  lines.push('the plain object tree `JSON.parse` makes of the same text.', '');
  lines.push(
    '| size | (d) JSON.parse tree MiB | loaded state MiB | × JSON.parse | + graph view MiB | state + view × JSON.parse | bytes / body (state) |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const { json, state, graph } = r.heap;
    lines.push(
      `| ${r.size} | ${mb(json)} | ${mb(state)} | ${ratio(state, json)} | ${mb(graph)} | ${ratio(state + graph, json)} | ${int(state / r.counts.bodies)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

function usage(): string {
  return [
    'usage: load [--sizes small,medium,large] [--quick] [--seed N] [--out results/latest.md]',
    '  --sizes  comma-separated sizes to run (default: all three)',
    '  --quick  fewer repetitions',
    '  --seed   generator seed (default 20251122)',
    '  --out    markdown file to write, relative to the bench package; a .json beside it gets the raw numbers',
  ].join('\n');
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: 'small,medium,large' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string', default: 'results/latest.md' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const sizes = values.sizes.split(',').map((s) => s.trim()) as SizeName[];
  const unknown = sizes.filter((s) => !(s in SIZES));
  const seed = Number(values.seed);
  if (unknown.length > 0 || sizes.length === 0 || !Number.isInteger(seed)) {
    process.stderr.write(`@tinhgon/bench/load: bad --sizes or --seed\n${usage()}\n`);
    return 2;
  }
  if (typeof (globalThis as { gc?: Gc }).gc !== 'function') {
    process.stderr.write('@tinhgon/bench/load: run with `node --expose-gc` (the package scripts do)\n');
    return 2;
  }

  const results = sizes.map((size) => runSize(size, values.quick, seed));
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    seed: String(seed),
    mode: values.quick ? 'quick' : 'full',
  };
  const markdown = renderMarkdown(results, meta);
  process.stdout.write(`${markdown}\n`);

  const out = resolve(PACKAGE_DIR, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  writeFileSync(
    out.endsWith('.md') ? out.replace(/\.md$/, '.json') : `${out}.json`,
    `${JSON.stringify({ meta, results }, null, 2)}\n`,
  );
  progress(`wrote ${out}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
