import type { BodyTemplate } from './structure-template.js';

/**
 * A department (sở) or district office with its office division and its professional divisions, for the
 * templates: the head body holds the director and deputies (`lead` positions), each division its staff.
 */
export interface UnitWithDivisions {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  readonly functions: readonly string[];
  readonly divisions: readonly (readonly [key: string, name: string, quota: number])[];
}

/**
 * The bodies of a department and its divisions. Synthetic figures: actual is one short of quota in bodies
 * of 6 or more; the 2015 quota is about 12 % above today's (so that a 10 % cut against 2015 is met).
 */
export function departmentBodies(
  dept: UnitWithDivisions,
  parent: string,
  lead: number,
  kind = 'department',
): BodyTemplate[] {
  return [
    {
      ...staffed(lead),
      key: dept.key,
      name: dept.name,
      nameEn: dept.nameEn,
      kind,
      sector: 'state',
      parent,
      functions: dept.functions,
    },
    ...dept.divisions.map(([key, name, quota]) => ({
      ...staffed(quota),
      key: `${dept.key}.${key}`,
      name,
      nameEn: `Division of ${dept.nameEn}`,
      kind: 'division',
      sector: 'state' as const,
      parent: dept.key,
      functions: key === 'van-phong' ? ['office'] : dept.functions,
    })),
  ];
}

/** Synthetic figures for a quota: `{ quota, actual, quota2015 }` (see {@link departmentBodies}). */
export function staffed(quota: number): Pick<BodyTemplate, 'quota' | 'actual' | 'quota2015'> {
  return {
    quota,
    actual: quota >= 6 ? quota - 1 : quota,
    quota2015: quota === 0 ? 0 : Math.ceil(quota * 1.12),
  };
}
