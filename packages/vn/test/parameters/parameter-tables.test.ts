import { type ParameterTable, parseParameterTable, resolveParameter } from '@tinhgon/core';
import {
  communeDivisionsTable,
  divisionDeputies2020Table,
  divisionDeputies2026Table,
  divisionMinStaffTable,
  maxDepartmentsTable,
  staffCut2015Table,
  subDepartmentDivisionMinStaffTable,
  subDepartmentMinStaffTable,
  VN_PARAMETERS,
} from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

/** Resolves a table on a date for a province class (or none) and an input. */
function value(table: ParameterTable, date: string, provinceClass?: string, input?: number) {
  return resolveParameter(table, date, {
    attributes: (name) => (name === 'provinceClass' ? provinceClass : undefined),
    ...(input === undefined ? {} : { input }),
  });
}

describe('division minimum staff (so.phong_min_staff)', () => {
  it('is 5 under the 2018 plans, from the date of Plan 300/KH-UBND', () => {
    expect(value(divisionMinStaffTable, '2018-06-19')).toBeUndefined();
    expect(value(divisionMinStaffTable, '2018-06-20')).toMatchObject({
      value: 5,
      source: { document: 'Kế hoạch 300/KH-UBND', seed: '002_2601a27634ddaafe.txt I' },
    });
    expect(value(divisionMinStaffTable, '2025-02-28', 'special')?.value).toBe(5);
  });

  it('depends on the province class from 1 March 2025, with the lowest minimum when the class is unknown', () => {
    const on = (provinceClass?: string) => value(divisionMinStaffTable, '2025-03-01', provinceClass);
    expect([on('special'), on('I'), on('II'), on('III')].map((p) => p?.value)).toEqual([7, 6, 5, 5]);
    expect(on()).toMatchObject({ value: 5, case: 'provinceClass = (default)' });
    expect(on('I')).toMatchObject({
      case: 'provinceClass = I',
      source: { document: 'Nghị định 45/2025/NĐ-CP', article: 'Điều 5 khoản 2 điểm b' },
    });
    expect(on('I')?.note).toMatch(/150\/2025.*not seen/);
  });
});

describe('sub-department minimums', () => {
  it('are in force from 1 March 2025: 12 for a chi cục, 5 (medium) for a division inside one', () => {
    expect(value(subDepartmentMinStaffTable, '2025-02-28')).toBeUndefined();
    expect(value(subDepartmentMinStaffTable, '2025-03-01')).toMatchObject({ value: 12, confidence: 'high' });
    expect(value(subDepartmentDivisionMinStaffTable, '2025-03-01')).toMatchObject({
      value: 5,
      confidence: 'medium',
    });
  });
});

describe('deputy bands of a division of a department', () => {
  it('follow NĐ 107/2020 by province class and staff positions', () => {
    const at = (cls: string | undefined, quota: number) =>
      value(divisionDeputies2020Table, '2021-01-01', cls, quota)?.value;
    expect([9, 10, 14, 15].map((q) => at('special', q))).toEqual([1, 2, 2, 3]);
    expect([8, 9, 14, 15].map((q) => at('I', q))).toEqual([1, 2, 2, 3]);
    expect([7, 8, 14, 15].map((q) => at('II', q))).toEqual([1, 2, 2, 3]);
    expect([7, 8].map((q) => at('III', q))).toEqual([1, 2]);
    expect(value(divisionDeputies2020Table, '2021-01-01', undefined, 8)).toMatchObject({
      value: 2,
      case: 'provinceClass = (default)',
      band: 'quota 8–14',
    });
  });

  it('leave a gap from 1 March 2025 (NĐ 45/2025 bands not seen) until NĐ 370/2025 on 1 January 2026', () => {
    for (const date of ['2025-03-01', '2025-12-31']) {
      expect(value(divisionDeputies2020Table, date, 'I', 12)).toBeUndefined();
      expect(value(divisionDeputies2026Table, date, 'I', 12)).toBeUndefined();
    }
    const at = (quota: number, cls?: string) => value(divisionDeputies2026Table, '2026-01-01', cls, quota);
    expect([9, 10, 14, 15].map((q) => at(q)?.value)).toEqual([1, 2, 2, 3]);
    expect(at(9, 'special')).toMatchObject({ value: 1, case: null, confidence: 'medium' });
  });
});

describe('other caps and targets', () => {
  it('allow 14 departments, 15 in Hà Nội and HCM City, citing NĐ 150/2025 from its issue date', () => {
    expect(value(maxDepartmentsTable, '2025-02-28')).toBeUndefined();
    expect(value(maxDepartmentsTable, '2025-03-01')).toMatchObject({
      value: 14,
      source: { document: 'Nghị định 45/2025/NĐ-CP' },
    });
    expect(value(maxDepartmentsTable, '2025-06-12', 'special')).toMatchObject({
      value: 15,
      source: { document: 'Nghị định 150/2025/NĐ-CP', article: 'Điều 10 khoản 1' },
    });
  });

  it('give a commune three specialised offices from 1 July 2025 and a 10 % cut against 2015', () => {
    expect(value(communeDivisionsTable, '2025-06-30')).toBeUndefined();
    expect(value(communeDivisionsTable, '2025-07-01')?.value).toBe(3);
    expect(value(staffCut2015Table, '2021-12-31')).toMatchObject({
      value: 10,
      source: { document: 'Nghị quyết 39-NQ/TW', seed: '002_2601a27634ddaafe.txt II.1.4' },
    });
    expect(staffCut2015Table.unit).toBe('percent');
  });
});

describe('VN_PARAMETERS', () => {
  it('are valid JSON tables with unique ids, cited versions in date order and no overlap', () => {
    const ids = VN_PARAMETERS.map((table) => table.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const table of VN_PARAMETERS) {
      expect(parseParameterTable(JSON.parse(JSON.stringify(table)))).toEqual(table);
      expect(table.id).toMatch(/^vn\.[a-z0-9-]+$/);
      table.versions.forEach((version, i) => {
        expect(version.source.document, table.id).not.toBe('');
        const next = table.versions[i + 1];
        if (next !== undefined) {
          expect(version.until, table.id).toBeDefined();
          expect((version.until as string) <= (next.from as string), table.id).toBe(true);
        }
      });
    }
  });
});
