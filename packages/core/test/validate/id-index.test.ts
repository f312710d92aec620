import { describe, expect, it } from 'vitest';
import { body, issuesOf, person, post, relation, unit } from '../support/docs.js';

describe('duplicate-id', () => {
  it('reports a repeated body id at the repeat, pointing back at the first', () => {
    expect(issuesOf({ bodies: [body('a'), body('b'), body('a')] })).toEqual([
      {
        code: 'duplicate-id',
        path: ['bodies', 2, 'id'],
        entity: 'body',
        id: 'a',
        firstPath: ['bodies', 0, 'id'],
      },
    ]);
  });

  it('reports a repeated relation id', () => {
    const doc = {
      bodies: [body('a'), body('b')],
      relations: [relation('r', 'a', 'b'), relation('r', 'b', 'a')],
    };
    expect(issuesOf(doc)).toEqual([
      {
        code: 'duplicate-id',
        path: ['relations', 1, 'id'],
        entity: 'relation',
        id: 'r',
        firstPath: ['relations', 0, 'id'],
      },
    ]);
  });

  it('reports a repeated person id', () => {
    expect(issuesOf({ bodies: [], persons: [person('p'), person('q'), person('p', 'Người khác')] })).toEqual([
      {
        code: 'duplicate-id',
        path: ['persons', 2, 'id'],
        entity: 'person',
        id: 'p',
        firstPath: ['persons', 0, 'id'],
      },
    ]);
  });

  it('reports a repeated post id', () => {
    const doc = {
      bodies: [body('a')],
      posts: [post('x', 'a', 'member', null), post('x', 'a', 'deputy', null)],
    };
    expect(issuesOf(doc)).toEqual([
      {
        code: 'duplicate-id',
        path: ['posts', 1, 'id'],
        entity: 'post',
        id: 'x',
        firstPath: ['posts', 0, 'id'],
      },
    ]);
  });

  it('reports a repeated unit code at the code key', () => {
    const doc = { bodies: [], units: [unit('01', 'province', null), unit('01', 'province', null)] };
    expect(issuesOf(doc)).toEqual([
      {
        code: 'duplicate-id',
        path: ['units', 1, 'code'],
        entity: 'unit',
        id: '01',
        firstPath: ['units', 0, 'code'],
      },
    ]);
  });

  it('reports every repeat of an id, each pointing at the first', () => {
    const issues = issuesOf({ bodies: [body('a'), body('a'), body('a')] });
    expect(issues.map((i) => i.path)).toEqual([
      ['bodies', 1, 'id'],
      ['bodies', 2, 'id'],
    ]);
    for (const issue of issues) expect(issue).toMatchObject({ firstPath: ['bodies', 0, 'id'] });
  });

  it('lets different kinds of entity share an id', () => {
    const doc = {
      units: [unit('x', 'province', null)],
      bodies: [body('x', null, { level: 'province', unit: 'x' }), body('y', 'x')],
      relations: [relation('x', 'x', 'y')],
      persons: [person('x')],
      posts: [post('x', 'x', 'head', 'x')],
    };
    expect(issuesOf(doc)).toEqual([]);
  });

  it('treats ids as case-sensitive', () => {
    expect(issuesOf({ bodies: [body('a'), body('A')] })).toEqual([]);
  });
});
