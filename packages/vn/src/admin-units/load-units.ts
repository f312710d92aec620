import type { AdminUnit, UnitLevel } from '@tinhgon/core';
import type { AdminEra } from './admin-era.js';
import { parseCsvRecords } from './csv.js';
import { type DataDirOptions, readDataFile, resolveDataDir } from './data-dir.js';

interface FileSpec {
  readonly file: string;
  readonly level: UnitLevel;
  /** The column holding the parent's code; none for a province. */
  readonly parent?: string;
  readonly extra?: readonly string[];
}

const FILES: Readonly<Record<AdminEra, readonly FileSpec[]>> = {
  'pre-2025': [
    { file: 'provinces-2024.csv', level: 'province', extra: ['region'] },
    { file: 'districts-2024.csv', level: 'district', parent: 'province_code' },
    { file: 'communes-2024.csv', level: 'commune', parent: 'district_code' },
  ],
  'post-2025': [
    { file: 'provinces-2025.csv', level: 'province' },
    { file: 'communes-2025.csv', level: 'commune', parent: 'province_code' },
  ],
};

const COMMON = ['code', 'name', 'full_name', 'type', 'type_en'] as const;

/**
 * Admin units from the text of one of the unit CSVs of `data/vn-admin/`. `name` is the full name
 * (`Tỉnh Đắk Nông`), `type` the official type label (`Tỉnh`, `Quận`, `Phường`); the short name, the
 * English type and the region are attributes (`shortName`, `typeEn`, `region`).
 */
export function adminUnitsFromCsv(
  text: string,
  level: UnitLevel,
  parentColumn?: string,
  origin = 'adminUnitsFromCsv',
): AdminUnit[] {
  const columns = [...COMMON, ...(parentColumn === undefined ? [] : [parentColumn])];
  return parseCsvRecords(text, columns, origin).map((row) => {
    const attributes: Record<string, string> = {
      shortName: row.name as string,
      typeEn: row.type_en as string,
    };
    if (row.region !== undefined && row.region !== '') attributes.region = row.region;
    return Object.freeze({
      code: row.code as string,
      name: row.full_name as string,
      level,
      parent: parentColumn === undefined ? null : (row[parentColumn] as string),
      type: row.type as string,
      attributes: Object.freeze(attributes),
    });
  });
}

const cache = new Map<string, readonly AdminUnit[]>();

/**
 * The official admin units of an era, provinces first, then districts (pre-2025 only), then communes, each
 * in code order: 63 + 696 + 10,035 units before the 2025 reform, 34 + 3,321 after. Read once per data
 * folder and cached; the records are frozen.
 *
 * @example
 * const units = loadAdminUnits('post-2025');
 * units.filter((u) => u.level === 'province').length; // 34
 */
export function loadAdminUnits(era: AdminEra, options: DataDirOptions = {}): readonly AdminUnit[] {
  const key = `${resolveDataDir(options)}\u0000${era}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const units = Object.freeze(
    FILES[era].flatMap((spec) =>
      adminUnitsFromCsv(readDataFile(spec.file, options), spec.level, spec.parent, 'loadAdminUnits'),
    ),
  );
  cache.set(key, units);
  return units;
}
