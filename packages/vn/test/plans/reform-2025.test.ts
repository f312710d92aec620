import {
  bridgeBalances,
  headcountBridge,
  InvalidArgumentError,
  type OrgState,
  runScenario,
  type ScenarioRun,
} from '@tinhgon/core';
import {
  buildNationalState,
  loadCommuneMapping,
  reform2025Scenario,
  reform2025Steps,
  STRUCTURE_TEMPLATES,
  type StructureTemplate,
} from '@tinhgon/vn';
import { beforeAll, describe, expect, it } from 'vitest';

const template = (level: 'province' | 'district' | 'commune') =>
  STRUCTURE_TEMPLATES['pre-2025'][level] as StructureTemplate;
const positions = (level: 'province' | 'district' | 'commune') =>
  template(level).bodies.reduce((sum, b) => sum + b.quota, 0);
const opCounts = (steps: readonly { op: string }[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const { op } of steps) out[op] = (out[op] ?? 0) + 1;
  return out;
};
const unitCounts = (state: OrgState): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const unit of state.units.values()) out[unit.level] = (out[unit.level] ?? 0) + 1;
  return out;
};

// The figures of examples/test/reform-2025-tuyen-quang.test.ts, by hand from the data files: 18 districts and
// 330 communes in Hà Giang (02) + Tuyên Quang (08); 335 mapping rows, 10 partial; 124 new communes, 111 of
// which take in at least one other commune. Templates: 87 / 29 / 9 bodies, 1,306 / 176 / 21 positions.
describe('reform2025Steps on Hà Giang + Tuyên Quang', () => {
  const baseline = buildNationalState({ era: 'pre-2025', provinces: ['02', '08'] });
  const steps = reform2025Steps(baseline);
  const run = runScenario(baseline, { name: 'Hà Giang + Tuyên Quang', steps });

  it('makes the example’s 1,610 steps: reorganize, 87 + 111 × 9 absorbs, 18 × 29 dissolves, abolish', () => {
    expect(opCounts(steps)).toEqual({ reorganizeUnits: 1, absorb: 87 + 999, dissolve: 522, abolishLevel: 1 });
    expect(reform2025Steps(baseline, { provinces: ['08', '02'] })).toEqual(steps);
    const [reorganize] = steps;
    // The province row 02 → 08 and the 335 commune rows; 3 ending partial communes × 9 bodies assigned.
    expect(reorganize).toMatchObject({ op: 'reorganizeUnits', effective: '2025-07-01' });
    if (reorganize?.op !== 'reorganizeUnits') throw new Error('expected reorganizeUnits first');
    expect(reorganize.mapping).toHaveLength(336);
    expect(reorganize.mapping[0]).toEqual({ from: '02', to: '08', share: 'full' });
    expect(reorganize.assign).toHaveLength(27);
    expect(reorganize.establish).toBeUndefined();
  });

  it('cites Resolution 202/2025/QH15 for provinces and districts, 1684/NQ-UBTVQH15 for the communes', () => {
    expect(steps[1]).toMatchObject({ op: 'absorb', target: '08.lien-doan-lao-dong', planItem: '002 I' });
    expect(steps[1]?.basis?.document).toBe('Nghị quyết 202/2025/QH15');
    const commune = steps.find((s) => s.op === 'absorb' && s.target === '00691.ubnd');
    expect(commune?.basis).toEqual({
      document: 'Nghị quyết 1684/NQ-UBTVQH15',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      date: '2025-06-16',
    });
    expect(steps.at(-1)).toMatchObject({ op: 'abolishLevel', level: 'district' });
  });

  it('runs to one province and 124 communes, with the example’s bodies and positions', () => {
    expect(run.ok).toBe(true);
    expect(unitCounts(run.final)).toEqual({ province: 1, commune: 124 });
    // 3,666 → 87 + 124 × 9 = 1,203 bodies; 00691 takes 5 People's Committees × 10 positions.
    expect([run.baseline.bodies.size, run.final.bodies.size]).toEqual([3666, 1203]);
    expect(run.final.bodies.get('00691.ubnd')).toMatchObject({ quota: 50, parent: '08.ubnd', unit: '00691' });
    const rows = headcountBridge(run, 'level', 'quota');
    expect(rows.find((r) => r.group === 'district')).toMatchObject({ start: 3168, released: 3168, end: 0 });
    expect(rows.find((r) => r.group === 'commune')).toMatchObject({ start: 6930, end: 6930 });
  });

  it('names the scenario and keeps it runnable as a document', () => {
    expect(reform2025Scenario(baseline).name).toBe('Sắp xếp đơn vị hành chính 2025');
    expect(reform2025Scenario(baseline, { name: 'x' })).toEqual({ name: 'x', steps });
  });

  it('refuses a province without the provinces merged with it, and an unknown code', () => {
    // Hà Giang (02) went into Tuyên Quang (08): one without the other cannot be reorganised.
    expect(() => reform2025Steps(baseline, { provinces: ['02'] })).toThrow(InvalidArgumentError);
    expect(() => reform2025Steps(baseline, { provinces: ['08'] })).toThrow(InvalidArgumentError);
    expect(() => reform2025Steps(baseline, { provinces: ['99'] })).toThrow(InvalidArgumentError);
  });
});

// The whole country: 63 / 696 / 10,035 units with 115,980 bodies (see build-national-state.test.ts) → 34
// provinces and 3,321 communes (provinces-2025.csv, communes-2025.csv). 23 new provinces are formed by
// merger (52 old ones into 23, data/vn-admin/README.md); 3,151 new communes take in at least one other
// commune; 5 special zones replace island districts without communes (the mapping's `district` rows).
describe('reform2025Steps on the whole country', () => {
  let baseline: OrgState;
  let steps: ReturnType<typeof reform2025Steps>;
  let run: ScenarioRun;
  beforeAll(() => {
    baseline = buildNationalState({ era: 'pre-2025' });
    steps = reform2025Steps(baseline);
    run = runScenario(baseline, { name: 'Sắp xếp 2025', steps });
  }, 180_000);

  it('plans 50,591 steps and runs them all', () => {
    const targets = new Set(
      loadCommuneMapping()
        .filter((r) => r.oldLevel === 'commune')
        .map((r) => r.newCode),
    );
    const receiving = new Set<string>();
    const seen = new Set<string>();
    for (const row of loadCommuneMapping()) {
      if (row.oldLevel !== 'commune' || targets.has(row.oldCode) || seen.has(row.oldCode)) continue;
      seen.add(row.oldCode);
      receiving.add(row.newCode);
    }
    expect(receiving.size).toBe(3151);
    // 1 + 23 × 87 + 3,151 × 9 + 5 × 9 + 696 × 29 + 1 = 1 + 2,001 + 28,359 + 45 + 20,184 + 1.
    expect(opCounts(steps)).toEqual({
      reorganizeUnits: 1,
      absorb: 2001 + 28_359,
      establish: 45,
      dissolve: 20_184,
      abolishLevel: 1,
    });
    expect(run.failures.map((f) => f.message.en)).toEqual([]);
    expect(run.ok).toBe(true);
    expect(run.log).toHaveLength(50_591);
  });

  it('leaves 34 provinces and 3,321 communes lying directly in them, and no district', () => {
    expect(unitCounts(run.final)).toEqual({ province: 34, commune: 3321 });
    const provinces = new Set(
      [...run.final.units.values()].filter((u) => u.level === 'province').map((u) => u.code),
    );
    expect([...run.final.units.values()].every((u) => u.parent === null || provinces.has(u.parent))).toBe(
      true,
    );
    expect(run.final.units.get('26732')).toMatchObject({ name: 'Đặc khu Côn Đảo', parent: '79' });
  });

  it('gives every province and commune exactly the bodies of its template', () => {
    // 34 × 87 + 3,321 × 9 = 2,958 + 29,889 = 32,847.
    expect(run.final.bodies.size).toBe(32_847);
    const keys = (level: 'province' | 'commune') =>
      template(level)
        .bodies.map((b) => b.key)
        .sort();
    for (const unit of run.final.units.values()) {
      const level = unit.level as 'province' | 'commune';
      const ids = [...(run.final.index.bodiesByUnit.get(unit.code) ?? [])].sort();
      expect(ids, unit.code).toEqual(keys(level).map((key) => `${unit.code}.${key}`));
    }
    expect(run.final.bodies.get('26732.dang-uy')).toMatchObject({ parent: '79.tinh-uy', level: 'commune' });
  });

  it('keeps province positions, adds the special zones’, and releases every district position', () => {
    // Province 63 × 1,306 = 82,278; commune 10,035 × 21 = 210,735, + 5 × 21 established = 210,840;
    // district 696 × 176 = 122,496, all released. In all 415,509 → 293,118.
    expect([positions('province'), positions('district'), positions('commune')]).toEqual([1306, 176, 21]);
    const rows = headcountBridge(run, 'level', 'quota');
    for (const row of rows) expect(bridgeBalances(row), row.group).toBe(true);
    expect(
      rows.map(({ group, start, created, released, end }) => ({ group, start, created, released, end })),
    ).toEqual([
      { group: 'commune', start: 210_735, created: 105, released: 0, end: 210_840 },
      { group: 'district', start: 122_496, created: 0, released: 122_496, end: 0 },
      { group: 'province', start: 82_278, created: 0, released: 0, end: 82_278 },
    ]);
    // Nothing moves between levels: every other line of the bridge is zero.
    for (const row of rows) {
      expect([row.cut, row.transferredOut, row.transferredIn, row.restructured, row.reclassified]).toEqual([
        0, 0, 0, 0, 0,
      ]);
    }
  });
});
