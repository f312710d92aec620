import { aggregate, InvalidArgumentError, stringifyState } from '@tinhgon/core';
import { buildNationalState, nationalStateJson } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

const levels = (codes: Iterable<{ level: string }>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const { level } of codes) out[level] = (out[level] ?? 0) + 1;
  return out;
};

describe('buildNationalState on a subset', () => {
  // Đắk Nông (67): 8 districts, 71 communes; Bình Dương (74): 9 districts, 91 communes (districts-2024.csv,
  // communes-2024.csv). Bodies: 2 × 87 + 17 × 29 + 162 × 9 = 174 + 493 + 1,458 = 2,125.
  const state = buildNationalState({ era: 'pre-2025', provinces: ['74', '67'] });

  it('has every unit of the two provinces and the bodies of the templates', () => {
    expect(levels(state.units.values())).toEqual({ province: 2, district: 17, commune: 162 });
    expect(state.bodies.size).toBe(2125);
    // Three `leads` relations per unit (party committee → Council, Committee, Front): 181 × 3.
    expect(state.relations.size).toBe(543);
    expect(state.bodies.get('67.so-noi-vu')).toMatchObject({
      name: 'Sở Nội vụ tỉnh Đắk Nông',
      kind: 'department',
      parent: '67.ubnd',
      unit: '67',
    });
    expect(state.bodies.get('67.so-noi-vu.to-chuc-bien-che')).toMatchObject({ kind: 'division', quota: 7 });
    expect(state.bodies.get('74.tinh-uy')?.name).toBe('Tỉnh ủy Bình Dương');
    const district = state.units.get('660');
    expect(district?.parent).toBe('67');
    expect(state.bodies.get('660.huyen-uy')?.parent).toBe('67.tinh-uy');
  });

  it('is deterministic and independent of the order provinces are asked for', () => {
    const again = buildNationalState({ era: 'pre-2025', provinces: ['67', '74'] });
    expect(stringifyState(again)).toBe(stringifyState(state));
  });

  it('sums positions by sector: 2 × province + 17 × district + 162 × commune', () => {
    const party = aggregate(state, state, 'sector').find((r) => r.group === 'party');
    // Province party: 22 + 20 + 14 + 12 + 25 + 45 + 40 = 178; district: 7 + 6 + 5 + 7 + 11 + 5 = 41;
    // commune: 3. 2 × 178 + 17 × 41 + 162 × 3 = 356 + 697 + 486 = 1,539.
    expect(party?.quota.before).toBe(1539);
  });

  it('builds the post-2025 structure: communes directly under provinces', () => {
    const post = buildNationalState({ era: 'post-2025', provinces: ['08'] });
    // Tuyên Quang (08) after the merger with Hà Giang: 124 communes; 63 + 124 × 15 = 1,923 bodies.
    expect(levels(post.units.values())).toEqual({ province: 1, commune: 124 });
    expect(post.bodies.size).toBe(1923);
    expect(post.bodies.get('00691.dang-uy')?.parent).toBe('08.tinh-uy');
  });

  it('refuses a province code that is not in the list', () => {
    expect(() => nationalStateJson({ era: 'post-2025', provinces: ['67'] })).toThrow(InvalidArgumentError);
  });
});

describe('buildNationalState for the whole country', () => {
  it('builds 63 / 696 / 10,035 units with 115,980 bodies before 2025', { timeout: 120_000 }, () => {
    const state = buildNationalState({ era: 'pre-2025' });
    expect(levels(state.units.values())).toEqual({ province: 63, district: 696, commune: 10_035 });
    // 63 × 87 + 696 × 29 + 10,035 × 9 = 5,481 + 20,184 + 90,315 = 115,980.
    expect(state.bodies.size).toBe(115_980);
    expect(state.relations.size).toBe(10_794 * 3);
  });

  it('builds 34 / 3,321 units with 51,957 bodies after 2025', { timeout: 120_000 }, () => {
    const state = buildNationalState({ era: 'post-2025' });
    expect(levels(state.units.values())).toEqual({ province: 34, commune: 3321 });
    // 34 × 63 + 3,321 × 15 = 2,142 + 49,815 = 51,957.
    expect(state.bodies.size).toBe(51_957);
  });
});
