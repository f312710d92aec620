/**
 * The admin-unit steps on a {@link FloorGraph}: reorganizeUnits (both benchmarks) and abolishLevel (the
 * national reform), each the same state change as tinhgon's transformation of that name, made in place.
 */
import type { AbolishLevelParams, ReorganizeUnitsParams } from '@tinhgon/core';
import type { FloorGraph } from './floor-graph.js';

/**
 * reorganizeUnits: the new units are added; the bodies sitting in an ending unit (one mapped from and not
 * to) move to their `assign`ed unit or to its first new unit, the units below it not ending too are
 * re-parented there, and it is removed.
 */
export function reorganizeUnitsOnFloor(floor: FloorGraph, params: ReorganizeUnitsParams): void {
  for (const unit of params.establish ?? []) floor.addUnit(unit.code, unit.level, unit.parent);
  const targets = new Map<string, string[]>();
  for (const row of params.mapping) {
    const list = targets.get(row.from);
    if (list === undefined) targets.set(row.from, [row.to]);
    else if (!list.includes(row.to)) list.push(row.to);
  }
  const kept = new Set(params.mapping.map((row) => row.to));
  const assigned = new Map((params.assign ?? []).map((row) => [row.body, row.unit]));
  const ending = new Set([...targets.keys()].filter((code) => !kept.has(code)));
  for (const code of ending) {
    const to = (targets.get(code) as string[])[0] as string;
    for (const body of [...(floor.bodiesByUnit.get(code) ?? [])])
      floor.setUnit(body, assigned.get(body) ?? to);
    for (const child of [...(floor.unitChildren.get(code) ?? [])])
      if (!ending.has(child)) floor.setUnitParent(child, to);
  }
  for (const code of ending) {
    for (const child of [...(floor.unitChildren.get(code) ?? [])]) floor.setUnitParent(child, null);
    floor.removeUnit(code);
  }
}

/** abolishLevel: each unit of the level is removed, the units below it re-parented to the unit above it. */
export function abolishLevelOnFloor(floor: FloorGraph, params: AbolishLevelParams): void {
  for (const unit of [...floor.units.values()]) {
    if (unit.level !== params.level) continue;
    for (const child of [...(floor.unitChildren.get(unit.code) ?? [])])
      floor.setUnitParent(child, unit.parent);
    floor.removeUnit(unit.code);
  }
}
