import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/model/level.js';
import { body, bodyAt, issuesOf, unit } from '../support/docs.js';

describe('missing-parent', () => {
  it('reports a parent that is not among the bodies', () => {
    expect(issuesOf({ bodies: [body('a'), body('b', 'a'), body('c', 'nobody')] })).toEqual([
      { code: 'missing-parent', path: ['bodies', 2, 'parent'], body: 'c', parent: 'nobody' },
    ]);
  });

  it('does not take a person, post or unit with that id for a parent', () => {
    const doc = {
      bodies: [body('c', 'x')],
      persons: [{ id: 'x', name: 'X' }],
      units: [unit('x', 'district', null)],
    };
    expect(issuesOf(doc)).toEqual([
      { code: 'missing-parent', path: ['bodies', 0, 'parent'], body: 'c', parent: 'x' },
    ]);
  });
});

describe('parent-cycle', () => {
  it('reports a body that is its own parent', () => {
    expect(issuesOf({ bodies: [body('r'), body('a', 'a')] })).toEqual([
      { code: 'parent-cycle', path: ['bodies', 1, 'parent'], bodies: ['a'] },
    ]);
  });

  it('reports a two-body cycle once, starting at the smallest id, in child → parent order', () => {
    expect(issuesOf({ bodies: [body('b', 'a'), body('a', 'b')] })).toEqual([
      { code: 'parent-cycle', path: ['bodies', 1, 'parent'], bodies: ['a', 'b'] },
    ]);
  });

  it('reports a long cycle once with every member in order', () => {
    const n = 1_000;
    const id = (i: number) => `n${String(i).padStart(4, '0')}`;
    // n0000 → n0001 → … → n0999 → n0000 (child → parent), listed in reverse.
    const bodies = Array.from({ length: n }, (_, i) => body(id(n - 1 - i), id((n - i) % n)));
    const issues = issuesOf({ bodies });
    expect(issues).toEqual([
      {
        code: 'parent-cycle',
        path: ['bodies', n - 1, 'parent'],
        bodies: Array.from({ length: n }, (_, i) => id(i)),
      },
    ]);
  });

  it('reports each of two separate cycles, and not the bodies hanging off a cycle', () => {
    const doc = {
      bodies: [
        body('x', 'y'),
        body('y', 'x'),
        body('tail', 'x'),
        body('tail2', 'tail'),
        body('p', 'q'),
        body('q', 'r'),
        body('r', 'p'),
        body('ok'),
      ],
    };
    expect(issuesOf(doc)).toEqual([
      { code: 'parent-cycle', path: ['bodies', 0, 'parent'], bodies: ['x', 'y'] },
      { code: 'parent-cycle', path: ['bodies', 4, 'parent'], bodies: ['p', 'q', 'r'] },
    ]);
  });

  it('finds a cycle whatever the order of the bodies', () => {
    const issues = issuesOf({ bodies: [body('c', 'a'), body('z'), body('a', 'b'), body('b', 'c')] });
    expect(issues).toEqual([
      { code: 'parent-cycle', path: ['bodies', 2, 'parent'], bodies: ['a', 'b', 'c'] },
    ]);
  });
});

describe('level-above-parent', () => {
  it('reports a body at a higher level than its parent', () => {
    const doc = { bodies: [bodyAt('h', 'district'), bodyAt('t', 'province', 'h')] };
    expect(issuesOf(doc)).toEqual([
      {
        code: 'level-above-parent',
        path: ['bodies', 1, 'level'],
        body: 't',
        level: 'province',
        parent: 'h',
        parentLevel: 'district',
      },
    ]);
  });

  it('accepts a child at the same level or any lower level', () => {
    for (const [i, parent] of LEVELS.entries()) {
      for (const child of LEVELS.slice(i)) {
        expect(issuesOf({ bodies: [bodyAt('p', parent), bodyAt('c', child, 'p')] })).toEqual([]);
      }
      for (const child of LEVELS.slice(0, i)) {
        expect(
          issuesOf({ bodies: [bodyAt('p', parent), bodyAt('c', child, 'p')] }).map((x) => x.code),
        ).toEqual(['level-above-parent']);
      }
    }
  });
});

describe('unknown-unit and unit-level-mismatch', () => {
  const units = [unit('67', 'province', null), unit('660', 'district', '67')];

  it('reports a unit code that is not in the state', () => {
    expect(issuesOf({ units, bodies: [body('a', null, { unit: '661' })] })).toEqual([
      { code: 'unknown-unit', path: ['bodies', 0, 'unit'], body: 'a', unit: '661' },
    ]);
  });

  it('reports a unit code when the state has no units at all', () => {
    expect(issuesOf({ bodies: [body('a', null, { unit: '660' })] })).toEqual([
      { code: 'unknown-unit', path: ['bodies', 0, 'unit'], body: 'a', unit: '660' },
    ]);
  });

  it('reports a body whose unit is of another level', () => {
    expect(issuesOf({ units, bodies: [body('a', null, { level: 'district', unit: '67' })] })).toEqual([
      {
        code: 'unit-level-mismatch',
        path: ['bodies', 0, 'unit'],
        body: 'a',
        level: 'district',
        unit: '67',
        unitLevel: 'province',
      },
    ]);
  });

  it('reports a central body placed in a unit (units are never central)', () => {
    expect(issuesOf({ units, bodies: [body('a', null, { level: 'central', unit: '67' })] })).toEqual([
      expect.objectContaining({ code: 'unit-level-mismatch', level: 'central', unitLevel: 'province' }),
    ]);
  });

  it('accepts a body in a unit of its own level, and a body with no unit', () => {
    expect(
      issuesOf({
        units,
        bodies: [
          body('a', null, { level: 'province', unit: '67' }),
          body('b', 'a', { unit: '660' }),
          body('c', 'a'),
        ],
      }),
    ).toEqual([]);
  });
});

describe('duplicate-function', () => {
  it('reports a function tag listed twice, at the repeat', () => {
    expect(
      issuesOf({ bodies: [body('a', null, { functions: ['office', 'finance', 'office', 'office'] })] }),
    ).toEqual([
      { code: 'duplicate-function', path: ['bodies', 0, 'functions', 2], body: 'a', tag: 'office' },
      { code: 'duplicate-function', path: ['bodies', 0, 'functions', 3], body: 'a', tag: 'office' },
    ]);
  });

  it('lets two bodies share a function tag', () => {
    expect(
      issuesOf({ bodies: [body('a', null, { functions: ['x'] }), body('b', null, { functions: ['x'] })] }),
    ).toEqual([]);
  });
});

describe('dates-reversed (body)', () => {
  it('reports a body that ends before it starts', () => {
    expect(
      issuesOf({ bodies: [body('a', null, { validFrom: '2020-01-02', validUntil: '2020-01-01' })] }),
    ).toEqual([
      {
        code: 'dates-reversed',
        path: ['bodies', 0, 'validUntil'],
        entity: 'body',
        id: 'a',
        validFrom: '2020-01-02',
        validUntil: '2020-01-01',
      },
    ]);
  });

  it('reports a body that ends the day it starts (validity is half-open, so it is never in force)', () => {
    const issues = issuesOf({
      bodies: [body('a', null, { validFrom: '2020-01-01', validUntil: '2020-01-01' })],
    });
    expect(issues.map((i) => i.code)).toEqual(['dates-reversed']);
  });

  it('accepts a one-day body and open bounds', () => {
    const doc = {
      bodies: [
        body('a', null, { validFrom: '2020-01-01', validUntil: '2020-01-02' }),
        body('b', null, { validUntil: '1900-01-01' }),
        body('c', null, { validFrom: '2100-01-01' }),
      ],
    };
    expect(issuesOf(doc)).toEqual([]);
  });
});
