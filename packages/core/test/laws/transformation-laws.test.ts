import {
  applyStep,
  type Change,
  InvalidArgumentError,
  type OrgState,
  parseState,
  runScenario,
  type Step,
  scenario,
  stateToJson,
  stringifyState,
  TransformError,
} from '@tinhgon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBaseState } from '../support/base-states.js';
import { districtState, totals } from '../support/district.js';
import { arbStepSeed, describeStep, type StepSeed, stepFromSeed } from '../support/step-seeds.js';

type Outcome = { ok: true; state: OrgState; changes: Change } | { ok: false; error: unknown };

function attempt(state: OrgState, step: Step): Outcome {
  try {
    return { ok: true, ...applyStep(state, step) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Interprets seeds one after another, skipping those that fail; returns the steps that succeeded. */
function play(
  start: OrgState,
  seeds: readonly StepSeed[],
): { state: OrgState; steps: Step[]; outcomes: Outcome[] } {
  let state = start;
  const steps: Step[] = [];
  const outcomes: Outcome[] = [];
  seeds.forEach((seed, n) => {
    const step = stepFromSeed(state, seed, n);
    const outcome = attempt(state, step);
    outcomes.push(outcome);
    if (outcome.ok) {
      state = outcome.state;
      steps.push(step);
    }
  });
  return { state, steps, outcomes };
}

function flowSum(
  changes: Change,
  pick: (f: Change['flows'][number]) => boolean,
  key: 'quota' | 'actual',
): number {
  return changes.flows.filter(pick).reduce((sum, f) => sum + f[key], 0);
}

const arbCase = fc.record({
  base: arbBaseState,
  seeds: fc.array(arbStepSeed, { maxLength: 12 }),
});

describe('laws of transformations', () => {
  it('never mutate their input, and fail only with documented errors', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        let state = base;
        seeds.forEach((seed, n) => {
          const before = stringifyState(state);
          const step = stepFromSeed(state, seed, n);
          const outcome = attempt(state, step);
          expect(stringifyState(state)).toBe(before);
          expect(Object.isFrozen(state)).toBe(true);
          if (!outcome.ok) {
            const known =
              outcome.error instanceof TransformError || outcome.error instanceof InvalidArgumentError;
            if (!known) throw new Error(`${describeStep(step)} threw ${String(outcome.error)}`);
          } else state = outcome.state;
        });
      }),
    );
  });

  it('keep every load-time invariant: the result reads back as a valid state (a forest, nothing orphaned)', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        const { state } = play(base, seeds);
        const text = stringifyState(state);
        expect(stringifyState(parseState(text))).toBe(text);
      }),
    );
  });

  it('conserve staff: before + created = after + cut + released, for quota and actual', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        let state = base;
        seeds.forEach((seed, n) => {
          const outcome = attempt(state, stepFromSeed(state, seed, n));
          if (!outcome.ok) return;
          for (const key of ['quota', 'actual'] as const) {
            const created = flowSum(outcome.changes, (f) => f.kind === 'created', key);
            const gone = flowSum(outcome.changes, (f) => f.kind === 'cut' || f.kind === 'released', key);
            expect(totals(state)[key] + created).toBe(totals(outcome.state)[key] + gone);
          }
          state = outcome.state;
        });
      }),
    );
  });

  it('lose no body: each is kept, or ended with its lineage explaining all its staff', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        let state = base;
        seeds.forEach((seed, n) => {
          const outcome = attempt(state, stepFromSeed(state, seed, n));
          if (!outcome.ok) return;
          const { changes } = outcome;
          const ended = new Set(changes.ended.map((e) => e.id));
          const began = new Set(changes.began);
          for (const id of state.bodies.keys())
            expect(outcome.state.bodies.has(id) !== ended.has(id)).toBe(true);
          for (const id of outcome.state.bodies.keys())
            expect(state.bodies.has(id) !== began.has(id)).toBe(true);
          for (const end of changes.ended) {
            const before = state.bodies.get(end.id);
            expect(flowSum(changes, (f) => f.from === end.id, 'quota')).toBe(before?.quota);
            expect(flowSum(changes, (f) => f.from === end.id, 'actual')).toBe(before?.actual);
            for (const successor of end.successors) expect(outcome.state.bodies.has(successor)).toBe(true);
          }
          state = outcome.state;
        });
      }),
    );
  });

  it('are deterministic: the same step on the same state gives byte-identical results', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        const { state } = play(base, seeds.slice(0, -1));
        const last = seeds[seeds.length - 1];
        if (last === undefined) return;
        const step = stepFromSeed(state, last, 99);
        const a = attempt(state, step);
        const b = attempt(state, step);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) {
          expect(stringifyState(a.state)).toBe(stringifyState(b.state));
          expect(JSON.stringify(a.changes)).toBe(JSON.stringify(b.changes));
        }
      }),
    );
  });

  it('commute when independent: staff and name changes on different bodies', () => {
    const base = districtState();
    const ids = [...base.bodies.keys()];
    const arbLocal = (body: string) =>
      fc.oneof(
        fc.nat(50).map((quota): Step => ({ op: 'setQuota', effective: '2020-01-01', body, quota })),
        fc.nat(100).map((percent): Step => ({ op: 'cutStaff', effective: '2020-01-01', body, percent })),
        fc
          .string({ minLength: 1, maxLength: 8 })
          .map((name): Step => ({ op: 'rename', effective: '2020-01-01', body, name: `n${name}` })),
      );
    const arbPair = fc
      .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
      .filter(([x, y]) => x !== y)
      .chain(([x, y]) => fc.tuple(arbLocal(x), arbLocal(y)));
    fc.assert(
      fc.property(arbPair, ([s1, s2]) => {
        const ab = applyStep(applyStep(base, s1).state, s2).state;
        const ba = applyStep(applyStep(base, s2).state, s1).state;
        expect(stringifyState(ab)).toBe(stringifyState(ba));
      }),
    );
  });
});

describe('laws of scenarios', () => {
  it('give identical results from the builder and from JSON, and replay byte for byte', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        const { steps } = play(base, seeds);
        const built = steps.reduce((b, step) => b.step(step), scenario('generated')).build();
        const fromJson = JSON.parse(JSON.stringify(built));
        const a = runScenario(base, built);
        const b = runScenario(base, fromJson);
        const c = runScenario(base, built);
        const dump = (run: typeof a) =>
          JSON.stringify({ state: stateToJson(run.final), log: run.log, failures: run.failures });
        expect(a.ok).toBe(true);
        expect(dump(b)).toBe(dump(a));
        expect(dump(c)).toBe(dump(a));
      }),
    );
  });

  it('leave the state as it was at a failing step, and collect every failure when asked', () => {
    fc.assert(
      fc.property(arbCase, ({ base, seeds }) => {
        const steps = seeds.map((seed, n) => stepFromSeed(base, seed, n));
        const run = runScenario(base, { name: 'x', steps }, { onFailure: 'collect' });
        let previous = base;
        for (const outcome of run.outcomes) {
          if (!outcome.ok) expect(outcome.state).toBe(previous);
          previous = outcome.state;
        }
        expect(run.failures.length).toBe(run.outcomes.filter((o) => !o.ok).length);
        expect(run.outcomes).toHaveLength(steps.length);
      }),
    );
  });
});
