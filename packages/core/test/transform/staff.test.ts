import { cutStaff, InvalidArgumentError, setDeputies, setQuota } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid } from '../support/district.js';

const effective = '2021-01-01';

describe('staff changes', () => {
  it('cuts by percentage, rounding to whole positions, recorded as cut', () => {
    const { state, changes } = cutStaff(districtState(), { effective, body: 'vp-hdnd-ubnd', percent: 10 });
    expect(state.bodies.get('vp-hdnd-ubnd')).toMatchObject({ quota: 11, actual: 10 });
    expect(changes.flows).toEqual([
      expect.objectContaining({ from: 'vp-hdnd-ubnd', to: null, kind: 'cut', quota: 1, actual: 1 }),
    ]);
  });

  it('cuts by number as released, and refuses to cut more than there is', () => {
    const { changes } = cutStaff(districtState(), {
      effective,
      body: 'thanh-tra',
      quota: 2,
      actual: 1,
      as: 'released',
    });
    expect(changes.flows[0]).toMatchObject({ kind: 'released', quota: 2, actual: 1 });
    expect(() => cutStaff(districtState(), { effective, body: 'thanh-tra', quota: 7 })).toThrowError(
      expect.objectContaining({ reason: 'insufficient-staff' }),
    );
    expect(() =>
      cutStaff(districtState(), { effective, body: 'thanh-tra', quota: 1, percent: 5 }),
    ).toThrowError(expect.objectContaining({ reason: 'invalid-argument' }));
  });

  it('sets the quota, recording increases as created', () => {
    const { state, changes } = setQuota(districtState(), { effective, body: 'thanh-tra', quota: 9 });
    expect(state.bodies.get('thanh-tra')?.quota).toBe(9);
    expect(changes.flows).toEqual([
      expect.objectContaining({ from: null, to: 'thanh-tra', kind: 'created', quota: 3, actual: 0 }),
    ]);
  });

  it('sets the deputy count, removing vacant posts first', () => {
    const more = setDeputies(districtState(), { effective, body: 'ban-to-chuc', count: 3 });
    const deputies = [...more.state.posts.values()].filter(
      (p) => p.body === 'ban-to-chuc' && p.role === 'deputy',
    );
    expect(deputies.map((p) => p.id).sort()).toEqual([
      'ban-to-chuc#deputy-1',
      'ban-to-chuc#deputy-2',
      'btc-deputy',
    ]);
    expectValid(more.state);
    const fewer = setDeputies(more.state, { effective, body: 'ban-to-chuc', count: 1 });
    expect(
      [...fewer.state.posts.values()]
        .filter((p) => p.body === 'ban-to-chuc' && p.role === 'deputy')
        .map((p) => p.id),
    ).toEqual(['btc-deputy']);
  });

  it('rejects malformed parameters naming the field and the value', () => {
    expect(() => cutStaff(districtState(), { effective: '2021-13-01', body: 'thanh-tra', quota: 1 })).toThrow(
      InvalidArgumentError,
    );
    expect(() => cutStaff(districtState(), { effective, body: 'thanh-tra', quota: -1 })).toThrowError(
      /quota.*-1/,
    );
  });
});
