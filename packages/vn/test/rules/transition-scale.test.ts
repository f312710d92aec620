import { checkTransition, parseState, runScenario } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { VN_RULES, vnRuleSet } from '../../src/index.js';
import { loadFixtures } from '../support/fixtures.js';

// The transition rules read a change two ways: a log that names few of the bodies looks them up one by
// one; a log that names a good share of them (a national reform) reads each state in one pass. Bodies the
// change does not touch must not change a finding, so a fixture judges the same with a thousand unrelated
// bodies added (which turns a small fixture's log from "names most bodies" to "names few").

type StateDoc = { units: unknown[]; bodies: unknown[] } & Record<string, unknown>;

function padded(state: StateDoc, count: number): StateDoc {
  const unit = { code: 'pad', name: 'Elsewhere', level: 'province', parent: null };
  const bodies = Array.from({ length: count }, (_, i) => ({
    id: `pad-${i}`,
    name: `Unrelated ${i}`,
    kind: i % 2 === 0 ? 'department' : 'division',
    sector: 'state',
    level: 'province',
    ...(i % 2 === 0 ? { unit: 'pad' } : {}),
    parent: i % 2 === 0 ? null : `pad-${i - 1}`,
    functions: i % 2 === 0 ? ['office'] : [],
    quota: 5,
    actual: 5,
  }));
  return { ...state, units: [...state.units, unit], bodies: [...state.bodies, ...bodies] };
}

const transitions = VN_RULES.filter((rule) => rule.type === 'transition');

function judge(state: unknown, fixture: Record<string, unknown>): string {
  const run = runScenario(parseState(state), { name: 'scale', steps: fixture.steps as never });
  expect(run.ok).toBe(true);
  const options = { date: fixture.date as string, parameters: vnRuleSet.parameters, explain: true };
  const findings = checkTransition(run.baseline, run.final, run.log, transitions, options);
  return JSON.stringify(findings.map((f) => ({ ...f, body: f.body?.id ?? null })));
}

describe('transition rules judge a change alike on a small state and a large one', () => {
  const withSteps = loadFixtures('rules').filter(([, fixture]) => fixture.steps !== undefined);

  it.each(withSteps)('%s', (_file, fixture) => {
    const state = fixture.state as StateDoc;
    expect(judge(padded(state, 1000), fixture)).toBe(judge(state, fixture));
  });
});
