import { levelRank } from '../model/level.js';
import type { ParsedStateJson } from '../schema/state-schema.js';
import { checkPeriod } from './dates-invariant.js';
import type { StateIssue } from './issue.js';

type Units = NonNullable<ParsedStateJson['units']>;

/**
 * Unit parents exist and are of a strictly higher level. Since levels strictly descend, the unit hierarchy
 * cannot contain a cycle, so none is searched for.
 */
export function checkUnits(units: Units, unitIndex: ReadonlyMap<string, number>, issues: StateIssue[]): void {
  units.forEach((unit, i) => {
    const path = ['units', i] as const;
    if (unit.parent !== null) {
      const parentAt = unitIndex.get(unit.parent);
      const parent = parentAt === undefined ? undefined : units[parentAt];
      if (parent === undefined) {
        issues.push({
          code: 'unknown-unit-parent',
          path: [...path, 'parent'],
          unit: unit.code,
          parent: unit.parent,
        });
      } else if (levelRank(parent.level) >= levelRank(unit.level)) {
        issues.push({
          code: 'unit-level-order',
          path: [...path, 'parent'],
          unit: unit.code,
          level: unit.level,
          parent: parent.code,
          parentLevel: parent.level,
        });
      }
    }
    checkPeriod(unit, 'unit', unit.code, path, issues);
  });
}
