import { readFileSync } from 'node:fs';
import { parseScenario, parseState, runScenario, type Step } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { LONG_RUN_STEPS, progressFor, showsProgress } from '../src/progress.js';
import { runWithProgress } from '../src/run-with-progress.js';
import { testIo } from './support/test-io.js';

const baseline = parseState(readFileSync(new URL('fixtures/nam-truc.json', import.meta.url), 'utf8'));
const cuts: Step[] = Array.from({ length: LONG_RUN_STEPS + 5 }, (_, i) => ({
  op: 'cutStaff',
  effective: `2019-01-${String(1 + i).padStart(2, '0')}`,
  body: i % 2 === 0 ? 'phong-gd-dt' : 'vp-hdnd-ubnd',
  quota: 0,
  actual: 0,
}));
const long = parseScenario({ name: 'Nhiều bước', steps: cuts });

describe('progress', () => {
  it('is drawn only on a terminal, outside CI, for long runs', () => {
    const tty = testIo({ stderrIsTTY: true }).io;
    expect(showsProgress(tty, LONG_RUN_STEPS)).toBe(true);
    expect(showsProgress(tty, LONG_RUN_STEPS - 1)).toBe(false);
    expect(showsProgress({ ...tty, env: { CI: 'true' } }, 100)).toBe(false);
    expect(showsProgress(testIo().io, 100)).toBe(false);
  });

  it('writes nothing when not shown', () => {
    const r = testIo();
    const bar = progressFor(r.io, 100);
    bar.update(1, 2, 'x');
    bar.end();
    expect(r.stderr()).toBe('');
  });

  it('draws a bar step by step and gives the same run as runScenario', () => {
    const r = testIo({ stderrIsTTY: true });
    const run = runWithProgress(r.io, baseline, long);
    expect(r.stderr()).toContain(`[${'-'.repeat(28)}] 0/${cuts.length}`);
    expect(r.stderr().endsWith('\r\u001b[K')).toBe(true);
    const plain = runScenario(baseline, long);
    expect(run.log).toEqual(plain.log);
    expect(run.outcomes.map((o) => o.step)).toEqual(plain.outcomes.map((o) => o.step));
    expect(run.final.bodies.get('phong-gd-dt')).toEqual(plain.final.bodies.get('phong-gd-dt'));
  });

  it('stays silent in tests and CI', () => {
    const r = testIo();
    runWithProgress(r.io, baseline, long);
    expect(r.stderr()).toBe('');
  });
});
