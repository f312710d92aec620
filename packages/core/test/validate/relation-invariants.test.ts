import { describe, expect, it } from 'vitest';
import { body, issuesOf, relation } from '../support/docs.js';

const bodies = [body('a'), body('b')];

describe('relation invariants', () => {
  it('reports an unknown body at either end', () => {
    expect(
      issuesOf({ bodies, relations: [relation('r1', 'x', 'b'), relation('r2', 'a', 'y', 'serves')] }),
    ).toEqual([
      { code: 'unknown-body', path: ['relations', 0, 'from'], entity: 'relation', id: 'r1', body: 'x' },
      { code: 'unknown-body', path: ['relations', 1, 'to'], entity: 'relation', id: 'r2', body: 'y' },
    ]);
  });

  it('reports both ends when neither exists', () => {
    expect(issuesOf({ bodies, relations: [relation('r', 'x', 'y')] }).map((i) => i.path)).toEqual([
      ['relations', 0, 'from'],
      ['relations', 0, 'to'],
    ]);
  });

  it('reports a relation from a body to itself', () => {
    expect(issuesOf({ bodies, relations: [relation('r', 'a', 'a', 'coordinates')] })).toEqual([
      { code: 'self-relation', path: ['relations', 0, 'to'], relation: 'r', body: 'a' },
    ]);
  });

  it('reports a reversed period', () => {
    const doc = {
      bodies,
      relations: [relation('r', 'a', 'b', 'leads', { validFrom: '2021-01-01', validUntil: '2020-01-01' })],
    };
    expect(issuesOf(doc)).toEqual([
      {
        code: 'dates-reversed',
        path: ['relations', 0, 'validUntil'],
        entity: 'relation',
        id: 'r',
        validFrom: '2021-01-01',
        validUntil: '2020-01-01',
      },
    ]);
  });

  it('accepts parallel relations of different kinds, a relation each way, and relations to a parent', () => {
    const doc = {
      bodies: [body('a'), body('b'), body('c', 'a')],
      relations: [
        relation('r1', 'a', 'b', 'leads'),
        relation('r2', 'a', 'b', 'serves'),
        relation('r3', 'a', 'b', 'leads'),
        relation('r4', 'b', 'a', 'coordinates'),
        relation('r5', 'c', 'a', 'serves'),
      ],
    };
    expect(issuesOf(doc)).toEqual([]);
  });
});
