import { fileURLToPath } from 'node:url';
import { NotFoundError } from '@tinhgon/core';
import {
  adminUnitsFromCsv,
  loadAdminUnits,
  loadCommuneMapping,
  loadProvinceMapping,
  resolveDataDir,
} from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { findDataDir } from '../../src/admin-units/data-dir.js';

const count = <T>(items: readonly T[], pick: (item: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[pick(item)] = (out[pick(item)] ?? 0) + 1;
  return out;
};

// Figures from packages/vn/data/vn-admin/README.md.
describe('loadAdminUnits', () => {
  it('finds the data shipped in the package from the module file', () => {
    expect(resolveDataDir()).toBe(fileURLToPath(new URL('../../data/vn-admin', import.meta.url)));
  });

  it('loads 63 provinces, 696 districts and 10,035 communes before 2025, with their types', () => {
    const units = loadAdminUnits('pre-2025');
    expect(count(units, (u) => u.level)).toEqual({ province: 63, district: 696, commune: 10_035 });
    expect(
      count(
        units.filter((u) => u.level === 'commune'),
        (u) => u.type ?? '',
      ),
    ).toEqual({
      Xã: 7692,
      Phường: 1726,
      'Thị trấn': 617,
    });
    expect(units.find((u) => u.code === '67')).toEqual({
      code: '67',
      name: 'Tỉnh Đắk Nông',
      level: 'province',
      parent: null,
      type: 'Tỉnh',
      attributes: { shortName: 'Đắk Nông', typeEn: 'province', region: 'Tây Nguyên' },
    });
    expect(units.find((u) => u.code === '00001')).toMatchObject({
      level: 'commune',
      parent: '001',
      type: 'Phường',
    });
    expect(units.find((u) => u.code === '001')).toMatchObject({
      level: 'district',
      parent: '01',
      type: 'Quận',
    });
  });

  it('loads 34 provinces and 3,321 communes after 2025, communes lying directly in a province', () => {
    const units = loadAdminUnits('post-2025');
    expect(count(units, (u) => u.level)).toEqual({ province: 34, commune: 3321 });
    expect(
      count(
        units.filter((u) => u.level === 'commune'),
        (u) => u.type ?? '',
      ),
    ).toEqual({
      Xã: 2621,
      Phường: 687,
      'Đặc khu tại hải đảo': 13,
    });
    const provinces = new Set(units.filter((u) => u.level === 'province').map((u) => u.code));
    expect(units.every((u) => u.parent === null || provinces.has(u.parent))).toBe(true);
  });

  it('is cached and frozen, and reads from another folder when asked', () => {
    expect(loadAdminUnits('pre-2025')).toBe(loadAdminUnits('pre-2025'));
    expect(Object.isFrozen(loadAdminUnits('pre-2025')[0])).toBe(true);
    expect(() => loadAdminUnits('pre-2025', { dataDir: '/nonexistent' })).toThrow(NotFoundError);
  });

  it('parses unit CSV text on its own', () => {
    const text =
      'code,name,full_name,type,type_en,province_code\n"001","Ba Đình","Quận Ba Đình",Quận,urban_district,01\n';
    expect(adminUnitsFromCsv(text, 'district', 'province_code')[0]).toMatchObject({
      code: '001',
      name: 'Quận Ba Đình',
      parent: '01',
    });
  });
});

describe('the 2025 mappings', () => {
  it('maps 63 old provinces to 34 new ones, 11 of them unchanged', () => {
    const rows = loadProvinceMapping();
    expect(rows).toHaveLength(63);
    expect(new Set(rows.map((r) => r.newCode)).size).toBe(34);
    const targets = count(rows, (r) => r.newCode);
    expect(Object.values(targets).filter((n) => n === 1)).toHaveLength(11);
    expect(rows.find((r) => r.oldCode === '67')).toEqual({
      oldCode: '67',
      oldName: 'Tỉnh Đắk Nông',
      newCode: '68',
      newName: 'Tỉnh Lâm Đồng',
    });
  });

  it('has 10,584 commune rows: 9,587 full and 997 partial, five from island districts', () => {
    const rows = loadCommuneMapping();
    expect(rows).toHaveLength(10_584);
    expect(count(rows, (r) => r.share)).toEqual({ full: 9587, partial: 997 });
    expect(
      rows
        .filter((r) => r.oldLevel === 'district')
        .map((r) => r.oldCode)
        .sort(),
    ).toEqual(['318', '471', '498', '536', '755']);
    expect(rows.filter((r) => r.oldCode === '00688').map((r) => [r.newCode, r.share])).toEqual([
      ['00691', 'partial'],
      ['00694', 'partial'],
    ]);
  });
});

describe('findDataDir', () => {
  const dataDir = fileURLToPath(new URL('../../data/vn-admin', import.meta.url));

  it('finds the data from the source module and from where the build puts the bundle', () => {
    expect(findDataDir(new URL('../../src/admin-units/data-dir.ts', import.meta.url))).toBe(dataDir);
    // tsup bundles everything into dist/index.js and dist/index.cjs: one folder up from there.
    expect(findDataDir(new URL('../../dist/index.cjs', import.meta.url))).toBe(dataDir);
  });

  it('says so when there is no data folder above the module', () => {
    expect(() => findDataDir('file:///nowhere/at/all.js')).toThrow(NotFoundError);
  });
});
