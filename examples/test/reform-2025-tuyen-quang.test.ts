import { bridgeBalances, headcountBridge, type OrgState } from '@tinhgon/core';
import { STRUCTURE_TEMPLATES, type StructureTemplate } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { communeRows, runReform2025, unitCounts } from '../src/reform-2025-tuyen-quang.js';

const positions = (level: 'province' | 'district' | 'commune') =>
  (STRUCTURE_TEMPLATES['pre-2025'][level] as StructureTemplate).bodies.reduce((sum, b) => sum + b.quota, 0);

// The 2025 reform on Hà Giang (02) + Tuyên Quang (08), figures by hand from the data files:
// districts-2024.csv: 11 + 7 = 18 districts; communes-2024.csv: 193 + 137 = 330 communes;
// communes-2025.csv: 124 communes in the new 08; commune-mapping-2025.csv: 335 rows, 10 of them partial
// (5 old communes split in two; 2 of those keep their code as a new commune, 3 end).
// Templates (synthetic): a province holds 1,306 positions in 87 bodies, a district 176 in 29, a commune 21 in 9.
describe('the 2025 reform on Hà Giang + Tuyên Quang (Resolution 202/2025/QH15, 1684/NQ-UBTVQH15)', () => {
  const lines: string[] = [];
  const run = runReform2025((line) => lines.push(line));
  const body = (state: OrgState, id: string) => state.bodies.get(id);

  it('reads the mapping: 335 rows, 124 targets that all reuse an old code, 206 communes ending', () => {
    const rows = communeRows();
    expect(rows).toHaveLength(335);
    expect(rows.filter((r) => r.share === 'partial')).toHaveLength(10);
    const targets = new Set(rows.map((r) => r.newCode));
    expect(targets.size).toBe(124);
    expect([...targets].every((code) => run.baseline.units.has(code))).toBe(true);
    expect([positions('province'), positions('district'), positions('commune')]).toEqual([1306, 176, 21]);
  });

  it('runs 1,610 steps: reorganize, 87 province absorptions, 111 × 9 commune absorptions, 18 × 29 dissolutions, abolish', () => {
    // 1 + 87 + 999 + 522 + 1 = 1,610; 111 of the 124 new communes take in at least one other commune.
    expect(run.ok).toBe(true);
    expect(run.log).toHaveLength(1610);
    expect(run.log.at(-1)?.op).toBe('abolishLevel');
  });

  it('leaves one province and 124 communes lying directly in it, and no district', () => {
    // Units: 2 + 18 + 330 → 1 + 124.
    expect(unitCounts(run.baseline)).toEqual({ province: 2, district: 18, commune: 330 });
    expect(unitCounts(run.final)).toEqual({ province: 1, commune: 124 });
    expect([...run.final.units.values()].every((u) => u.parent === null || u.parent === '08')).toBe(true);
    // Bodies: 2 × 87 + 18 × 29 + 330 × 9 = 3,666 → 87 + 124 × 9 = 1,203.
    expect(lines).toContain('Bodies: 3666 → 1203');
  });

  it('merges the commune bodies, with the partial Phường Quang Trung assigned to its first target', () => {
    // New 00691 (Phường Hà Giang 2) takes 00688 (partial, first target), 00691, 00692, 00697, 00934:
    // 5 People's Committees × 10 positions = 50; it now reports to the province's People's Committee.
    expect(body(run.final, '00691.ubnd')).toMatchObject({ quota: 50, parent: '08.ubnd', unit: '00691' });
    expect(body(run.final, '00691.dang-uy')?.parent).toBe('08.tinh-uy');
    expect(body(run.final, '00688.ubnd')).toBeUndefined();
  });

  it('keeps province and commune positions and releases every district position (a bridge that sums)', () => {
    const rows = headcountBridge(run, 'level', 'quota');
    // Province 2 × 1,306 = 2,612; commune 330 × 21 = 6,930; district 18 × 176 = 3,168, all released.
    expect(rows.find((r) => r.group === 'province')).toMatchObject({ start: 2612, end: 2612 });
    expect(rows.find((r) => r.group === 'commune')).toMatchObject({ start: 6930, end: 6930 });
    expect(rows.find((r) => r.group === 'district')).toMatchObject({ start: 3168, released: 3168, end: 0 });
    for (const row of rows) expect(bridgeBalances(row)).toBe(true);
  });
});
