import {
  againstYear,
  aggregate,
  bodyDeltas,
  bridgeBalances,
  compareRuns,
  comparisonTables,
  focalPoints,
  headcountBridge,
  type RuleSet,
  runScenario,
  scenario,
  staffingTables,
  toCsv,
} from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState } from '../support/district.js';

const into = (id: string, name: string) => ({
  id,
  name,
  kind: 'party-state-body',
  sector: 'party',
  level: 'district' as const,
  unit: '660',
  parent: 'huyen-uy',
});

// Seed 000 II.1.3–1.5: three consolidations; then a 10 % cut of the common office (seed 002 II.1.4).
const pilot = scenario('pilot')
  .consolidate({
    effective: '2019-01-01',
    sources: ['ban-to-chuc', 'phong-noi-vu'],
    into: into('btc-nv', 'Ban Tổ chức - Nội vụ'),
    headPost: 'btc-head',
  })
  .consolidate({
    effective: '2019-01-01',
    sources: ['ubkt', 'thanh-tra'],
    into: into('ubkt-tt', 'Cơ quan UBKT - Thanh tra'),
  })
  .consolidate({
    effective: '2019-01-01',
    sources: ['vp-huyen-uy', 'vp-hdnd-ubnd'],
    into: into('vp-huyen', 'Văn phòng huyện'),
  })
  .cutStaff({ effective: '2020-01-01', body: 'vp-huyen', percent: 10 })
  .transfer({ effective: '2020-06-01', from: 'btc-nv', to: 'ubnd', quota: 1, actual: 1 });

// Figures computed by hand from packages/core/test/fixtures/district.json:
// party bodies before: huyen-uy 0, ban-to-chuc 6/5, ubkt 5/5, vp-huyen-uy 8/8 → quota 19, actual 18
// state bodies before: ubnd 0, phong-noi-vu 7/6, thanh-tra 6/6, vp-hdnd-ubnd 12/11 → quota 25, actual 23
// after: quota btc-nv 13 − 1 = 12, ubkt-tt 11, vp-huyen 20 − round(2.0) = 18 (party 41); ubnd 0 + 1 = 1
// actual btc-nv 11 − 1 = 10, ubkt-tt 11, vp-huyen 19 − round(1.9) = 17 (party 38)
describe('deltas', () => {
  const run = runScenario(districtState(), pilot.build());

  it('lists every body with its lineage and figures before and after', () => {
    const deltas = bodyDeltas(run.baseline, run.final, run.log);
    const byId = new Map(deltas.map((d) => [d.id, d]));
    expect(byId.get('btc-nv')).toMatchObject({
      status: 'began',
      from: ['ban-to-chuc', 'phong-noi-vu'],
      quota: { before: 0, after: 12 },
      heads: { before: 0, after: 1 },
      deputies: { before: 0, after: 1 },
    });
    expect(byId.get('ban-to-chuc')).toMatchObject({
      status: 'ended',
      to: ['btc-nv'],
      quota: { before: 6, after: 0 },
      heads: { before: 1, after: 0 },
    });
    expect(byId.get('ubnd')).toMatchObject({
      status: 'kept',
      from: ['btc-nv'],
      quota: { before: 0, after: 1 },
    });
    expect(deltas.map((d) => d.id)).toEqual([...deltas.map((d) => d.id)].sort());
  });

  it('aggregates per sector and in total, counting people once and posts per body', () => {
    expect(aggregate(run.baseline, run.final, 'sector')).toEqual([
      {
        by: 'sector',
        group: 'party',
        bodies: { before: 4, after: 4 },
        quota: { before: 19, after: 41 },
        actual: { before: 18, after: 38 },
        heads: { before: 2, after: 1 },
        deputies: { before: 1, after: 1 },
        people: { before: 2, after: 2 },
      },
      {
        by: 'sector',
        group: 'state',
        bodies: { before: 4, after: 1 },
        quota: { before: 25, after: 1 },
        actual: { before: 23, after: 1 },
        heads: { before: 1, after: 0 },
        deputies: { before: 0, after: 0 },
        people: { before: 1, after: 0 },
      },
    ]);
    const [total] = aggregate(run.baseline, run.final, 'total');
    expect(total).toMatchObject({
      bodies: { before: 8, after: 5 },
      quota: { before: 44, after: 42 },
      people: { before: 2, after: 2 },
    });
  });

  it('bridges headcount from start to end, exactly, per group', () => {
    const [total] = headcountBridge(run, 'total', 'quota');
    expect(total).toMatchObject({
      start: 44,
      created: 0,
      cut: 2,
      released: 0,
      transferredOut: 1,
      transferredIn: 1,
      restructured: 0,
      end: 42,
    });
    const sectors = headcountBridge(run, 'sector', 'quota');
    expect(sectors.find((r) => r.group === 'state')).toMatchObject({
      start: 25,
      restructured: -25,
      transferredIn: 1,
      end: 1,
    });
    expect(sectors.find((r) => r.group === 'party')).toMatchObject({
      start: 19,
      restructured: 25,
      cut: 2,
      transferredOut: 1,
      end: 41,
    });
    for (const row of [...sectors, total]) if (row !== undefined) expect(bridgeBalances(row)).toBe(true);
  });

  it('compares against the 2015 quota and counts focal points', () => {
    const [year] = againstYear(run.final, '2015');
    // 2015 quotas: ban-to-chuc 7 + phong-noi-vu 8 → btc-nv; ubkt 6 → ubkt-tt. Now 12 + 11 = 23 vs 21.
    expect(year).toMatchObject({ baseline: 21, current: 23, percentChange: 9.52, covered: 2, bodies: 5 });
    const focal = focalPoints(run.baseline, run.final, ['district-office']);
    expect(focal.bySector).toEqual({ party: { before: 4, after: 4 }, state: { before: 4, after: 1 } });
    expect(focal.subUnits).toEqual([{ body: 'ubnd', count: { before: 2, after: 0 } }]);
    expect(focal.shape.before).toEqual({ layers: 2, roots: 2, maxSpan: 3, meanSpan: 3 });
  });

  it('writes tidy CSV tables', () => {
    const tables = staffingTables(run, { baselineYear: '2015' });
    expect(Object.keys(tables)).toEqual(['bodies.csv', 'groups.csv', 'bridge.csv', 'against-2015.csv']);
    expect(tables['bodies.csv']?.split('\r\n')[0]).toMatch(/^id,name,status,level/);
    expect(tables['bridge.csv']).toContain('total,total,quota,44,0,2,0,1,1,0,0,42');
    expect(toCsv([{ a: 'x, "y"', b: null }], ['a', 'b'])).toBe('a,b\r\n"x, ""y""",\r\n');
  });
});

describe('compareRuns', () => {
  const baseline = districtState();
  const fewer: RuleSet = {
    parameters: [],
    rules: [
      {
        type: 'state',
        id: 'test.min-5',
        title: { vi: 'Tối thiểu 5', en: 'At least 5' },
        basis: [{ document: 'Kế hoạch 300/KH-UBND', seed: '002 I' }],
        severity: 'blocking',
        scope: { where: (b) => b.parent !== null },
        checkBody: (b) => ({
          ok: b.quota >= 5,
          values: { quota: b.quota },
          bound: { relation: '>=', limit: 5 },
        }),
        messages: { vi: (v) => `biên chế ${v.values.quota}`, en: (v) => `quota ${v.values.quota}` },
      },
    ],
  };

  it('shows no difference between a scenario and itself', () => {
    const a = runScenario(baseline, pilot.build());
    const b = runScenario(baseline, pilot.build());
    const comparison = compareRuns(a, b, { ruleSet: fewer });
    expect(comparison.same).toBe(true);
    expect(comparison.findings).toEqual([]);
  });

  it('lists figures side by side and the findings that differ, with the step that made the difference', () => {
    const a = runScenario(baseline, pilot.build());
    const b = runScenario(
      baseline,
      pilot.cutStaff({ effective: '2021-01-01', body: 'ubkt-tt', quota: 8, planItem: 'B.3' }).build(),
    );
    const comparison = compareRuns(a, b, { ruleSet: fewer });
    expect(comparison.same).toBe(false);
    expect(comparison.figures.find((r) => r.by === 'total' && r.metric === 'quota')).toMatchObject({
      baseline: 44,
      a: 42,
      b: 34,
      difference: -8,
    });
    expect(comparison.findings).toEqual([
      expect.objectContaining({
        scenario: 'b',
        finding: expect.objectContaining({
          rule: 'test.min-5',
          body: expect.objectContaining({ id: 'ubkt-tt' }),
        }),
        introducedBy: { step: 6, op: 'cutStaff', planItem: 'B.3' },
      }),
    ]);
    expect(comparisonTables(comparison)['finding-differences.csv']).toContain(
      'b,test.min-5,fail,ubkt-tt,6,cutStaff,B.3',
    );
  });

  it('refuses runs from different baselines', () => {
    expect(() =>
      compareRuns(runScenario(baseline, pilot.build()), runScenario(districtState(), pilot.build())),
    ).toThrowError(/baseline/);
  });
});
