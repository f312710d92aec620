import { move, rename, split, TransformError } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid, totals } from '../support/district.js';

const effective = '2020-01-01';

describe('move', () => {
  it('re-parents a body and keeps the index in step', () => {
    const { state, changes } = move(districtState(), { effective, body: 'thanh-tra', parent: 'huyen-uy' });
    expect(state.bodies.get('thanh-tra')?.parent).toBe('huyen-uy');
    expect(state.index.children.get('ubnd')?.has('thanh-tra')).toBe(false);
    expect(state.index.children.get('huyen-uy')?.has('thanh-tra')).toBe(true);
    expect(changes.updated).toEqual(['thanh-tra']);
    expectValid(state);
  });

  it('refuses a move under its own descendant and to a lower level', () => {
    const s = districtState();
    expect(() => move(s, { effective, body: 'ubnd', parent: 'thanh-tra' })).toThrowError(
      expect.objectContaining({ reason: 'would-create-cycle' }),
    );
    expect(() =>
      move(s, { effective, body: 'ubnd', parent: null, level: 'commune', unit: null }),
    ).toThrowError(expect.objectContaining({ reason: 'level-above-parent' }));
    expect(() => move(s, { effective, body: 'thanh-tra', parent: 'huyen-uy', unit: '67' })).toThrowError(
      expect.objectContaining({ reason: 'unit-level-mismatch' }),
    );
  });
});

describe('rename', () => {
  it('changes the name, keeps the id, and stores NFC', () => {
    const decomposed = 'Văn phòng Huyện ủy'.normalize('NFD');
    const { state } = rename(districtState(), { effective, body: 'vp-huyen-uy', name: decomposed });
    expect(state.bodies.get('vp-huyen-uy')?.name).toBe('Văn phòng Huyện ủy'.normalize('NFC'));
  });
});

describe('split', () => {
  const part = (id: string, functions: string[], quota: number, actual: number) => ({
    body: {
      id,
      name: id,
      kind: 'district-office',
      sector: 'state',
      level: 'district' as const,
      unit: '660',
      parent: 'ubnd',
    },
    functions,
    quota,
    actual,
  });

  it('partitions staff and functions exactly', () => {
    const before = districtState();
    const { state, changes } = split(before, {
      effective,
      source: 'thanh-tra',
      into: [part('tt-a', ['inspection'], 4, 4), { ...part('tt-b', ['complaints'], 2, 2) }],
    });
    expect(state.bodies.has('thanh-tra')).toBe(false);
    expect(state.bodies.get('tt-a')).toMatchObject({
      quota: 4,
      functions: ['inspection'],
      validFrom: effective,
    });
    expect(totals(state)).toEqual(totals(before));
    expect(changes.ended[0]?.successors).toEqual(['tt-a', 'tt-b']);
    expectValid(state);
  });

  it('refuses a partition that does not add up', () => {
    const s = districtState();
    const bad = (into: ReturnType<typeof part>[]) => () => split(s, { effective, source: 'thanh-tra', into });
    expect(bad([part('a', ['inspection'], 4, 4), part('b', ['complaints'], 1, 2)])).toThrowError(
      expect.objectContaining({ reason: 'partition-mismatch' }),
    );
    expect(bad([part('a', ['inspection'], 4, 4), part('b', ['inspection'], 2, 2)])).toThrow(TransformError);
    expect(bad([part('a', ['inspection'], 4, 4), part('b', [], 2, 2)])).toThrow(TransformError);
  });
});
