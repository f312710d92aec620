/**
 * reorganizeUnits: one admin unit merged into its sibling (two villages of a commune, two communes of a
 * district, …). Floor: the bodies sitting in the ending unit move to the other (unit attribute and unit
 * index), the units below it are re-parented, and it is removed.
 */
import { type AdminUnit, type ReorganizeUnitsParams, reorganizeUnits } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { shuffled } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function reorganizeOnFloor(floor: FloorGraph, params: ReorganizeUnitsParams): void {
  for (const unit of params.establish ?? []) {
    floor.units.set(unit.code, { code: unit.code, level: unit.level, parent: null });
    floor.setUnitParent(unit.code, unit.parent);
  }
  const targets = new Map<string, string[]>();
  for (const row of params.mapping) {
    const list = targets.get(row.from) ?? [];
    if (!list.includes(row.to)) list.push(row.to);
    targets.set(row.from, list);
  }
  const kept = new Set(params.mapping.map((row) => row.to));
  const assigned = new Map((params.assign ?? []).map((row) => [row.body, row.unit]));
  const ending = [...targets.keys()].filter((code) => !kept.has(code));
  for (const code of ending) {
    const to = targets.get(code) as string[];
    for (const body of [...(floor.bodiesByUnit.get(code) ?? [])])
      floor.setUnit(body, assigned.get(body) ?? (to[0] as string));
    for (const child of [...(floor.unitChildren.get(code) ?? [])])
      if (!ending.includes(child)) floor.setUnitParent(child, to[0] as string);
  }
  for (const code of ending) {
    for (const child of [...(floor.unitChildren.get(code) ?? [])]) floor.setUnitParent(child, null);
    floor.removeUnit(code);
  }
}

export const reorganizeUnitsBench: KindBench<ReorganizeUnitsParams> = {
  op: 'reorganizeUnits',
  pick: (state, count) => {
    const byParent = new Map<string, AdminUnit[]>();
    const units = [...state.units.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    for (const unit of units) {
      const key = `${unit.parent ?? ''}\u0000${unit.level}`;
      const siblings = byParent.get(key);
      if (siblings === undefined) byParent.set(key, [unit]);
      else siblings.push(unit);
    }
    const pairs: [string, string][] = [];
    for (const siblings of byParent.values()) {
      for (let i = 0; i + 1 < siblings.length; i += 2)
        pairs.push([(siblings[i] as AdminUnit).code, (siblings[i + 1] as AdminUnit).code]);
    }
    return shuffled(pairs)
      .slice(0, count)
      .map(([to, from]) => ({ effective: EFFECTIVE, mapping: [{ from, to }] }));
  },
  step: reorganizeUnits,
  floor: reorganizeOnFloor,
};
