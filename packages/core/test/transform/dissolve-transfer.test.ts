import { dissolve, TransformError, transfer } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid, totals } from '../support/district.js';

const effective = '2020-01-01';

describe('dissolve', () => {
  it('needs a destination for children', () => {
    expect(() => dissolve(districtState(), { effective, body: 'ubnd', staffTo: 'release' })).toThrowError(
      expect.objectContaining({ reason: 'has-children', subjects: ['ubnd'] }),
    );
  });

  it('releases staff explicitly and records it in lineage', () => {
    const before = districtState();
    const { state, changes } = dissolve(before, { effective, body: 'thanh-tra', staffTo: 'release' });
    expect(state.bodies.has('thanh-tra')).toBe(false);
    expect(changes.flows).toContainEqual(
      expect.objectContaining({ from: 'thanh-tra', to: null, kind: 'released', quota: 6, actual: 6 }),
    );
    expect(totals(state).quota).toBe(totals(before).quota - 6);
    expectValid(state);
  });

  it('hands children, staff and functions to the bodies named', () => {
    const { state, changes } = dissolve(districtState(), {
      effective,
      body: 'ubnd',
      childrenTo: 'huyen-uy',
      staffTo: 'huyen-uy',
    });
    expect(state.bodies.get('phong-noi-vu')?.parent).toBe('huyen-uy');
    expect(state.bodies.get('huyen-uy')?.functions).toContain('state-administration');
    expect(changes.ended[0]).toMatchObject({ id: 'ubnd', reason: 'dissolved', successors: ['huyen-uy'] });
    expectValid(state);
  });
});

describe('transfer', () => {
  // Seed 003 B.II.1: the health-care board hands facilities and doctors to the general hospital.
  it('moves named functions and staff; both bodies survive', () => {
    const before = districtState();
    const { state, changes } = transfer(before, {
      effective,
      from: 'thanh-tra',
      to: 'ubkt',
      functions: ['complaints'],
      quota: 2,
      actual: 2,
    });
    expect(state.bodies.get('thanh-tra')).toMatchObject({ quota: 4, actual: 4, functions: ['inspection'] });
    expect(state.bodies.get('ubkt')).toMatchObject({ quota: 7, actual: 7 });
    expect(state.bodies.get('ubkt')?.functions).toContain('complaints');
    expect(totals(state)).toEqual(totals(before));
    expect(changes.ended).toEqual([]);
    expect(changes.flows).toEqual([
      expect.objectContaining({
        from: 'thanh-tra',
        to: 'ubkt',
        kind: 'transferred',
        quota: 2,
        functions: ['complaints'],
      }),
    ]);
    expectValid(state);
  });

  it('refuses what the source does not have', () => {
    const s = districtState();
    expect(() => transfer(s, { effective, from: 'thanh-tra', to: 'ubkt', quota: 99 })).toThrowError(
      expect.objectContaining({ reason: 'insufficient-staff' }),
    );
    expect(() => transfer(s, { effective, from: 'thanh-tra', to: 'ubkt', functions: ['nope'] })).toThrowError(
      expect.objectContaining({ reason: 'missing-function' }),
    );
    expect(() =>
      transfer(s, { effective, from: 'thanh-tra', to: 'ubkt', children: ['phong-noi-vu'] }),
    ).toThrow(TransformError);
    expect(() =>
      transfer(s, { effective, from: 'ban-to-chuc', to: 'ubkt', posts: ['btc-head'] }),
    ).toThrowError(expect.objectContaining({ reason: 'post-taken' }));
  });
});
