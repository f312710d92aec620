import { abolishLevel, move, parseState, reorganizeUnits } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { expectValid } from '../support/district.js';

const body = (
  id: string,
  level: 'province' | 'district' | 'commune',
  unit: string,
  parent: string | null,
) => ({
  id,
  name: id,
  kind: 'peoples-committee',
  sector: 'state',
  level,
  unit,
  parent,
  functions: [],
  quota: 10,
  actual: 10,
});

// Two provinces; province B merges into A (NQ 202/2025/QH15); commune c2 is split between two new communes.
function twoProvinces() {
  return parseState({
    units: [
      { code: 'A', name: 'Tỉnh A', level: 'province', parent: null },
      { code: 'B', name: 'Tỉnh B', level: 'province', parent: null },
      { code: 'A1', name: 'Huyện A1', level: 'district', parent: 'A' },
      { code: 'B1', name: 'Huyện B1', level: 'district', parent: 'B' },
      { code: 'c1', name: 'Xã 1', level: 'commune', parent: 'A1' },
      { code: 'c2', name: 'Xã 2', level: 'commune', parent: 'B1' },
    ],
    bodies: [
      body('ubnd-A', 'province', 'A', null),
      body('ubnd-B', 'province', 'B', null),
      body('ubnd-A1', 'district', 'A1', 'ubnd-A'),
      body('ubnd-B1', 'district', 'B1', 'ubnd-B'),
      body('ubnd-c1', 'commune', 'c1', 'ubnd-A1'),
      body('ubnd-c2', 'commune', 'c2', 'ubnd-B1'),
    ],
  });
}

describe('admin units', () => {
  it('merges provinces: bodies and units below follow the old unit to the new one', () => {
    const { state, changes } = reorganizeUnits(twoProvinces(), {
      effective: '2025-07-01',
      mapping: [
        { from: 'B', to: 'A' },
        { from: 'A', to: 'A' },
      ],
    });
    expect(state.units.has('B')).toBe(false);
    expect(state.bodies.get('ubnd-B')?.unit).toBe('A');
    expect(state.units.get('B1')?.parent).toBe('A');
    expect(changes.units.map((u) => [u.code, u.change])).toEqual([
      ['B1', 'reparented'],
      ['B', 'ended'],
    ]);
    expectValid(state);
  });

  it('needs an assignment for each body in a unit split between new units', () => {
    const split = {
      effective: '2025-07-01',
      establish: [
        { code: 'n1', name: 'Xã mới 1', level: 'commune' as const, parent: 'B1' },
        { code: 'n2', name: 'Xã mới 2', level: 'commune' as const, parent: 'B1' },
      ],
      mapping: [
        { from: 'c2', to: 'n1', share: 'partial' as const },
        { from: 'c2', to: 'n2', share: 'partial' as const },
      ],
    };
    expect(() => reorganizeUnits(twoProvinces(), split)).toThrowError(
      expect.objectContaining({ reason: 'unassigned', subjects: ['ubnd-c2'] }),
    );
    const { state } = reorganizeUnits(twoProvinces(), {
      ...split,
      assign: [{ body: 'ubnd-c2', unit: 'n2' }],
    });
    expect(state.bodies.get('ubnd-c2')?.unit).toBe('n2');
    expect(state.units.has('c2')).toBe(false);
    expectValid(state);
  });

  it('abolishes a level once its bodies have gone, lifting the units below it', () => {
    const s = twoProvinces();
    expect(() => abolishLevel(s, { effective: '2025-07-01', level: 'district' })).toThrowError(
      expect.objectContaining({ reason: 'unassigned', subjects: ['ubnd-A1', 'ubnd-B1'] }),
    );
    let state = s;
    for (const [child, parent] of [
      ['ubnd-c1', 'ubnd-A'],
      ['ubnd-c2', 'ubnd-B'],
    ] as const) {
      state = move(state, { effective: '2025-07-01', body: child, parent }).state;
    }
    for (const id of ['ubnd-A1', 'ubnd-B1']) {
      state = move(state, {
        effective: '2025-07-01',
        body: id,
        parent: id === 'ubnd-A1' ? 'ubnd-A' : 'ubnd-B',
        level: 'province',
        unit: id === 'ubnd-A1' ? 'A' : 'B',
      }).state;
    }
    const { state: after, changes } = abolishLevel(state, { effective: '2025-07-01', level: 'district' });
    expect([...after.units.values()].filter((u) => u.level === 'district')).toEqual([]);
    expect(after.units.get('c1')?.parent).toBe('A');
    expect(changes.units.filter((u) => u.change === 'ended').map((u) => u.code)).toEqual(['A1', 'B1']);
    expectValid(after);
  });

  it('renames a unit that stays, in the same step as the merger', () => {
    const before = twoProvinces();
    const { state, changes } = reorganizeUnits(before, {
      effective: '2025-07-01',
      mapping: [
        { from: 'B', to: 'A' },
        { from: 'A', to: 'A' },
      ],
      rename: [{ code: 'A', name: 'Tỉnh A mới', type: 'thành phố' }],
    });
    expect(state.units.get('A')).toMatchObject({ name: 'Tỉnh A mới', type: 'thành phố', parent: null });
    expect(before.units.get('A')?.name).toBe('Tỉnh A');
    expect(changes.units.map((u) => [u.code, u.change])).toEqual([
      ['B1', 'reparented'],
      ['A', 'updated'],
      ['B', 'ended'],
    ]);
    expect(changes.units.find((u) => u.change === 'updated')?.record.name).toBe('Tỉnh A mới');
    expectValid(state);
  });

  it('keeps the type when a rename gives none, and records nothing when the name is the same', () => {
    const { state } = reorganizeUnits(twoProvinces(), {
      effective: '2025-07-01',
      mapping: [{ from: 'c2', to: 'c1' }],
      rename: [{ code: 'A', name: 'Tỉnh Mới' }],
    });
    expect(state.units.get('A')?.name).toBe('Tỉnh Mới');
    expect(state.units.get('A')?.type).toBeUndefined();
    const same = reorganizeUnits(twoProvinces(), {
      effective: '2025-07-01',
      mapping: [{ from: 'c2', to: 'c1' }],
      rename: [{ code: 'A', name: 'Tỉnh A' }],
    });
    expect(same.changes.units.map((u) => [u.code, u.change])).toEqual([['c2', 'ended']]);
  });

  it('refuses to rename a unit that ends in the step, one renamed twice, or one that does not exist', () => {
    const merge = [
      { from: 'B', to: 'A' },
      { from: 'A', to: 'A' },
    ];
    const attempt = (rename: { code: string; name: string }[]) => () =>
      reorganizeUnits(twoProvinces(), { effective: '2025-07-01', mapping: merge, rename });
    expect(attempt([{ code: 'B', name: 'Tỉnh B mới' }])).toThrow(
      /"B" ends in this step; it cannot be renamed/,
    );
    expect(
      attempt([
        { code: 'A', name: 'Một' },
        { code: 'A', name: 'Hai' },
      ]),
    ).toThrow(/"A" is renamed twice/);
    expect(attempt([{ code: 'Z', name: 'Không có' }])).toThrow(/admin unit "Z" is not in the state/);
    expect(attempt([{ code: 'A', name: '   ' }])).toThrow(/rename/);
  });
});
