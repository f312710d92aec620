import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type UnitKeyRun, type UnitStretches, unitKeyRuns } from '../../src/internal/unit-key-runs.js';

/** Items in unit order cut into stretches, as a caller reading bodies one after another does. */
function stretchesOf(units: readonly string[]): UnitStretches {
  const starts: number[] = [];
  const names: string[] = [];
  for (const [i, unit] of units.entries()) {
    if (i === 0 || unit !== units[i - 1]) {
      starts.push(i);
      names.push(unit);
    }
  }
  return { count: units.length, starts, units: names };
}

/** The runs a map gives: items of equal unit and key, two or more, each ascending. */
function byMap(units: readonly string[], keys: readonly number[]): UnitKeyRun[] {
  const groups = new Map<string, UnitKeyRun>();
  for (const [i, unit] of units.entries()) {
    const id = `${unit}/${keys[i]}`;
    const known = groups.get(id);
    if (known === undefined) groups.set(id, { unit, items: [i] });
    else known.items.push(i);
  }
  return [...groups.values()].filter((run) => run.items.length >= 2);
}

const byFirst = (runs: UnitKeyRun[]) =>
  [...runs].sort((a, b) => (a.items[0] as number) - (b.items[0] as number));

describe('unitKeyRuns', () => {
  it('groups the items of a unit by key, the runs of a unit together by ascending key', () => {
    const units = ['01', '01', '01', '02', '02', '03'];
    const keys = [4, 1, 4, 1, 1, 2];
    expect(unitKeyRuns(stretchesOf(units), keys, 5)).toEqual([
      { unit: '01', items: [0, 2] },
      { unit: '02', items: [3, 4] },
    ]);
  });

  it('groups a unit whose items come back after another unit’s', () => {
    const units = ['01', '02', '01', '02'];
    const keys = [0, 0, 0, 1];
    expect(unitKeyRuns(stretchesOf(units), keys, 2)).toEqual([{ unit: '01', items: [0, 2] }]);
  });

  it('finds the runs a map finds, whatever the order of the units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('', '01', '001', '0001', '02'), fc.integer({ min: 0, max: 3 })), {
          maxLength: 60,
        }),
        (items) => {
          const units = items.map(([unit]) => unit);
          const keys = items.map(([, key]) => key);
          const runs = unitKeyRuns(stretchesOf(units), keys, 4);
          expect(byFirst(runs)).toEqual(byFirst(byMap(units, keys)));
          // The runs of one unit are together, by ascending key.
          for (let k = 1; k < runs.length; k += 1) {
            const [before, after] = [runs[k - 1] as UnitKeyRun, runs[k] as UnitKeyRun];
            if (before.unit !== after.unit) {
              expect(runs.slice(k).some((run) => run.unit === before.unit)).toBe(false);
            } else {
              expect(keys[before.items[0] as number]).toBeLessThan(keys[after.items[0] as number] as number);
            }
          }
        },
      ),
    );
  });
});
