/**
 * The `rules` benchmark: the whole Vietnam rule pack over synthetic national-shaped states, and the
 * division-minimum rule (R1) alone, against json-rules-engine evaluating the same rule on the same bodies
 * in the same run.
 *
 *   pnpm --filter @tinhgon/bench bench:rules [--sizes small,medium,large] [--quick]
 */
import { pathToFileURL } from 'node:url';
import { appraiseChange, checkState, type OrgState, parseState } from '@tinhgon/core';
import { minDivisionStaff, vnRuleSet } from '@tinhgon/vn';
import { Engine } from 'json-rules-engine';
import { benchArgs, writeResults } from './bench-run.js';
import { DEFAULT_SEED, generateNationalState, SIZES, type SizeName } from './national-state.js';
import { type Summary, summarize } from './stats.js';

const DATE = '2019-06-30';

/**
 * json-rules-engine with the division minimum as a JSON rule: a division of a department (or of a
 * sub-department) with a quota under 5, the same scope and bound as R1 before 2025.
 */
function jreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    conditions: {
      all: [
        { fact: 'kind', operator: 'equal', value: 'division' },
        { fact: 'parentKind', operator: 'in', value: ['department', 'sub-department'] },
        { fact: 'quota', operator: 'lessThan', value: 5 },
      ],
    },
    event: { type: 'min-division-staff', params: { limit: 5 } },
  });
  return engine;
}

async function runJre(engine: Engine, state: OrgState): Promise<number> {
  let failures = 0;
  for (const body of state.bodies.values()) {
    const parentKind = body.parent === null ? null : (state.bodies.get(body.parent)?.kind ?? null);
    const { events } = await engine.run({ kind: body.kind, parentKind, quota: body.quota, id: body.id });
    failures += events.length;
  }
  return failures;
}

async function time(runs: number, fn: () => unknown): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface SizeResult {
  readonly size: SizeName;
  readonly bodies: number;
  readonly divisions: number;
  readonly findingsR1: number;
  readonly jreFailures: number;
  readonly pack: Summary;
  readonly r1: Summary;
  readonly jre: Summary;
}

async function runSize(size: SizeName, runs: number): Promise<SizeResult> {
  const state = parseState(generateNationalState(SIZES[size], DEFAULT_SEED));
  const divisions = [...state.bodies.values()].filter((b) => b.kind === 'division').length;
  process.stderr.write(`[bench] ${size}: ${state.bodies.size} bodies, ${divisions} divisions\n`);
  const options = { date: DATE, parameters: vnRuleSet.parameters };
  const findingsR1 = checkState(state, [minDivisionStaff], options).length;
  const engine = jreEngine();
  const jreFailures = await runJre(engine, state);
  const pack = await time(runs, () => appraiseChange(state, state, [], vnRuleSet.rules, options));
  const r1 = await time(runs, () => checkState(state, [minDivisionStaff], options));
  const jre = await time(runs, () => runJre(engine, state));
  return {
    size,
    bodies: state.bodies.size,
    divisions,
    findingsR1,
    jreFailures,
    pack: summarize(pack),
    r1: summarize(r1),
    jre: summarize(jre),
  };
}

const ms = (s: Summary) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const perSecond = (bodies: number, s: Summary) =>
  `${((bodies / s.median) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })}/s`;

export function renderRules(results: readonly SizeResult[]): string {
  const lines = [
    '## Rules: the Vietnam pack, and R1 against json-rules-engine',
    '',
    `Evaluated on ${DATE}. "pack" is every rule of \`vnRuleSet\` (state rules on the state, transition rules on an empty change); "R1" is the division minimum alone; json-rules-engine runs the same rule (a division of a department or sub-department with quota < 5) once per body, with the parent's kind given as a fact. Throughput is bodies per second; median (min–max).`,
    '',
    '| size | bodies | divisions | R1 fails (tinhgon / jre) | pack | R1 | json-rules-engine | R1 throughput | jre throughput | R1 ÷ jre |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size} | ${r.bodies} | ${r.divisions} | ${r.findingsR1} / ${r.jreFailures} | ${ms(r.pack)} | ${ms(r.r1)} | ${ms(r.jre)} | ${perSecond(r.bodies, r.r1)} | ${perSecond(r.bodies, r.jre)} | ${(r.jre.median / r.r1.median).toFixed(0)}× |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = benchArgs('rules', argv, 'results/rules.md');
  const results: SizeResult[] = [];
  for (const size of args.sizes) results.push(await runSize(size, args.runs(size)));
  writeResults(args.out, renderRules(results), results);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
