import { describe, expect, it } from 'vitest';
import { issuesOf, unit } from '../support/docs.js';

describe('unit invariants', () => {
  it('reports a unit whose parent is not in the state', () => {
    expect(
      issuesOf({ bodies: [], units: [unit('67', 'province', null), unit('660', 'district', '68')] }),
    ).toEqual([{ code: 'unknown-unit-parent', path: ['units', 1, 'parent'], unit: '660', parent: '68' }]);
  });

  it('reports a unit whose parent is at the same level', () => {
    expect(
      issuesOf({ bodies: [], units: [unit('a', 'district', null), unit('b', 'district', 'a')] }),
    ).toEqual([
      {
        code: 'unit-level-order',
        path: ['units', 1, 'parent'],
        unit: 'b',
        level: 'district',
        parent: 'a',
        parentLevel: 'district',
      },
    ]);
  });

  it('reports a unit whose parent is at a lower level', () => {
    expect(issuesOf({ bodies: [], units: [unit('v', 'village', null), unit('p', 'province', 'v')] })).toEqual(
      [
        {
          code: 'unit-level-order',
          path: ['units', 1, 'parent'],
          unit: 'p',
          level: 'province',
          parent: 'v',
          parentLevel: 'village',
        },
      ],
    );
  });

  it('reports a unit that is its own parent as a level-order problem (a unit cycle cannot pass)', () => {
    expect(issuesOf({ bodies: [], units: [unit('a', 'commune', 'a')] }).map((i) => i.code)).toEqual([
      'unit-level-order',
    ]);
  });

  it('accepts a parent any number of levels up, and a root at any level', () => {
    const units = [
      unit('p', 'province', null),
      unit('c', 'commune', 'p'),
      unit('v', 'village', 'c'),
      unit('v2', 'village', 'p'),
      unit('d', 'district', null),
    ];
    expect(issuesOf({ bodies: [], units })).toEqual([]);
  });

  it('reports a reversed period', () => {
    const units = [unit('p', 'province', null, { validFrom: '2025-07-01', validUntil: '2025-06-30' })];
    expect(issuesOf({ bodies: [], units })).toEqual([
      {
        code: 'dates-reversed',
        path: ['units', 0, 'validUntil'],
        entity: 'unit',
        id: 'p',
        validFrom: '2025-07-01',
        validUntil: '2025-06-30',
      },
    ]);
  });
});
