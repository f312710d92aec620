/**
 * reorganizeUnits: one admin unit merged into its sibling (two villages of a commune, two communes of a
 * district, …). Floor (`reorganizeUnitsOnFloor`): the bodies sitting in the ending unit move to the other
 * (unit attribute and unit index), the units below it are re-parented, and it is removed.
 */
import { type AdminUnit, type ReorganizeUnitsParams, reorganizeUnits } from '@tinhgon/core';
import { reorganizeUnitsOnFloor } from '../floor/unit-steps.js';
import { shuffled } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

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
  floor: reorganizeUnitsOnFloor,
};
