/**
 * The `rules` benchmark: the whole Vietnam rule pack over synthetic national-shaped states, each of its
 * rules alone, and the division-minimum rule (R1) alone against json-rules-engine evaluating the same rule
 * on the same bodies in the same run.
 *
 *   pnpm --filter @tinhgon/bench bench:rules [--sizes small,medium,large] [--quick]
 *
 * Every timed evaluation is the first on its state. What an evaluation derives from a state is cached per
 * state object (the graph view of `graphOf`) or per evaluation (the rule context's lookups), so timing
 * the same state again would measure warm caches a user re-checking a changed state never has. Each run
 * therefore gets a fresh state object, `{ ...state }`: the same persistent maps under a new identity, so
 * nothing cached for an earlier state is found, as for the new state a transformation returns.
 */
import { pathToFileURL } from 'node:url';
import { appraiseChange, checkState, type OrgState, parseState, type Rule } from '@tinhgon/core';
import { minDivisionStaff, vnRuleSet } from '@tinhgon/vn';
import { Engine } from 'json-rules-engine';
import { benchArgs, writeResults } from './bench-run.js';
import { timedAsync } from './measure.js';
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

/** A state no evaluation has seen: the same maps under a new object, so no per-state cache applies. */
const fresh = (state: OrgState): OrgState => Object.freeze({ ...state });

/**
 * Times `fn` on a fresh copy of `state` each run, after one untimed run to warm the JIT: CPU time of the
 * main thread, as the other benchmarks, so that other processes on a shared machine do not count.
 */
async function time(runs: number, state: OrgState, fn: (state: OrgState) => unknown): Promise<number[]> {
  await fn(fresh(state));
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const copy = fresh(state);
    samples.push((await timedAsync(async () => fn(copy))).cpu);
  }
  return samples;
}

export interface SizeResult {
  readonly size: SizeName;
  readonly bodies: number;
  readonly divisions: number;
  readonly findings: number;
  readonly findingsR1: number;
  readonly jreFailures: number;
  readonly pack: Summary;
  readonly r1: Summary;
  readonly jre: Summary;
  /** Each rule of the pack alone, by id, in pack order. */
  readonly rules: Readonly<Record<string, Summary>>;
}

async function runSize(size: SizeName, runs: number): Promise<SizeResult> {
  const state = parseState(generateNationalState(SIZES[size], DEFAULT_SEED));
  const divisions = [...state.bodies.values()].filter((b) => b.kind === 'division').length;
  process.stderr.write(`[bench] ${size}: ${state.bodies.size} bodies, ${divisions} divisions\n`);
  const options = { date: DATE, parameters: vnRuleSet.parameters };
  const appraise = (rules: readonly Rule[]) => (s: OrgState) => appraiseChange(s, s, [], rules, options);
  const findings = appraise(vnRuleSet.rules)(fresh(state)).findings.length;
  const findingsR1 = checkState(fresh(state), [minDivisionStaff], options).length;
  const engine = jreEngine();
  const jreFailures = await runJre(engine, state);
  const pack = await time(runs, state, appraise(vnRuleSet.rules));
  const r1 = await time(runs, state, (s) => checkState(s, [minDivisionStaff], options));
  const jre = await time(runs, state, () => runJre(engine, state));
  const rules: Record<string, Summary> = {};
  for (const rule of vnRuleSet.rules) rules[rule.id] = summarize(await time(runs, state, appraise([rule])));
  return {
    size,
    bodies: state.bodies.size,
    divisions,
    findings,
    findingsR1,
    jreFailures,
    pack: summarize(pack),
    r1: summarize(r1),
    jre: summarize(jre),
    rules,
  };
}

const ms = (s: Summary) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const perSecond = (bodies: number, s: Summary) =>
  `${((bodies / s.median) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })}/s`;

const ratio = (jre: Summary, ours: Summary) => `${(jre.median / ours.median).toFixed(1)}×`;

export function renderRules(results: readonly SizeResult[]): string {
  const lines = [
    '## Rules: the Vietnam pack, and R1 against json-rules-engine',
    '',
    `Evaluated on ${DATE}. "pack" is every rule of \`vnRuleSet\` (state rules on the state, transition rules on an empty change); "R1" is the division minimum alone; json-rules-engine runs the same rule (a division of a department or sub-department with quota < 5) once per body, with the parent's kind given as a fact. Every timed evaluation is the first on its state (a fresh state object each run, so no per-state cache is warm). Times are CPU time of the main thread (see \`bench/src/measure.ts\`); throughput is bodies per second; median (min–max). A size with no divisions would have no R1 ratio (n/a).`,
    '',
    '| size | bodies | divisions | findings (pack) | R1 fails (tinhgon / jre) | pack | R1 | json-rules-engine | pack throughput | R1 throughput | jre throughput | jre ÷ pack | jre ÷ R1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const r1Ratio = r.divisions === 0 ? 'n/a' : `${(r.jre.median / r.r1.median).toFixed(0)}×`;
    lines.push(
      `| ${r.size} | ${r.bodies} | ${r.divisions} | ${r.findings} | ${r.findingsR1} / ${r.jreFailures} | ${ms(r.pack)} | ${ms(r.r1)} | ${ms(r.jre)} | ${perSecond(r.bodies, r.pack)} | ${r.divisions === 0 ? 'n/a' : perSecond(r.bodies, r.r1)} | ${perSecond(r.bodies, r.jre)} | ${ratio(r.jre, r.pack)} | ${r1Ratio} |`,
    );
  }
  lines.push(
    '',
    '### Where the time goes: each rule alone',
    '',
    'Median time of `appraiseChange` with one rule of the pack, on a fresh state each run. A rule alone pays the reads it shares with the others in the pack (one pass over the bodies, one over the posts), so the rules add up to more than the pack. Rules not in force on the date, and transition rules on an empty change, judge nothing.',
    '',
    `| rule | ${results.map((r) => r.size).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
  );
  for (const id of Object.keys(results[0]?.rules ?? {})) {
    lines.push(
      `| ${id} | ${results.map((r) => `${(r.rules[id]?.median ?? Number.NaN).toFixed(1)} ms`).join(' | ')} |`,
    );
  }
  lines.push(`| whole pack | ${results.map((r) => `${r.pack.median.toFixed(1)} ms`).join(' | ')} |`);
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
