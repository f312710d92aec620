import {
  aggregate,
  type BodyDelta,
  type BridgeRow,
  bodyDeltas,
  type Change,
  GROUP_BYS,
  type GroupBy,
  type GroupFigures,
  groupOf,
  headcountBridge,
  type LineageLink,
  leadershipOf,
  type Measure,
  type OrgState,
  parseState,
  runScenario,
  type ScenarioRun,
  type Step,
  traceLineage,
} from '@tinhgon/core';
import { arbScenario, assertLaw, describeScenario, invariant, playScenario } from '@tinhgon/core/testing';
import { describe, it } from 'vitest';
import { arbBaseState } from '../support/base-states.js';

// The deltas read each state once and follow the run through its change records; these references do it
// the plain way (a lookup per body in each state, every step's state, a scan of the whole log per lineage
// depth), as the deltas were first written. The fast path must give byte-identical results.

const BODY_FLOWS = new Set(['absorbed', 'consolidated', 'split', 'dissolved', 'transferred']);
const sortedIds = (ids: Iterable<string>) => [...ids].sort();

function referenceBodyDeltas(before: OrgState, after: OrgState, log: readonly Change[]): BodyDelta[] {
  const from = new Map<string, Set<string>>();
  const to = new Map<string, Set<string>>();
  for (const change of log) {
    for (const flow of change.flows) {
      if (flow.from === null || flow.to === null || !BODY_FLOWS.has(flow.kind)) continue;
      from.set(flow.to, (from.get(flow.to) ?? new Set()).add(flow.from));
      to.set(flow.from, (to.get(flow.from) ?? new Set()).add(flow.to));
    }
  }
  return sortedIds(new Set([...before.bodies.keys(), ...after.bodies.keys()])).map((id) => {
    const old = before.bodies.get(id);
    const now = after.bodies.get(id);
    const record = (now ?? old) as NonNullable<typeof old>;
    const leadOld = old === undefined ? undefined : leadershipOf(before, id);
    const leadNow = now === undefined ? undefined : leadershipOf(after, id);
    return {
      id,
      name: record.name,
      status: old === undefined ? 'began' : now === undefined ? 'ended' : 'kept',
      level: record.level,
      sector: record.sector,
      kind: record.kind,
      unit: record.unit ?? null,
      from: sortedIds(from.get(id) ?? []),
      to: sortedIds(to.get(id) ?? []),
      quota: { before: old?.quota ?? 0, after: now?.quota ?? 0 },
      actual: { before: old?.actual ?? 0, after: now?.actual ?? 0 },
      heads: { before: leadOld?.heads ?? 0, after: leadNow?.heads ?? 0 },
      deputies: { before: leadOld?.deputies ?? 0, after: leadNow?.deputies ?? 0 },
    };
  });
}

function referenceAggregate(before: OrgState, after: OrgState, by: GroupBy): GroupFigures[] {
  const tally = (state: OrgState) => {
    const groups = new Map<string, { n: number[]; people: Set<string> }>();
    for (const [id, body] of state.bodies) {
      const key = groupOf(body, by);
      const t = groups.get(key) ?? { n: [0, 0, 0, 0, 0], people: new Set<string>() };
      groups.set(key, t);
      const lead = leadershipOf(state, id);
      [1, body.quota, body.actual, lead.heads, lead.deputies].forEach((n, i) => {
        t.n[i] = (t.n[i] ?? 0) + n;
      });
      for (const holder of lead.holders) t.people.add(holder);
    }
    return groups;
  };
  const a = tally(before);
  const b = tally(after);
  return sortedIds(new Set([...a.keys(), ...b.keys()])).map((group) => {
    const pair = (i: number) => ({ before: a.get(group)?.n[i] ?? 0, after: b.get(group)?.n[i] ?? 0 });
    return {
      by,
      group,
      bodies: pair(0),
      quota: pair(1),
      actual: pair(2),
      heads: pair(3),
      deputies: pair(4),
      people: { before: a.get(group)?.people.size ?? 0, after: b.get(group)?.people.size ?? 0 },
    };
  });
}

type Line = Exclude<keyof BridgeRow, 'by' | 'group' | 'measure'>;
const LINES: readonly Line[] = [
  'start',
  'created',
  'cut',
  'released',
  'transferredOut',
  'transferredIn',
  'restructured',
  'reclassified',
  'end',
];

function referenceBridge(run: ScenarioRun, by: GroupBy, measure: Measure): BridgeRow[] {
  const rows = new Map<string, Record<Line, number>>();
  const add = (group: string, line: Line, n: number) => {
    const row = rows.get(group) ?? (Object.fromEntries(LINES.map((l) => [l, 0])) as Record<Line, number>);
    rows.set(group, row);
    row[line] += n;
  };
  for (const body of run.baseline.bodies.values()) add(groupOf(body, by), 'start', body[measure]);
  let previous = run.baseline;
  for (const outcome of run.outcomes) {
    const change = outcome.changes;
    if (change === null) continue;
    const next = outcome.state;
    const groupOfId = (id: string) => {
      const body = next.bodies.get(id) ?? previous.bodies.get(id);
      return body === undefined ? '(unknown)' : groupOf(body, by);
    };
    for (const flow of change.flows) {
      const n = flow[measure];
      if (n === 0) continue;
      if (flow.kind === 'created' && flow.to !== null) add(groupOfId(flow.to), 'created', n);
      else if ((flow.kind === 'cut' || flow.kind === 'released') && flow.from !== null)
        add(groupOfId(flow.from), flow.kind, n);
      else if (flow.from !== null && flow.to !== null && flow.kind === 'transferred') {
        add(groupOfId(flow.from), 'transferredOut', n);
        add(groupOfId(flow.to), 'transferredIn', n);
      } else if (flow.from !== null && flow.to !== null) {
        add(groupOfId(flow.from), 'restructured', -n);
        add(groupOfId(flow.to), 'restructured', n);
      }
    }
    for (const id of change.updated) {
      const old = previous.bodies.get(id);
      const now = next.bodies.get(id);
      if (old === undefined || now === undefined || groupOf(old, by) === groupOf(now, by)) continue;
      add(groupOf(old, by), 'reclassified', -old[measure]);
      add(groupOf(now, by), 'reclassified', old[measure]);
    }
    previous = next;
  }
  for (const body of run.final.bodies.values()) add(groupOf(body, by), 'end', body[measure]);
  return sortedIds(rows.keys()).map(
    (group) => ({ by, group, measure, ...(rows.get(group) as object) }) as BridgeRow,
  );
}

function referenceTrace(log: readonly Change[], id: string, direction: 'back' | 'forward'): LineageLink[] {
  const out: LineageLink[] = [];
  const seen = new Set([id]);
  let frontier = [id];
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const wanted = new Set(frontier);
    frontier = [];
    log.forEach((change, index) => {
      for (const flow of change.flows) {
        if (!BODY_FLOWS.has(flow.kind) || flow.from === null || flow.to === null) continue;
        const [here, there] = direction === 'back' ? [flow.to, flow.from] : [flow.from, flow.to];
        if (!wanted.has(here) || seen.has(there)) continue;
        seen.add(there);
        frontier.push(there);
        const { kind, quota, actual, functions } = flow;
        out.push({ body: there, change: index, kind, quota, actual, functions, depth });
      }
    });
  }
  return out;
}

const same = (what: string, fast: unknown, reference: unknown) =>
  invariant(JSON.stringify(fast) === JSON.stringify(reference), () => `${what} differs from the reference`);

/** The played steps, with one that cannot be done in the middle: a run with a failed outcome. */
function withFailure(steps: readonly Step[]): Step[] {
  const middle = Math.floor(steps.length / 2);
  const effective = steps[middle]?.effective ?? '2020-01-01';
  const bad = { op: 'rename', effective, body: '(no such body)', name: 'x' } as Step;
  return [...steps.slice(0, middle), bad, ...steps.slice(middle)];
}

const scenarios = arbScenario({ base: arbBaseState });

const body = (
  id: string,
  level: 'province' | 'district' | 'commune',
  unit: string,
  parent: string | null,
) => ({
  id,
  name: id,
  kind: 'peoples-committee',
  sector: 'state',
  level,
  unit,
  parent,
  functions: [],
  quota: 10,
  actual: 9,
});

// Two provinces whose district level goes and whose province B merges into A: bodies change level and unit
// (reclassified) and then hand staff on, which generated scenarios never do. One person heads two bodies.
function reform(): ScenarioRun {
  const state = parseState({
    units: [
      { code: 'A', name: 'Tỉnh A', level: 'province', parent: null },
      { code: 'B', name: 'Tỉnh B', level: 'province', parent: null },
      { code: 'A1', name: 'Huyện A1', level: 'district', parent: 'A' },
      { code: 'B1', name: 'Huyện B1', level: 'district', parent: 'B' },
      { code: 'c1', name: 'Xã 1', level: 'commune', parent: 'A1' },
      { code: 'c2', name: 'Xã 2', level: 'commune', parent: 'B1' },
    ],
    bodies: [
      body('ubnd-A', 'province', 'A', null),
      body('ubnd-B', 'province', 'B', null),
      body('ubnd-A1', 'district', 'A1', 'ubnd-A'),
      body('ubnd-B1', 'district', 'B1', 'ubnd-B'),
      body('ubnd-c1', 'commune', 'c1', 'ubnd-A1'),
      body('ubnd-c2', 'commune', 'c2', 'ubnd-B1'),
    ],
    persons: [
      { id: 'p1', name: 'Một' },
      { id: 'p2', name: 'Hai' },
    ],
    posts: [
      { id: 'h-A', body: 'ubnd-A', role: 'head', holder: 'p1' },
      { id: 'h-B1', body: 'ubnd-B1', role: 'head', holder: 'p1' },
      { id: 'd-B1', body: 'ubnd-B1', role: 'deputy', holder: 'p2' },
      { id: 'h-c2', body: 'ubnd-c2', role: 'head', holder: null },
    ],
  });
  const effective = '2025-07-01';
  const steps = [
    { op: 'move', effective, body: 'ubnd-c1', parent: 'ubnd-A' },
    { op: 'move', effective, body: 'ubnd-c2', parent: 'ubnd-B' },
    { op: 'move', effective, body: 'ubnd-A1', parent: 'ubnd-A', level: 'province', unit: 'A' },
    { op: 'move', effective, body: 'ubnd-B1', parent: 'ubnd-B', level: 'province', unit: 'B' },
    { op: 'transfer', effective, from: 'ubnd-B1', to: 'ubnd-c2', quota: 2, actual: 1 },
    { op: 'abolishLevel', effective, level: 'district' },
    { op: 'rename', effective, body: '(no such body)', name: 'x' },
    {
      op: 'reorganizeUnits',
      effective,
      mapping: [
        { from: 'B', to: 'A' },
        { from: 'A', to: 'A' },
      ],
    },
    { op: 'transfer', effective, from: 'ubnd-B', to: 'ubnd-c1', quota: 1, actual: 1 },
    { op: 'absorb', effective, target: 'ubnd-A1', sources: ['ubnd-B1'] },
    { op: 'cutStaff', effective, body: 'ubnd-A1', percent: 10 },
  ];
  const run = runScenario(state, { name: 'reform', steps: steps as Step[] }, { onFailure: 'collect' });
  invariant(run.failures.length === 1 && run.log.length === steps.length - 1, () =>
    JSON.stringify(run.failures),
  );
  return run;
}

/** A run in which a body changes level and unit twice, with staff handed to it and from it in between. */
function twiceReclassified(): ScenarioRun {
  const effective = '2025-07-01';
  const steps = [
    { op: 'move', effective, body: 'ubnd-c1', parent: 'ubnd-A', level: 'district', unit: 'A1' },
    { op: 'transfer', effective, from: 'ubnd-A', to: 'ubnd-c1', quota: 2, actual: 1 },
    { op: 'move', effective, body: 'ubnd-c1', parent: 'ubnd-A', level: 'province', unit: 'A' },
    { op: 'transfer', effective, from: 'ubnd-c1', to: 'ubnd-B', quota: 1, actual: 1 },
  ];
  const run = runScenario(reform().baseline, { name: 'twice', steps: steps as Step[] });
  invariant(run.ok, () => JSON.stringify(run.failures));
  return run;
}

function sameAsReference(run: ScenarioRun): void {
  same(
    'bodyDeltas',
    bodyDeltas(run.baseline, run.final, run.log),
    referenceBodyDeltas(run.baseline, run.final, run.log),
  );
  for (const by of GROUP_BYS) {
    same(
      `aggregate by ${by}`,
      aggregate(run.baseline, run.final, by),
      referenceAggregate(run.baseline, run.final, by),
    );
    for (const measure of ['quota', 'actual'] as const)
      same(
        `bridge by ${by}/${measure}`,
        headcountBridge(run, by, measure),
        referenceBridge(run, by, measure),
      );
  }
}

describe('deltas equal their plain reference', () => {
  it('bodyDeltas, aggregate and headcountBridge, for every grouping and measure', () => {
    assertLaw(
      'the deltas equal the reference',
      scenarios,
      (generated) => {
        const played = playScenario(generated);
        const run = runScenario(
          generated.base,
          { name: 'g', steps: withFailure(played.steps) },
          { onFailure: 'collect' },
        );
        sameAsReference(run);
        // The same later state against another earlier one is read afresh, not from the first reading.
        const middle = run.outcomes[Math.floor(run.outcomes.length / 2)]?.state ?? run.baseline;
        same(
          'aggregate from a middle state',
          aggregate(middle, run.final, 'level'),
          referenceAggregate(middle, run.final, 'level'),
        );
        same(
          'bodyDeltas from a middle state',
          bodyDeltas(middle, run.final, []),
          referenceBodyDeltas(middle, run.final, []),
        );
      },
      { describe: describeScenario },
    );
  });

  it('on a run where bodies change level and unit, then hand staff on', () => {
    const run = reform();
    const reclassified = headcountBridge(run, 'level', 'quota').some((row) => row.reclassified !== 0);
    invariant(reclassified, 'the run reclassifies nothing');
    sameAsReference(run);
  });

  it('on a run where a body is reclassified twice, with staff moved in between', () => {
    sameAsReference(twiceReclassified());
  });

  it('traceLineage, for every body both ways, also after the log grew in place', () => {
    assertLaw(
      'lineage equals the reference',
      scenarios,
      (generated) => {
        const run = runScenario(generated.base, { name: 'g', steps: [...playScenario(generated).steps] });
        const ids = new Set([...run.baseline.bodies.keys(), ...run.final.bodies.keys(), '(none)']);
        const log: Change[] = run.log.slice(0, Math.floor(run.log.length / 2));
        const check = () => {
          for (const id of ids)
            for (const direction of ['back', 'forward'] as const)
              same(
                `lineage of ${id} ${direction}`,
                traceLineage(log, id, direction),
                referenceTrace(log, id, direction),
              );
        };
        check();
        log.push(...run.log.slice(log.length));
        check();
      },
      { describe: describeScenario },
    );
  });
});
