import { levelRank } from '../model/level.js';
import type { ParsedStateJson } from '../schema/state-schema.js';
import { checkPeriod } from './dates-invariant.js';
import type { StateIssue } from './issue.js';
import { findParentCycles } from './parent-cycles.js';

type Bodies = ParsedStateJson['bodies'];
type Units = NonNullable<ParsedStateJson['units']>;

/** Parents exist, belongs-to has no cycle, levels descend, units exist and match, tags are a set, dates order. */
export function checkBodies(
  bodies: Bodies,
  bodyIndex: ReadonlyMap<string, number>,
  units: Units,
  unitIndex: ReadonlyMap<string, number>,
  issues: StateIssue[],
): void {
  bodies.forEach((body, i) => {
    const path = ['bodies', i] as const;
    if (body.parent !== null) {
      const parentAt = bodyIndex.get(body.parent);
      if (parentAt === undefined) {
        issues.push({
          code: 'missing-parent',
          path: [...path, 'parent'],
          body: body.id,
          parent: body.parent,
        });
      } else {
        const parent = bodies[parentAt];
        if (parent !== undefined && levelRank(body.level) < levelRank(parent.level)) {
          issues.push({
            code: 'level-above-parent',
            path: [...path, 'level'],
            body: body.id,
            level: body.level,
            parent: parent.id,
            parentLevel: parent.level,
          });
        }
      }
    }
    if (body.unit !== undefined) {
      const unitAt = unitIndex.get(body.unit);
      const unit = unitAt === undefined ? undefined : units[unitAt];
      if (unit === undefined) {
        issues.push({ code: 'unknown-unit', path: [...path, 'unit'], body: body.id, unit: body.unit });
      } else if (unit.level !== body.level) {
        issues.push({
          code: 'unit-level-mismatch',
          path: [...path, 'unit'],
          body: body.id,
          level: body.level,
          unit: unit.code,
          unitLevel: unit.level,
        });
      }
    }
    const seen = new Set<string>();
    body.functions.forEach((tag, t) => {
      if (seen.has(tag))
        issues.push({ code: 'duplicate-function', path: [...path, 'functions', t], body: body.id, tag });
      seen.add(tag);
    });
    checkPeriod(body, 'body', body.id, path, issues);
  });

  const parentOf = (id: string): string | null | undefined => {
    const at = bodyIndex.get(id);
    return at === undefined ? undefined : bodies[at]?.parent;
  };
  for (const cycle of findParentCycles(bodyIndex.keys(), parentOf)) {
    const first = cycle[0] as string;
    issues.push({
      code: 'parent-cycle',
      path: ['bodies', bodyIndex.get(first) as number, 'parent'],
      bodies: cycle,
    });
  }
}
