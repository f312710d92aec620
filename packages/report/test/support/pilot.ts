import { readFileSync } from 'node:fs';
import { parseState, runScenario, type ScenarioRun } from '@tinhgon/core';

const FIXTURES = new URL('../../../cli/test/fixtures/', import.meta.url);

/** The Nam Trực baseline and the pilot scenario of the CLI's fixtures, run. */
export function pilotRun(name = 'pilot.scenario.json'): ScenarioRun {
  const baseline = parseState(readFileSync(new URL('nam-truc.json', FIXTURES), 'utf8'));
  return runScenario(baseline, JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')));
}
