import { consolidate, TransformError } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid, totals } from '../support/district.js';

// Seed 000 II.1.3: the district Organization Committee and Phòng Nội vụ consolidated into one body that
// serves both the party committee and the People's Committee.
const params = {
  effective: '2019-01-01',
  planItem: '000 II.1.3',
  sources: ['ban-to-chuc', 'phong-noi-vu'],
  into: {
    id: 'btc-nv',
    name: 'Ban Tổ chức - Nội vụ',
    kind: 'party-state-advisory',
    sector: 'party',
    level: 'district' as const,
    unit: '660',
    parent: 'huyen-uy',
  },
  alsoServes: 'ubnd',
  headPost: 'btc-head',
};

describe('consolidate', () => {
  it('ends the sources and creates a body with their union of functions and sum of staff', () => {
    const before = districtState();
    const { state, changes } = consolidate(before, params);
    const body = state.bodies.get('btc-nv');
    expect(body).toMatchObject({ quota: 13, actual: 11, validFrom: '2019-01-01', quotaByYear: { 2015: 15 } });
    expect(body?.functions).toEqual(['personnel', 'party-organization', 'state-organization']);
    expect(state.bodies.has('ban-to-chuc') || state.bodies.has('phong-noi-vu')).toBe(false);
    expect(totals(state)).toEqual(totals(before));
    expect(changes.began).toEqual(['btc-nv']);
    expect(changes.ended.map((e) => e.id)).toEqual(['ban-to-chuc', 'phong-noi-vu']);
    expectValid(state);
  });

  it('keeps the named head as head, makes the other head a deputy, and serves the second parent', () => {
    const { state, changes } = consolidate(districtState(), params);
    expect(state.posts.get('btc-head')).toMatchObject({ body: 'btc-nv', role: 'head', holder: 'p-an' });
    // p-an headed both sources concurrently: one person, one post per body, so the second head post goes.
    expect(state.posts.has('pnv-head')).toBe(false);
    expect(changes.posts).toContainEqual(expect.objectContaining({ post: 'pnv-head', change: 'removed' }));
    expect(state.posts.get('btc-deputy')).toMatchObject({ body: 'btc-nv', role: 'deputy', holder: 'p-binh' });
    const serves = [...state.relations.values()].filter((r) => r.kind === 'serves');
    expect(serves).toEqual([
      { id: 'btc-nv~serves~ubnd', kind: 'serves', from: 'btc-nv', to: 'ubnd', validFrom: '2019-01-01' },
    ]);
    expect(changes.relations).toContainEqual({ relation: 'btc-nv~serves~ubnd', change: 'created' });
  });

  it('records a smaller quota given for the new body as a cut', () => {
    const { changes } = consolidate(districtState(), {
      ...params,
      into: { ...params.into, quota: 11, actual: 11 },
    });
    expect(changes.flows.find((f) => f.kind === 'cut')).toMatchObject({
      from: 'btc-nv',
      to: null,
      quota: 2,
      actual: 0,
    });
  });

  it('refuses a parent that ends, an id in use, and a headPost that is not a source head', () => {
    const s = districtState();
    expect(() => consolidate(s, { ...params, into: { ...params.into, parent: 'ban-to-chuc' } })).toThrow(
      TransformError,
    );
    expect(() => consolidate(s, { ...params, into: { ...params.into, id: 'ubnd' } })).toThrowError(
      expect.objectContaining({ reason: 'duplicate-id' }),
    );
    expect(() => consolidate(s, { ...params, headPost: 'btc-deputy' })).toThrowError(
      expect.objectContaining({ reason: 'invalid-argument' }),
    );
  });
});
