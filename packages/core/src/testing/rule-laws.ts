/**
 * The laws every rule keeps, runnable on a new rule in one call: it never throws on a valid state, its
 * findings are deterministic and well formed, and a state rule judges a state and its JSON copy alike.
 */
import {
  checkState,
  checkTransition,
  type Finding,
  type IsoDate,
  type OrgState,
  type ParameterTable,
  parseState,
  type Rule,
  stringifyState,
} from '@tinhgon/core';
import fc from 'fast-check';
import { arbOrgState } from './arbitraries.js';
import { describeState } from './describe.js';
import { assertLaw, invariant, type LawOptions } from './law.js';
import {
  arbScenario,
  describeScenario,
  type GeneratedScenario,
  playScenario,
  type ScenarioOptions,
} from './scenarios.js';

/** The names of the rule laws, for running them one by one (`only`). */
export const RULE_LAWS = ['never-throws', 'deterministic', 'well-formed', 'json-round-trip'] as const;

export type RuleLaw = (typeof RULE_LAWS)[number];

export interface RuleLawOptions extends LawOptions {
  /** States a state rule is judged on (default: generated valid states of up to 16 bodies). */
  readonly states?: fc.Arbitrary<OrgState>;
  /** Scenarios a transition rule is judged on, step by step (default: generated ones). */
  readonly scenarios?: ScenarioOptions;
  /** Dates to evaluate on (default: one before and two after the 2025 reform). */
  readonly dates?: readonly IsoDate[];
  /** Parameter tables the rule reads. */
  readonly parameters?: readonly ParameterTable[];
  /** The laws to check (default: all of {@link RULE_LAWS}; `json-round-trip` applies to state rules). */
  readonly only?: readonly RuleLaw[];
}

const DEFAULT_DATES: readonly IsoDate[] = ['2019-01-01', '2025-07-01', '2026-03-01'];

/** One judgement: the states the findings may name and a way to produce them. */
interface Judgement {
  readonly states: readonly OrgState[];
  readonly judge: () => Finding[];
  readonly again?: () => Finding[];
}

function judgements(rule: Rule, date: IsoDate, options: RuleLawOptions, subject: unknown): Judgement[] {
  const evaluate = { date, parameters: options.parameters ?? [], explain: true };
  if (rule.type === 'state') {
    const state = subject as OrgState;
    return [
      {
        states: [state],
        judge: () => checkState(state, [rule], evaluate),
        again: () => checkState(parseState(stringifyState(state)), [rule], evaluate),
      },
    ];
  }
  return playScenario(subject as GeneratedScenario).played.flatMap((outcome) =>
    outcome.ok
      ? [
          {
            states: [outcome.before, outcome.after],
            judge: () => checkTransition(outcome.before, outcome.after, [outcome.changes], [rule], evaluate),
          },
        ]
      : [],
  );
}

function run(judge: () => Finding[], what: string): Finding[] {
  try {
    return judge();
  } catch (error) {
    throw new Error(
      `the rule threw ${what}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
}

const nonEmpty = (text: unknown): boolean => typeof text === 'string' && text.trim() !== '';

function checkFinding(rule: Rule, finding: Finding, states: readonly OrgState[]): void {
  const at = `finding ${JSON.stringify(finding.message?.en ?? finding.rule)}`;
  invariant(finding.rule === rule.id, `${at} carries rule id "${finding.rule}", not "${rule.id}"`);
  invariant(['fail', 'pass', 'excepted'].includes(finding.status), `${at} has status "${finding.status}"`);
  invariant(nonEmpty(finding.message.vi), `${at} has no Vietnamese message`);
  invariant(nonEmpty(finding.message.en), `${at} has no English message`);
  invariant(nonEmpty(finding.title.vi) && nonEmpty(finding.title.en), `${at} has no bilingual title`);
  invariant(
    finding.citation.length > 0 && finding.citation.every((c) => nonEmpty(c.document)),
    `${at} cites no legal document`,
  );
  if (finding.body !== null) {
    const id = finding.body.id;
    invariant(
      states.some((state) => state.bodies.has(id)),
      `${at} names body "${id}", which is not in the state`,
    );
  }
}

type Subject = readonly [subject: unknown, date: IsoDate];

function lawCheck(rule: Rule, law: RuleLaw, options: RuleLawOptions): (value: Subject) => void {
  return ([subject, date]) => {
    for (const { states, judge, again } of judgements(rule, date, options, subject)) {
      const findings = run(judge, `on ${date}`);
      if (law === 'deterministic') {
        const second = run(judge, `on ${date} the second time`);
        invariant(
          JSON.stringify(second) === JSON.stringify(findings),
          'two evaluations gave different findings',
        );
      }
      if (law === 'well-formed') for (const finding of findings) checkFinding(rule, finding, states);
      if (law === 'json-round-trip' && again !== undefined) {
        const copy = run(again, `on the JSON copy of the state on ${date}`);
        invariant(
          JSON.stringify(copy) === JSON.stringify(findings),
          () =>
            `the JSON copy of the state is judged differently:\n${JSON.stringify(findings)}\nvs\n${JSON.stringify(copy)}`,
        );
      }
    }
  };
}

const TITLES: Readonly<Record<RuleLaw, string>> = {
  'never-throws': 'never throws on a valid state',
  deterministic: 'gives the same findings every time',
  'well-formed': 'gives well-formed findings (rule id, status, bilingual messages, citation, known bodies)',
  'json-round-trip': 'judges a state and its JSON copy alike',
};

/**
 * Checks the rule laws on one rule, state or transition, over generated states or scenarios and the given
 * dates; throws a `LawError` with the shrunk state or scenario when one fails.
 *
 * @example
 * ruleLaws(minDivisionStaff, { parameters: VN_PARAMETERS });
 */
export function ruleLaws(rule: Rule, options: RuleLawOptions = {}): void {
  const { only = RULE_LAWS, states, scenarios, dates = DEFAULT_DATES, parameters: _p, ...run } = options;
  const subjects: fc.Arbitrary<unknown> =
    rule.type === 'state' ? (states ?? arbOrgState({ maxBodies: 16 })) : arbScenario(scenarios ?? {});
  const arbitrary = fc.tuple(subjects, fc.constantFrom(...dates));
  const describe = ([subject, date]: Subject): string =>
    `on ${date}, ${
      rule.type === 'state'
        ? `the state: ${describeState(subject as OrgState)}`
        : `the scenario:\n${describeScenario(subject as GeneratedScenario)}`
    }`;
  for (const law of only) {
    if (law === 'json-round-trip' && rule.type !== 'state') continue;
    assertLaw(`rule ${rule.id} ${TITLES[law]}`, arbitrary, lawCheck(rule, law, options), {
      ...run,
      describe,
    });
  }
}
