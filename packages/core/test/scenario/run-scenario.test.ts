import {
  extendRun,
  InvalidArgumentError,
  parseScenario,
  runScenario,
  scenario,
  stateAt,
  stateToJson,
  stringifyState,
  traceLineage,
} from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid } from '../support/district.js';
import { deepFreeze } from '../support/fixtures.js';

const into = (id: string, name: string) => ({
  id,
  name,
  kind: 'party-state-body',
  sector: 'party',
  level: 'district' as const,
  unit: '660',
  parent: 'huyen-uy',
});

// Seed 000 II.1: two concurrent appointments and three consolidations in a district.
const pilot = scenario('Kết luận 34: thí điểm cấp huyện')
  .appointConcurrent({
    effective: '2019-01-01',
    planItem: '000 II.1.2',
    person: 'p-binh',
    body: 'thanh-tra',
    post: 'tt-head',
  })
  .consolidate({
    effective: '2019-03-01',
    planItem: '000 II.1.3',
    sources: ['ban-to-chuc', 'phong-noi-vu'],
    into: into('btc-nv', 'Ban Tổ chức - Nội vụ'),
    alsoServes: 'ubnd',
    headPost: 'btc-head',
  })
  .consolidate({
    effective: '2019-03-01',
    planItem: '000 II.1.4',
    sources: ['ubkt', 'thanh-tra'],
    into: into('ubkt-tt', 'Cơ quan UBKT - Thanh tra'),
    alsoServes: 'ubnd',
  })
  .consolidate({
    effective: '2019-03-01',
    planItem: '000 II.1.5',
    sources: ['vp-huyen-uy', 'vp-hdnd-ubnd'],
    into: into('vp-huyen', 'Văn phòng huyện'),
    alsoServes: 'ubnd',
  })
  .cutStaff({ effective: '2021-01-01', body: 'vp-huyen', percent: 10 });

const runJson = (run: ReturnType<typeof runScenario>) =>
  JSON.stringify({ final: stateToJson(run.final), log: run.log, failures: run.failures });

describe('runScenario', () => {
  it('runs the pilot to a valid state with one change record per step', () => {
    const run = runScenario(districtState(), pilot.build());
    expect(run.ok).toBe(true);
    expect(run.log.map((c) => c.planItem)).toEqual([
      '000 II.1.2',
      '000 II.1.3',
      '000 II.1.4',
      '000 II.1.5',
      null,
    ]);
    expect([...run.final.bodies.keys()].sort()).toEqual([
      'btc-nv',
      'huyen-uy',
      'ubkt-tt',
      'ubnd',
      'vp-huyen',
    ]);
    expect(run.final.bodies.get('vp-huyen')).toMatchObject({ quota: 18, actual: 17 });
    expectValid(run.final);
  });

  it('gives identical results for the builder and the same scenario written as JSON text', () => {
    const text = JSON.stringify(pilot.build());
    const fromBuilder = runScenario(districtState(), pilot.build());
    const fromJson = runScenario(districtState(), JSON.parse(text));
    expect(runJson(fromJson)).toBe(runJson(fromBuilder));
    expect(parseScenario(text).steps).toHaveLength(5);
  });

  it('is deterministic and never changes the baseline', () => {
    const baseline = districtState();
    const before = stringifyState(baseline);
    const a = runScenario(baseline, deepFreeze(pilot.build()));
    const b = runScenario(baseline, pilot.build());
    expect(runJson(a)).toBe(runJson(b));
    expect(stringifyState(baseline)).toBe(before);
  });

  it('gives the state in force at any date', () => {
    const run = runScenario(districtState(), pilot.build());
    expect(stateAt(run, '2018-12-31')).toBe(run.baseline);
    expect(stateAt(run, '2019-01-01').posts.get('tt-head')?.holder).toBe('p-binh');
    expect(stateAt(run, '2019-03-01').bodies.has('btc-nv')).toBe(true);
    expect(stateAt(run, '2020-06-30').bodies.get('vp-huyen')?.quota).toBe(20);
    expect(stateAt(run, '2030-01-01')).toBe(run.final);
  });

  it('runs steps in date order, keeping the written order on the same date', () => {
    const late = scenario('x')
      .rename({ effective: '2020-01-01', body: 'ubkt', name: 'B' })
      .rename({ effective: '2019-01-01', body: 'ubkt', name: 'A' })
      .rename({ effective: '2020-01-01', body: 'ubkt', name: 'C' });
    const run = runScenario(districtState(), late.build());
    expect(run.outcomes.map((o) => o.step)).toEqual([2, 1, 3]);
    expect(run.final.bodies.get('ubkt')?.name).toBe('C');
  });

  it('stops at a failing step with a bilingual finding naming it, or collects every failure', () => {
    const broken = pilot
      .absorb({ effective: '2021-06-01', target: 'btc-nv', sources: ['thanh-tra'] })
      .cutStaff({ effective: '2021-07-01', body: 'ubnd', quota: 5 })
      .rename({ effective: '2021-08-01', body: 'btc-nv', name: 'Ban Tổ chức' });
    const stopped = runScenario(districtState(), broken.build());
    expect(stopped.ok).toBe(false);
    expect(stopped.failures).toHaveLength(1);
    expect(stopped.failures[0]).toMatchObject({
      code: 'step-failed',
      step: 6,
      op: 'absorb',
      reason: 'unknown-body',
      subjects: ['thanh-tra'],
    });
    expect(stopped.failures[0]?.message.en).toMatch(/ended by step 3/);
    expect(stopped.failures[0]?.message.vi).toMatch(/Bước 6.*bước 3/);
    expect(stopped.final).toBe(stopped.outcomes[4]?.state);
    const collected = runScenario(districtState(), broken.build(), { onFailure: 'collect' });
    expect(collected.failures.map((f) => f.step)).toEqual([6, 7]);
    expect(collected.final.bodies.get('btc-nv')?.name).toBe('Ban Tổ chức');
  });

  it('refuses to reuse the id of a body an earlier step ended', () => {
    const reuse = pilot.establish({
      effective: '2022-01-01',
      body: { ...into('ubkt', 'Ủy ban Kiểm tra'), functions: [], quota: 1, actual: 1 },
    });
    const run = runScenario(districtState(), reuse.build());
    expect(run.failures[0]).toMatchObject({ step: 6, reason: 'duplicate-id', subjects: ['ubkt'] });
  });

  it('lets branches share the baseline and every record they did not change', () => {
    const baseline = districtState();
    const common = runScenario(baseline, pilot.build());
    const a = extendRun(common, [{ op: 'cutStaff', effective: '2022-01-01', body: 'btc-nv', quota: 1 }]);
    const b = extendRun(common, [{ op: 'cutStaff', effective: '2022-01-01', body: 'ubkt-tt', quota: 1 }]);
    expect(a.final.bodies.get('huyen-uy')).toBe(baseline.bodies.get('huyen-uy'));
    expect(b.final.bodies.get('btc-nv')).toBe(common.final.bodies.get('btc-nv'));
    expect(a.final.bodies.get('ubkt-tt')).toBe(common.final.bodies.get('ubkt-tt'));
    expect(a.final.bodies.get('btc-nv')?.quota).toBe(12);
    expect(a.outcomes.map((o) => o.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(runJson(a)).toBe(
      runJson(
        runScenario(baseline, pilot.cutStaff({ effective: '2022-01-01', body: 'btc-nv', quota: 1 }).build()),
      ),
    );
    expect(() =>
      extendRun(common, [{ op: 'rename', effective: '2018-01-01', body: 'ubnd', name: 'x' }]),
    ).toThrow(InvalidArgumentError);
  });

  it('traces lineage back and forward through the log', () => {
    const run = runScenario(districtState(), pilot.build());
    expect(traceLineage(run.log, 'btc-nv', 'back').map((l) => [l.body, l.kind, l.quota])).toEqual([
      ['ban-to-chuc', 'consolidated', 6],
      ['phong-noi-vu', 'consolidated', 7],
    ]);
    expect(traceLineage(run.log, 'thanh-tra', 'forward').map((l) => l.body)).toEqual(['ubkt-tt']);
  });

  it('rejects a malformed scenario naming the field and value', () => {
    const bad = { name: 'x', steps: [{ op: 'absorb', effective: '2019-01-01', target: 'a', sources: 'b' }] };
    expect(() => runScenario(districtState(), bad as never)).toThrow(InvalidArgumentError);
    expect(() =>
      parseScenario({ name: 'x', steps: [{ op: 'merge', effective: '2019-01-01' }] }),
    ).toThrowError(/steps\[0\]\.op/);
    expect(() => parseScenario('{not json')).toThrow(InvalidArgumentError);
  });
});
