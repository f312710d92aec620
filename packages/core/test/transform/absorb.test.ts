import { absorb, parseState, stringifyState, TransformError } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid, totals } from '../support/district.js';

const meta = {
  effective: '2019-01-01',
  planItem: '003 B.II.1',
  basis: { document: 'Kế hoạch 43-KH/TU', issuer: 'Tỉnh ủy Bình Dương' },
};

describe('absorb', () => {
  it('ends the sources and gives the target their functions, staff, children and posts', () => {
    const before = districtState();
    const { state, changes } = absorb(before, { ...meta, target: 'vp-huyen-uy', sources: ['ban-to-chuc'] });
    expect(state.bodies.has('ban-to-chuc')).toBe(false);
    const target = state.bodies.get('vp-huyen-uy');
    expect(target?.quota).toBe(8 + 6);
    expect(target?.actual).toBe(8 + 5);
    expect(target?.functions).toEqual(['office', 'party-administration', 'personnel', 'party-organization']);
    expect(target?.quotaByYear).toEqual({ 2015: 7 });
    expect(totals(state)).toEqual(totals(before));
    expect(changes.ended.map((e) => [e.id, e.reason, e.successors])).toEqual([
      ['ban-to-chuc', 'absorbed', ['vp-huyen-uy']],
    ]);
    expect(changes.ended[0]?.record.validUntil).toBe('2019-01-01');
    expect(changes.updated).toEqual(['vp-huyen-uy']);
    expect(changes.planItem).toBe('003 B.II.1');
    expect(changes.basis?.document).toBe('Kế hoạch 43-KH/TU');
    expectValid(state);
  });

  it('makes the source head a deputy by default, and removes it with heads: release', () => {
    const deputy = absorb(districtState(), { ...meta, target: 'vp-huyen-uy', sources: ['ban-to-chuc'] });
    expect(deputy.state.posts.get('btc-head')).toMatchObject({
      body: 'vp-huyen-uy',
      role: 'deputy',
      holder: 'p-an',
    });
    expect(deputy.changes.posts.find((p) => p.post === 'btc-head')).toMatchObject({
      change: 'role-changed',
      previousRole: 'head',
    });
    const released = absorb(districtState(), {
      ...meta,
      target: 'vp-huyen-uy',
      sources: ['ban-to-chuc'],
      heads: 'release',
    });
    expect(released.state.posts.has('btc-head')).toBe(false);
    expect(released.state.posts.get('btc-deputy')?.body).toBe('vp-huyen-uy');
  });

  it('moves the children of the sources under the target', () => {
    const { state, changes } = absorb(districtState(), { ...meta, target: 'huyen-uy', sources: ['ubnd'] });
    expect(state.bodies.get('phong-noi-vu')?.parent).toBe('huyen-uy');
    expect(state.index.children.get('huyen-uy')?.has('thanh-tra')).toBe(true);
    const flow = changes.flows.find((f) => f.from === 'ubnd' && f.to === 'huyen-uy');
    expect(flow?.children).toEqual(['phong-noi-vu', 'thanh-tra', 'vp-hdnd-ubnd']);
    expect(state.relations.has('lead-ubnd')).toBe(false);
    expect(changes.relations).toEqual([{ relation: 'lead-ubnd', change: 'removed' }]);
    expectValid(state);
  });

  it('refuses a target inside a source, unknown ids, and never changes its input', () => {
    const before = districtState();
    const text = stringifyState(before);
    const attempt = (params: Parameters<typeof absorb>[1]) => () => absorb(before, params);
    expect(attempt({ ...meta, target: 'phong-noi-vu', sources: ['ubnd'] })).toThrow(TransformError);
    expect(attempt({ ...meta, target: 'ubnd', sources: ['ubnd'] })).toThrowError(
      expect.objectContaining({ reason: 'would-create-cycle' }),
    );
    expect(attempt({ ...meta, target: 'nope', sources: ['ubnd'] })).toThrowError(
      expect.objectContaining({ reason: 'unknown-body', subjects: ['nope'] }),
    );
    expect(stringifyState(before)).toBe(text);
  });
});

describe('absorb at scale', () => {
  it('moves a body with 200,000 children without exhausting the call stack', () => {
    const n = 200_000;
    const bodies = [
      {
        id: 'a',
        name: 'A',
        kind: 'k',
        sector: 's',
        level: 'province' as const,
        parent: null,
        functions: [],
        quota: 0,
        actual: 0,
      },
      {
        id: 'b',
        name: 'B',
        kind: 'k',
        sector: 's',
        level: 'province' as const,
        parent: null,
        functions: [],
        quota: 0,
        actual: 0,
      },
      ...Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        name: `C${i}`,
        kind: 'k',
        sector: 's',
        level: 'province' as const,
        parent: 'b',
        functions: [],
        quota: 1,
        actual: 1,
      })),
    ];
    const { state, changes } = absorb(parseState({ bodies }), {
      effective: '2020-01-01',
      target: 'a',
      sources: ['b'],
    });
    expect(state.index.children.get('a')?.size).toBe(n);
    expect(changes.flows.find((f) => f.from === 'b')?.children).toHaveLength(n);
  });
});
