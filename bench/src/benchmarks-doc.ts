/**
 * Regenerates docs/benchmarks.md: runs the load, transform, rules and national-reform benchmarks in one
 * process, then writes their tables, the machine, Node and package versions, and which targets of the
 * benchmark issue are met, each as a ratio measured in the same run.
 *
 *   pnpm bench:doc            all sizes (tens of minutes)
 *   pnpm bench:doc --quick    fewer repetitions
 *   pnpm bench:doc --quick --reuse load,transform
 *                             takes those parts from the results an earlier run of their own scripts left in
 *                             bench/results (same outputs), and says so in the document
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main as load } from './load.js';
import { type ReformResult, main as reform } from './national-reform.js';
import { type SizeResult as RulesResult, main as rules } from './rules.js';
import { type SizeResult as TransformResult, main as transform } from './transform.js';

const BENCH = fileURLToPath(new URL('..', import.meta.url));
const ROOT = resolve(BENCH, '..');

const read = (path: string): string => readFileSync(resolve(BENCH, path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

function version(pkg: string, dep: string): string {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, pkg, 'package.json'), 'utf8')) as {
    version?: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return dep === ''
    ? (manifest.version ?? '?')
    : (manifest.dependencies?.[dep] ?? manifest.devDependencies?.[dep] ?? '?');
}

interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const times = (x: number) => `${x.toFixed(2)}×`;

function targets(
  t: readonly TransformResult[],
  r: readonly RulesResult[],
  national: ReformResult | undefined,
): Target[] {
  const small = t.find((x) => x.size === 'small');
  const large = t.find((x) => x.size === 'large');
  const rulesLarge = r.find((x) => x.size === 'large') ?? r[r.length - 1];
  const out: Target[] = [];
  if (large !== undefined) {
    const ratios = large.kinds
      .map((k) => ({ op: k.op, ratio: k.tinhgon.median / k.floor.median }))
      .sort((a, b) => a.ratio - b.ratio);
    const within = ratios.filter((k) => k.ratio <= 3);
    const over = ratios.filter((k) => k.ratio > 3);
    out.push({
      target: 'a pure step at 300k ≤ 3× the mutable floor',
      measured: `${within.length} of ${ratios.length} kinds within: ${within.map((k) => `${k.op} ${times(k.ratio)}`).join(', ') || 'none'}; over: ${over.map((k) => `${k.op} ${times(k.ratio)}`).join(', ') || 'none'}`,
      met: over.length === 0,
    });
    if (small !== undefined) {
      const growth = large.kinds
        .map((k) => {
          const s = small.kinds.find((x) => x.op === k.op);
          return { op: k.op, growth: s === undefined ? Number.NaN : k.perStepUs / s.perStepUs };
        })
        .filter((g) => !Number.isNaN(g.growth))
        .sort((a, b) => b.growth - a.growth);
      const worst = growth[0];
      out.push({
        target: 'per-step cost at 300k ≤ 2× per-step cost at 3k',
        measured:
          worst === undefined
            ? 'no kinds measured'
            : `every kind ${times(worst.growth)} or less (largest: ${worst.op}; absorb ${times(large.perStepUs / small.perStepUs)})`,
        met: worst !== undefined && worst.growth <= 2,
      });
    }
    const memory = large.heapHundred / large.heapOne;
    out.push({
      target: '100 versions alive ≤ 2× the memory of one',
      measured: `${memory.toFixed(2)}× (${(large.heapHundred / 1e6).toFixed(0)} MB vs ${(large.heapOne / 1e6).toFixed(0)} MB)`,
      met: memory <= 2,
    });
  }
  if (national === undefined) {
    out.push({
      target: 'the national reform end to end (apply + rules + deltas) ≤ 3× the floor doing the apply alone',
      measured: 'not measured in this run',
      met: null,
    });
  } else {
    out.push({
      target: 'the national reform end to end (apply + rules + deltas) ≤ 3× the floor doing the apply alone',
      measured: `${national.ratioTotal.median.toFixed(1)}× on the ${national.scope} (${national.steps.toLocaleString('en-US')} steps: apply ${(national.apply.median / 1000).toFixed(1)} s, rules ${(national.rules.median / 1000).toFixed(1)} s, deltas ${(national.deltas.median / 1000).toFixed(1)} s vs the floor's ${(national.floor.median / 1000).toFixed(1)} s, CPU time of the main thread); the apply alone ${national.ratioApply.median.toFixed(1)}×; in wall time ${national.ratioWall.median.toFixed(1)}×`,
      met: national.ratioTotal.median <= 3,
    });
  }
  if (rulesLarge !== undefined) {
    const pack = rulesLarge.jre.median / rulesLarge.pack.median;
    const r1 = rulesLarge.jre.median / rulesLarge.r1.median;
    out.push({
      target: 'the rule pack ≥ 20× json-rules-engine’s throughput',
      measured: `${pack.toFixed(1)}× for the whole pack (13 rules) vs json-rules-engine's one rule; ${r1.toFixed(0)}× for the same division-minimum rule (${rulesLarge.size})`,
      met: pack >= 20,
    });
  }
  return out;
}

const PARTS = ['load', 'transform', 'rules', 'reform'] as const;

/** The parts named after `--reuse`; throws naming an unknown one. */
function reused(argv: readonly string[]): Set<string> {
  const at = argv.indexOf('--reuse');
  const names = at === -1 ? [] : (argv[at + 1] ?? '').split(',').filter((x) => x !== '');
  for (const name of names) {
    if (!(PARTS as readonly string[]).includes(name)) {
      throw new Error(`@tinhgon/bench/benchmarks-doc: --reuse ${name}: expected some of ${PARTS.join(', ')}`);
    }
  }
  return new Set(names);
}

export async function main(argv: readonly string[]): Promise<number> {
  const quick = argv.includes('--quick') ? ['--quick'] : [];
  const reuse = reused(argv);
  if (!reuse.has('load') && load([...quick, '--out', 'results/latest.md']) !== 0) return 1;
  if (!reuse.has('transform') && transform([...quick, '--out', 'results/transform.md']) !== 0) return 1;
  if (!reuse.has('rules') && (await rules([...quick, '--out', 'results/rules.md'])) !== 0) return 1;
  if (!reuse.has('reform') && reform([...quick, '--per-op', '--out', 'results/national-reform.md']) !== 0)
    return 1;
  const t = json<{ results: TransformResult[] }>('results/transform.json').results;
  const r = json<{ results: RulesResult[] }>('results/rules.json').results;
  const national = json<{ results: ReformResult[] }>('results/national-reform.json').results[0];
  const lines = [
    '# Benchmarks',
    '',
    'Regenerated by `pnpm bench:doc` (add `--quick` for fewer repetitions). Benchmarks are not tests: no timing is asserted anywhere in the test suite; CI runs a small, quick smoke run so the code cannot rot.',
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB. Node ${process.version}. @tinhgon/core ${version('packages/core', '')}, immutable ${version('packages/core', 'immutable')}, immer ${version('packages/core', 'immer')}, zod ${version('packages/core', 'zod')}, graphology ${version('packages/core', 'graphology')}, json-rules-engine ${version('bench', 'json-rules-engine')}. Mode: ${quick.length > 0 ? 'quick' : 'full'}.${reuse.size > 0 ? ` The ${[...reuse].join(' and ')} results come from an earlier run of their own script (\`--reuse\`), the rest from this one.` : ''} These machines are shared and noisy: read the ratios, which are measured in the same run, more than the absolute times.`,
    '',
    '## Targets',
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    ...targets(t, r, national).map(
      (x) =>
        `| ${x.target} | ${x.measured} | ${x.met === null ? 'not measured' : x.met ? 'yes' : '**no**'} |`,
    ),
    '',
    read('results/latest.md').replace(/^# /m, '## '),
    read('results/transform.md'),
    read('results/rules.md'),
    read('results/national-reform.md'),
  ];
  writeFileSync(resolve(ROOT, 'docs/benchmarks.md'), `${lines.join('\n')}\n`);
  process.stderr.write('[bench] wrote docs/benchmarks.md\n');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
