/**
 * The laws every transformation keeps, checked over generated scenarios: purity, validity, conservation of
 * staff, lineage, determinism, and commutation of independent steps.
 */
import {
  type Change,
  InvalidArgumentError,
  type OrgState,
  parseState,
  type Step,
  stringifyState,
  TransformError,
} from '@tinhgon/core';
import fc from 'fast-check';
import { arbOrgState } from './arbitraries.js';
import { bodyLabel, describeState, describeStep } from './describe.js';
import { assertLaw, invariant, type LawOptions } from './law.js';
import {
  arbScenario,
  describeScenario,
  type GeneratedScenario,
  playScenario,
  type ScenarioOptions,
  tryStep,
} from './scenarios.js';
import { stepFromSeed } from './step-seeds.js';

/** The names of the transformation laws, for running them one by one (`only`). */
export const TRANSFORMATION_LAWS = [
  'purity',
  'validity',
  'conservation',
  'lineage',
  'determinism',
  'commutation',
] as const;

export type TransformationLaw = (typeof TRANSFORMATION_LAWS)[number];

export interface TransformationLawOptions extends LawOptions, ScenarioOptions {
  /** The laws to check (default: all of {@link TRANSFORMATION_LAWS}). */
  readonly only?: readonly TransformationLaw[];
}

/** Total quota and actual staff of a state. */
export function staffTotals(state: OrgState): { quota: number; actual: number } {
  let quota = 0;
  let actual = 0;
  for (const body of state.bodies.values()) {
    quota += body.quota;
    actual += body.actual;
  }
  return { quota, actual };
}

function flowSum(changes: Change, pick: (flow: Change['flows'][number]) => boolean, key: 'quota' | 'actual') {
  return changes.flows.filter(pick).reduce((sum, flow) => sum + flow[key], 0);
}

type Check = (generated: GeneratedScenario) => void;

/** Each step leaves its input as it was and fails, if at all, with a documented error. */
const purity: Check = ({ base, seeds }) => {
  let state = base;
  seeds.forEach((seed, n) => {
    const text = stringifyState(state);
    const outcome = tryStep(state, stepFromSeed(state, seed, n));
    const step = describeStep(outcome.step, state);
    invariant(Object.isFrozen(state), `the state before "${step}" is not frozen`);
    invariant(stringifyState(state) === text, `"${step}" changed its input state`);
    if (outcome.ok) state = outcome.after;
    else {
      const known = outcome.error instanceof TransformError || outcome.error instanceof InvalidArgumentError;
      invariant(known, () => `"${step}" threw an undocumented error: ${String(outcome.error)}`);
    }
  });
};

/** The final state reads back as a valid state (a forest, nothing orphaned) and writes the same text. */
const validity: Check = (generated) => {
  const text = stringifyState(playScenario(generated).final);
  let again: string;
  try {
    again = stringifyState(parseState(text));
  } catch (error) {
    throw new Error(`the final state does not read back: ${(error as Error).message}`);
  }
  invariant(again === text, 'the final state reads back as a different state');
};

/** Σ before + created = Σ after + cut + released, for quota and for actual staff, at every step. */
const conservation: Check = (generated) => {
  for (const outcome of playScenario(generated).played) {
    if (!outcome.ok) continue;
    for (const key of ['quota', 'actual'] as const) {
      const created = flowSum(outcome.changes, (f) => f.kind === 'created', key);
      const gone = flowSum(outcome.changes, (f) => f.kind === 'cut' || f.kind === 'released', key);
      const before = staffTotals(outcome.before)[key];
      const after = staffTotals(outcome.after)[key];
      invariant(
        before + created === after + gone,
        () =>
          `${key} not conserved by "${describeStep(outcome.step, outcome.before)}": before ${before} + created ${created} ≠ after ${after} + cut/released ${gone}`,
      );
    }
  }
};

/**
 * The change record names every body whose record changed as `updated` (or `began`), no other, and carries
 * the record the state after the step holds for each of them.
 */
function recordsMatch(before: OrgState, after: OrgState, changes: Change, step: string): void {
  const updated = new Set(changes.updated);
  for (const [id, now] of after.bodies) {
    const was = before.bodies.get(id);
    if (was !== undefined)
      invariant(
        (was !== now) === updated.has(id),
        () =>
          `"${step}": ${bodyLabel(after, id)} ${was === now ? 'is listed as updated but kept its record' : 'changed unrecorded'}`,
      );
  }
  for (const id of updated)
    invariant(
      before.bodies.has(id) && after.bodies.has(id),
      () => `"${step}": updated ${id} is not in both states`,
    );
  const named = [...changes.began, ...changes.updated];
  invariant(
    changes.records.length === named.length,
    () => `"${step}": ${changes.records.length} records for ${named.length} bodies begun or updated`,
  );
  for (const [i, record] of changes.records.entries()) {
    invariant(
      record.id === named[i] && after.bodies.get(record.id) === record,
      () => `"${step}": record ${i} (${record.id}) is not the record the state after holds for ${named[i]}`,
    );
  }
}

/**
 * Every body is kept or ended; an ended body's flows account for all its staff; successors exist; the
 * record names and carries the bodies that changed.
 */
const lineage: Check = (generated) => {
  for (const outcome of playScenario(generated).played) {
    if (!outcome.ok) continue;
    const { before, after, changes } = outcome;
    const step = describeStep(outcome.step, before);
    const ended = new Set(changes.ended.map((e) => e.id));
    const began = new Set(changes.began);
    for (const id of before.bodies.keys())
      invariant(after.bodies.has(id) !== ended.has(id), () => `"${step}": ${bodyLabel(before, id)} was lost`);
    for (const id of after.bodies.keys())
      invariant(
        before.bodies.has(id) !== began.has(id),
        () => `"${step}": ${bodyLabel(after, id)} began unrecorded`,
      );
    recordsMatch(before, after, changes, step);
    for (const end of changes.ended) {
      const body = before.bodies.get(end.id);
      for (const key of ['quota', 'actual'] as const) {
        const out = flowSum(changes, (f) => f.from === end.id, key);
        invariant(
          out === body?.[key],
          () =>
            `"${step}": flows out of ${bodyLabel(before, end.id)} carry ${key} ${out}, it had ${body?.[key]}`,
        );
      }
      for (const successor of end.successors)
        invariant(after.bodies.has(successor), () => `"${step}": successor ${successor} does not exist`);
    }
  }
};

/** The same step on the same state gives byte-identical states and change records. */
const determinism: Check = (generated) => {
  for (const outcome of playScenario(generated).played) {
    const again = tryStep(outcome.before, outcome.step);
    const step = describeStep(outcome.step, outcome.before);
    invariant(again.ok === outcome.ok, () => `"${step}" succeeded once and failed once`);
    if (outcome.ok && again.ok) {
      invariant(stringifyState(again.after) === stringifyState(outcome.after), `"${step}" gave two states`);
      invariant(
        JSON.stringify(again.changes) === JSON.stringify(outcome.changes),
        `"${step}" gave two change records`,
      );
    }
  }
};

/** A step that only touches one body's staff or name. */
function arbLocalStep(body: string): fc.Arbitrary<Step> {
  const effective = '2020-01-01';
  return fc.oneof(
    fc.nat(50).map((quota): Step => ({ op: 'setQuota', effective, body, quota })),
    fc.nat(100).map((percent): Step => ({ op: 'cutStaff', effective, body, percent })),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .map((name): Step => ({ op: 'rename', effective, body, name: `n${name}` })),
  );
}

interface Pair {
  readonly base: OrgState;
  readonly steps: readonly [Step, Step] | null;
}

function arbIndependentPair(base: fc.Arbitrary<OrgState>): fc.Arbitrary<Pair> {
  return base.chain((state) => {
    const ids = [...state.bodies.keys()].sort();
    if (ids.length < 2) return fc.constant<Pair>({ base: state, steps: null });
    return fc
      .uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 })
      .chain(([x, y]) => fc.tuple(arbLocalStep(x as string), arbLocalStep(y as string)))
      .map((steps): Pair => ({ base: state, steps }));
  });
}

/** Both orders of two steps: the final text and which of them were refused. */
function inOrder(base: OrgState, steps: readonly Step[]): { text: string; refused: string[] } {
  let state = base;
  const refused: string[] = [];
  for (const step of steps) {
    const outcome = tryStep(state, step);
    if (outcome.ok) state = outcome.after;
    else refused.push(describeStep(step));
  }
  return { text: stringifyState(state), refused: refused.sort() };
}

const commutation = (pair: Pair): void => {
  if (pair.steps === null) return;
  const [s1, s2] = pair.steps;
  const ab = inOrder(pair.base, [s1, s2]);
  const ba = inOrder(pair.base, [s2, s1]);
  invariant(ab.refused.join('|') === ba.refused.join('|'), 'the two orders refused different steps');
  invariant(ab.text === ba.text, 'the two orders give different states');
};

const describePair = (pair: Pair): string =>
  pair.steps === null
    ? describeState(pair.base)
    : [
        ...pair.steps.map((step, i) => `${i + 1}. ${describeStep(step, pair.base)}`),
        `base state: ${describeState(
          pair.base,
          pair.steps.map((s) => (s as { body: string }).body),
        )}`,
      ].join('\n');

const LAW_CHECKS: Readonly<Record<Exclude<TransformationLaw, 'commutation'>, Check>> = {
  purity,
  validity,
  conservation,
  lineage,
  determinism,
};

const TITLES: Readonly<Record<TransformationLaw, string>> = {
  purity: 'transformations never change their input and fail only with documented errors',
  validity: 'a scenario ends in a valid state that reads back byte for byte',
  conservation: 'before + created = after + cut + released, for quota and actual staff',
  lineage: 'no body is lost: each is kept, or ended with flows for all its staff',
  determinism: 'the same step on the same state gives the same result',
  commutation: 'steps on different bodies commute',
};

/**
 * Checks the transformation laws over generated scenarios (or over your base states and operations) and
 * throws a `LawError` with the shrunk scenario, as numbered steps, when one fails.
 *
 * @example
 * transformationLaws({ base: arbOrgState({ maxBodies: 30 }), numRuns: 200 });
 * transformationLaws({ only: ['conservation'], ops: ['split', 'transfer'] });
 */
export function transformationLaws(options: TransformationLawOptions = {}): void {
  const { only = TRANSFORMATION_LAWS, base, maxSteps, ops, ...run } = options;
  const scenarios = arbScenario({
    ...(base === undefined ? {} : { base }),
    ...(maxSteps === undefined ? {} : { maxSteps }),
    ...(ops === undefined ? {} : { ops }),
  });
  for (const law of only) {
    if (law === 'commutation') {
      const pairs = arbIndependentPair(base ?? arbOrgState({ maxBodies: 16 }));
      assertLaw(TITLES[law], pairs, commutation, { ...run, describe: describePair });
    } else {
      assertLaw(TITLES[law], scenarios, LAW_CHECKS[law], { ...run, describe: describeScenario });
    }
  }
}
