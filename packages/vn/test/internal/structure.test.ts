import { parseState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { childrenOfKind, classCarrier, headOf, postsOf, unitOf } from '../../src/internal/structure.js';

const state = parseState({
  units: [
    { code: '67', name: 'Đắk Nông', level: 'province', parent: null, attributes: { provinceClass: 'II' } },
  ],
  bodies: [
    {
      id: 'so',
      name: 'Sở',
      kind: 'department',
      sector: 'state',
      level: 'province',
      unit: '67',
      parent: null,
      functions: [],
      quota: 30,
      actual: 30,
    },
    {
      id: 'cc',
      name: 'Chi cục',
      kind: 'sub-department',
      sector: 'state',
      level: 'province',
      parent: 'so',
      functions: [],
      quota: 12,
      actual: 12,
    },
    {
      id: 'p',
      name: 'Phòng',
      kind: 'division',
      sector: 'state',
      level: 'province',
      parent: 'cc',
      functions: [],
      quota: 5,
      actual: 5,
    },
  ],
  persons: [{ id: 'x', name: 'X' }],
  posts: [
    { id: 'h', body: 'cc', role: 'head', holder: 'x' },
    { id: 'd2', body: 'cc', role: 'deputy', holder: null },
    { id: 'd1', body: 'cc', role: 'deputy', holder: null },
  ],
});
const body = (id: string) => state.bodies.get(id) as NonNullable<ReturnType<typeof state.bodies.get>>;

describe('structure helpers', () => {
  it('find the unit and the province class of a body recorded without a unit through its ancestors', () => {
    expect(unitOf(body('p'), state)).toBe('67');
    expect(classCarrier(state, body('p')).id).toBe('so');
    expect(classCarrier(state, body('so')).id).toBe('so');
  });

  it('list children of a kind, posts of a role, and the head', () => {
    expect(childrenOfKind(state, 'cc', ['division']).map((b) => b.id)).toEqual(['p']);
    expect(childrenOfKind(state, 'so', ['division'])).toEqual([]);
    expect(postsOf(state, 'cc', 'deputy')).toEqual(['d1', 'd2']);
    expect(headOf(state, 'cc')).toBe('x');
    expect(headOf(state, 'so')).toBeUndefined();
  });
});
