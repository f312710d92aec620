import { InvalidArgumentError, type UnitCode } from '@tinhgon/core';
import { parseCsvRecords } from './csv.js';
import { type DataDirOptions, readDataFile, resolveDataDir } from './data-dir.js';

/** One old province and the new province it went into on 1 July 2025 (Resolution 202/2025/QH15). */
export interface ProvinceMappingRow {
  readonly oldCode: UnitCode;
  readonly oldName: string;
  readonly newCode: UnitCode;
  readonly newName: string;
}

/**
 * One (old unit, new commune) pair of the July 2025 commune reorganisation. An old unit that went whole
 * into one new commune has one `full` row; one divided between several has a `partial` row for each.
 * `oldLevel` is `district` for the five island districts without communes that became special zones.
 */
export interface CommuneMappingRow {
  readonly oldCode: UnitCode;
  readonly oldLevel: 'commune' | 'district';
  readonly oldName: string;
  readonly oldDistrict: UnitCode;
  readonly oldProvince: UnitCode;
  readonly newCode: UnitCode;
  readonly newName: string;
  readonly newProvince: UnitCode;
  readonly share: 'full' | 'partial';
}

const cache = new Map<string, readonly unknown[]>();

function cached<T>(key: string, options: DataDirOptions, load: () => T[]): readonly T[] {
  const full = `${resolveDataDir(options)}\u0000${key}`;
  const hit = cache.get(full);
  if (hit !== undefined) return hit as readonly T[];
  const rows = Object.freeze(load().map((row) => Object.freeze(row)));
  cache.set(full, rows);
  return rows;
}

/** The 63 rows old province → new province, from `province-mapping-2025.csv`. */
export function loadProvinceMapping(options: DataDirOptions = {}): readonly ProvinceMappingRow[] {
  return cached('province-mapping', options, () =>
    parseCsvRecords(
      readDataFile('province-mapping-2025.csv', options),
      ['old_province_code', 'old_province_name', 'new_province_code', 'new_province_name'],
      'loadProvinceMapping',
    ).map((row) => ({
      oldCode: row.old_province_code as string,
      oldName: row.old_province_name as string,
      newCode: row.new_province_code as string,
      newName: row.new_province_name as string,
    })),
  );
}

const SHARES = new Set(['full', 'partial']);
const OLD_LEVELS = new Set(['commune', 'district']);

/** The 10,584 rows old commune (or island district) → new commune, from `commune-mapping-2025.csv`. */
export function loadCommuneMapping(options: DataDirOptions = {}): readonly CommuneMappingRow[] {
  return cached('commune-mapping', options, () =>
    parseCsvRecords(
      readDataFile('commune-mapping-2025.csv', options),
      [
        'old_code',
        'old_level',
        'old_name',
        'old_district_code',
        'old_province_code',
        'new_commune_code',
        'new_commune_name',
        'new_province_code',
        'merge_type',
      ],
      'loadCommuneMapping',
    ).map((row, index) => {
      const share = row.merge_type as string;
      const oldLevel = row.old_level as string;
      if (!SHARES.has(share) || !OLD_LEVELS.has(oldLevel)) {
        throw new InvalidArgumentError(
          `@tinhgon/vn/loadCommuneMapping: row ${index + 2} has a bad merge_type or old_level`,
        );
      }
      return {
        oldCode: row.old_code as string,
        oldLevel: oldLevel as CommuneMappingRow['oldLevel'],
        oldName: row.old_name as string,
        oldDistrict: row.old_district_code as string,
        oldProvince: row.old_province_code as string,
        newCode: row.new_commune_code as string,
        newName: row.new_commune_name as string,
        newProvince: row.new_province_code as string,
        share: share as CommuneMappingRow['share'],
      };
    }),
  );
}
