/**
 * The `national-reform` benchmark (issue #9): the 1 July 2025 reform end to end at national scale, against
 * the floor of the same steps done in place on a mutable graphology graph, in the same process.
 *
 * Baseline: the pre-2025 country of `buildNationalState` (63 provinces, 696 districts, 10,035 communes,
 * 115,980 bodies), with a head post in every body (held where the body has positions, vacant where it has
 * none) and a held deputy post in every People's Committee, so that posts move as they would. The plan is
 * `reform2025Scenario` of `@tinhgon/vn` (50,591 steps for the whole country). Timed, each run:
 *   (a) tinhgon: `runScenario` (apply), then the whole Vietnam pack on the reform's date (`appraiseChange`:
 *       state rules on the final state, transition rules on the run's log), then the deltas (`bodyDeltas`,
 *       `aggregate` by level, `headcountBridge` by level);
 *   (b) floor: the same steps on one mutable graphology graph, the transform benchmark's `FloorGraph`
 *       (`floor/scenario-steps.ts`): the same state changes, no validation, no versions, no change records.
 *       Its graph is built from the baseline before the timer, as tinhgon's shared tables are moved back to
 *       the baseline before its timer (`start-state.ts`: a run starts where the last one left them).
 * The floor's final graph is checked against tinhgon's final state (`floor/snapshot.ts`: bodies, posts,
 * relations, units, persons) before anything is reported; a difference stops the benchmark.
 *
 *   pnpm --filter @tinhgon/bench bench:reform [--provinces 02,08] [--quick] [--per-op] [--out results/…md]
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  aggregate,
  applyStep,
  appraiseChange,
  bodyDeltas,
  bridgeBalances,
  headcountBridge,
  type OrgState,
  parseScenario,
  parseState,
  runScenario,
  type Scenario,
  type ScenarioRun,
} from '@tinhgon/core';
import { nationalStateJson, REFORM_2025_DATE, reform2025Scenario, vnRuleSet } from '@tinhgon/vn';
import { writeResults } from './bench-run.js';
import { FloorGraph } from './floor/floor-graph.js';
import { applyFloorSteps } from './floor/scenario-steps.js';
import { floorSnapshot, snapshotDifferences, stateSnapshot } from './floor/snapshot.js';
import { settle, type Timing, timed } from './measure.js';
import { startFrom } from './start-state.js';
import { type Summary, summarize } from './stats.js';

/** The pre-2025 bodies of the provinces (all by default) with leadership posts (see the file comment). */
export function reformBaseline(provinces?: readonly string[]): OrgState {
  const doc = nationalStateJson({ era: 'pre-2025', ...(provinces === undefined ? {} : { provinces }) });
  const persons: { id: string; name: string }[] = [];
  const posts: NonNullable<typeof doc.posts> = [];
  const person = (id: string, name: string) => {
    persons.push({ id, name });
    return id;
  };
  for (const body of doc.bodies) {
    const holder = body.quota > 0 ? person(`p.${body.id}`, `Người đứng đầu ${body.name}`) : null;
    posts.push({ id: `${body.id}.head`, body: body.id, role: 'head', holder });
    if (body.kind === 'peoples-committee') {
      const deputy = person(`p.${body.id}.deputy`, `Phó ${body.name}`);
      posts.push({ id: `${body.id}.deputy`, body: body.id, role: 'deputy', holder: deputy });
    }
  }
  return parseState({ ...doc, persons, posts });
}

/** What tinhgon's end-to-end pass gives, with the time of each part (CPU and wall, see `measure.ts`). */
export interface TinhgonPass {
  readonly run: ScenarioRun;
  readonly findings: number;
  readonly blocking: number;
  readonly bridgeBalances: boolean;
  readonly ms: { readonly apply: Timing; readonly rules: Timing; readonly deltas: Timing };
}

/**
 * (a): apply, the rule pack and the deltas, each timed. Nothing is collected between the parts: the
 * garbage one part leaves is collected, and counted, in the next, as it would be in an application.
 */
export function tinhgonPass(baseline: OrgState, plan: Scenario): TinhgonPass {
  let run: ScenarioRun | undefined;
  startFrom(baseline);
  const apply = timed(() => {
    run = runScenario(baseline, plan);
  });
  const done = run as unknown as ScenarioRun;
  let appraisal: ReturnType<typeof appraiseChange> | undefined;
  const rules = timed(() => {
    appraisal = appraiseChange(done.baseline, done.final, done.log, vnRuleSet.rules, {
      date: REFORM_2025_DATE,
      parameters: vnRuleSet.parameters,
    });
  });
  let balances = false;
  const deltas = timed(() => {
    bodyDeltas(done.baseline, done.final, done.log);
    aggregate(done.baseline, done.final, 'level');
    balances = headcountBridge(done, 'level', 'quota').every(bridgeBalances);
  });
  const found = appraisal as unknown as ReturnType<typeof appraiseChange>;
  return {
    run: done,
    findings: found.findings.length,
    blocking: found.blocking,
    bridgeBalances: balances,
    ms: { apply, rules, deltas },
  };
}

/** (b): the floor's graph built (untimed), then the steps done in place (timed). */
export function floorPass(baseline: OrgState, plan: Scenario): { floor: FloorGraph; ms: Timing } {
  const floor = FloorGraph.of(baseline);
  settle();
  const ms = timed(() => applyFloorSteps(floor, plan.steps));
  return { floor, ms };
}

/** Differences between the floor's result and tinhgon's final state; empty when they agree. */
export function floorDifferences(baseline: OrgState, plan: Scenario, final: OrgState): string[] {
  const floor = FloorGraph.of(baseline);
  applyFloorSteps(floor, plan.steps);
  return snapshotDifferences(stateSnapshot(final), floorSnapshot(floor));
}

const opCounts = (plan: Scenario): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const step of plan.steps) out[step.op] = (out[step.op] ?? 0) + 1;
  return out;
};

const levels = (state: OrgState, what: 'units' | 'quota'): Record<string, number> => {
  const out: Record<string, number> = {};
  if (what === 'units') for (const u of state.units.values()) out[u.level] = (out[u.level] ?? 0) + 1;
  else for (const b of state.bodies.values()) out[b.level] = (out[b.level] ?? 0) + b.quota;
  return out;
};

/** Time per op: tinhgon step by step with `applyStep` (which checks each step's parameters), and the floor. */
function perOp(
  baseline: OrgState,
  plan: Scenario,
): Record<string, { steps: number; tinhgon: number; floor: number }> {
  const out: Record<string, { steps: number; tinhgon: number; floor: number }> = {};
  let state = baseline;
  for (const step of plan.steps) {
    const start = performance.now();
    state = applyStep(state, step).state;
    const row = out[step.op] ?? { steps: 0, tinhgon: 0, floor: 0 };
    out[step.op] = row;
    row.steps += 1;
    row.tinhgon += performance.now() - start;
  }
  const floor = FloorGraph.of(baseline);
  settle();
  for (const step of plan.steps) {
    const start = performance.now();
    applyFloorSteps(floor, [step]);
    (out[step.op] as { floor: number }).floor += performance.now() - start;
  }
  return out;
}

export interface ReformResult {
  readonly scope: string;
  readonly provinces: number;
  readonly steps: number;
  readonly ops: Record<string, number>;
  readonly units: { readonly before: Record<string, number>; readonly after: Record<string, number> };
  readonly bodies: { readonly before: number; readonly after: number };
  readonly posts: { readonly before: number; readonly after: number };
  readonly quota: { readonly before: Record<string, number>; readonly after: Record<string, number> };
  readonly findings: number;
  readonly blocking: number;
  readonly bridgeBalances: boolean;
  readonly checked: {
    readonly bodies: number;
    readonly posts: number;
    readonly relations: number;
    readonly units: number;
  };
  readonly parse: Summary;
  readonly apply: Summary;
  readonly rules: Summary;
  readonly deltas: Summary;
  readonly total: Summary;
  readonly floor: Summary;
  readonly ratioTotal: Summary;
  readonly ratioApply: Summary;
  /** The end-to-end ratio in wall time, for reference. */
  readonly ratioWall: Summary;
  readonly perOp?: Record<string, { steps: number; tinhgon: number; floor: number }>;
}

/** Runs the benchmark on a scope: `runs` timed passes of (a) and (b), after a check that they agree. */
export function runReform(
  provinces: readonly string[] | undefined,
  runs: number,
  withPerOp = false,
): ReformResult {
  const baseline = reformBaseline(provinces);
  const plan = parseScenario(reform2025Scenario(baseline));
  const scope = provinces === undefined ? 'whole country' : provinces.join(', ');
  process.stderr.write(
    `[bench] reform (${scope}): ${baseline.bodies.size} bodies, ${plan.steps.length} steps\n`,
  );
  // Warm-up on two provinces (the floor's code needs a few passes to be optimised).
  const small = reformBaseline(['02', '08']);
  const smallPlan = parseScenario(reform2025Scenario(small));
  tinhgonPass(small, smallPlan);
  for (let i = 0; i < 5; i += 1) floorPass(small, smallPlan);
  const samples = {
    parse: [] as number[],
    apply: [] as number[],
    rules: [] as number[],
    deltas: [] as number[],
  };
  const totals: number[] = [];
  const floors: number[] = [];
  const wallRatios: number[] = [];
  let facts:
    | Omit<
        ReformResult,
        keyof typeof samples | 'total' | 'floor' | 'ratioTotal' | 'ratioApply' | 'ratioWall' | 'perOp'
      >
    | undefined;
  for (let i = 0; i < runs; i += 1) {
    settle();
    samples.parse.push(timed(() => parseScenario(plan)).cpu);
    settle();
    const pass = tinhgonPass(baseline, plan);
    const { apply, rules, deltas } = pass.ms;
    samples.apply.push(apply.cpu);
    samples.rules.push(rules.cpu);
    samples.deltas.push(deltas.cpu);
    totals.push(apply.cpu + rules.cpu + deltas.cpu);
    const floor = floorPass(baseline, plan);
    floors.push(floor.ms.cpu);
    wallRatios.push((apply.wall + rules.wall + deltas.wall) / floor.ms.wall);
    process.stderr.write(
      `[bench] run ${i + 1}/${runs}: tinhgon ${totals.at(-1)?.toFixed(0)} ms CPU (apply ${apply.cpu.toFixed(0)}, rules ${rules.cpu.toFixed(0)}, deltas ${deltas.cpu.toFixed(0)}), floor ${floor.ms.cpu.toFixed(0)} ms; wall ratio ${wallRatios.at(-1)?.toFixed(1)}×\n`,
    );
    // After the first run, untimed: the floor must have done what tinhgon did.
    if (facts === undefined) {
      const final = pass.run.final;
      const differences = snapshotDifferences(stateSnapshot(final), floorSnapshot(floor.floor));
      if (differences.length > 0) {
        throw new Error(
          `@tinhgon/bench/national-reform: the floor differs from tinhgon:\n${differences.join('\n')}`,
        );
      }
      facts = {
        scope,
        provinces: levels(baseline, 'units').province ?? 0,
        steps: plan.steps.length,
        ops: opCounts(plan),
        units: { before: levels(baseline, 'units'), after: levels(final, 'units') },
        bodies: { before: baseline.bodies.size, after: final.bodies.size },
        posts: { before: baseline.posts.size, after: final.posts.size },
        quota: { before: levels(baseline, 'quota'), after: levels(final, 'quota') },
        findings: pass.findings,
        blocking: pass.blocking,
        bridgeBalances: pass.bridgeBalances,
        checked: {
          bodies: final.bodies.size,
          posts: final.posts.size,
          relations: final.relations.size,
          units: final.units.size,
        },
      };
    }
  }
  if (facts === undefined) throw new Error('@tinhgon/bench/national-reform: runs must be at least 1');
  return {
    ...facts,
    parse: summarize(samples.parse),
    apply: summarize(samples.apply),
    rules: summarize(samples.rules),
    deltas: summarize(samples.deltas),
    total: summarize(totals),
    floor: summarize(floors),
    ratioTotal: summarize(totals.map((t, i) => t / (floors[i] as number))),
    ratioApply: summarize(samples.apply.map((t, i) => t / (floors[i] as number))),
    ratioWall: summarize(wallRatios),
    ...(withPerOp ? { perOp: perOp(baseline, plan) } : {}),
  };
}

const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const ratio = (s: Summary) => `${s.median.toFixed(1)}× (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const n = (x: number) => x.toLocaleString('en-US');
const record = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(', ');

/** The results as markdown. */
export function renderReform(r: ReformResult): string {
  const met = r.ratioTotal.median <= 3;
  const lines = [
    '## The 2025 national reform end to end vs. the mutable floor',
    '',
    `Scope: ${r.scope} (${r.provinces} old provinces). Plan: \`reform2025Scenario\` of \`@tinhgon/vn\`, ${n(r.steps)} steps (${record(r.ops)}). Units ${record(r.units.before)} → ${record(r.units.after)}; bodies ${n(r.bodies.before)} → ${n(r.bodies.after)}; posts ${n(r.posts.before)} → ${n(r.posts.after)}; positions ${record(r.quota.before)} → ${record(r.quota.after)}. The pack finds ${n(r.findings)} fails (${n(r.blocking)} blocking); the headcount bridge ${r.bridgeBalances ? 'sums' : 'does NOT sum'}.`,
    '',
    `The floor's final graph equals tinhgon's final state on ${n(r.checked.bodies)} bodies (parent, level, unit, quota, actual, functions, year-by-year quotas, kind, sector, names), ${n(r.checked.posts)} posts (body, role, holder, time share), ${n(r.checked.relations)} relations, ${n(r.checked.units)} units and the persons. Times are CPU time of the main thread, as in the transform benchmark (see \`bench/src/measure.ts\`), its garbage collection included; median (min–max) over ${r.total.n} run(s) in one process. The ratio in wall time is given below for reference.`,
    '',
    '| part | time |',
    '|---|---:|',
    `| (a) apply: \`runScenario\` | ${ms(r.apply)} |`,
    `| — of which checking the scenario (\`parseScenario\`, timed alone) | ${ms(r.parse)} |`,
    `| (a) rules: \`appraiseChange\` with \`vnRuleSet\` on ${REFORM_2025_DATE} | ${ms(r.rules)} |`,
    `| (a) deltas: \`bodyDeltas\`, \`aggregate\`, \`headcountBridge\` | ${ms(r.deltas)} |`,
    `| **(a) tinhgon end to end** | **${ms(r.total)}** |`,
    `| (b) floor: the same steps in place on graphology | ${ms(r.floor)} |`,
    `| **(a) ÷ (b)** | **${ratio(r.ratioTotal)}** |`,
    `| (a) apply only ÷ (b) | ${ratio(r.ratioApply)} |`,
    `| (a) ÷ (b) in wall time | ${ratio(r.ratioWall)} |`,
    '',
    `Target (issue #9): end to end ≤ 3× the floor doing the apply alone: ${met ? 'met' : 'not met'} (${r.ratioTotal.median.toFixed(1)}×).`,
  ];
  if (r.perOp !== undefined) {
    lines.push(
      '',
      'Per op, one pass step by step in wall time (tinhgon with `applyStep`, which also checks each step’s parameters):',
      '',
      '| op | steps | tinhgon | per step | floor | per step | ratio |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const [op, row] of Object.entries(r.perOp)) {
      lines.push(
        `| ${op} | ${n(row.steps)} | ${row.tinhgon.toFixed(0)} ms | ${((row.tinhgon / row.steps) * 1000).toFixed(0)} µs | ${row.floor.toFixed(0)} ms | ${((row.floor / row.steps) * 1000).toFixed(0)} µs | ${(row.tinhgon / Math.max(row.floor, 1e-3)).toFixed(1)}× |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      provinces: { type: 'string' },
      quick: { type: 'boolean' },
      'per-op': { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const provinces = values.provinces?.split(',');
  const runs = values.quick === true ? 1 : provinces === undefined ? 3 : 5;
  const result = runReform(provinces, runs, values['per-op'] === true);
  const out = resolve(
    fileURLToPath(new URL('..', import.meta.url)),
    values.out ?? 'results/national-reform.md',
  );
  writeResults(out, renderReform(result), [result]);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
