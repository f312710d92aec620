import { describe, expect, it } from 'vitest';
import { body, issuesOf, person, post } from '../support/docs.js';

const base = { bodies: [body('a'), body('b')], persons: [person('p'), person('q')] };
const withPosts = (...posts: ReturnType<typeof post>[]) => ({ ...base, posts });
const codes = (doc: unknown) => issuesOf(doc).map((i) => i.code);

describe('unknown-body and unknown-person', () => {
  it('reports a post in a body that is not in the state', () => {
    expect(issuesOf(withPosts(post('x', 'zz', 'member', null)))).toEqual([
      { code: 'unknown-body', path: ['posts', 0, 'body'], entity: 'post', id: 'x', body: 'zz' },
    ]);
  });

  it('reports a holder who is not in the state', () => {
    expect(issuesOf(withPosts(post('x', 'a', 'member', 'nobody')))).toEqual([
      { code: 'unknown-person', path: ['posts', 0, 'holder'], post: 'x', person: 'nobody' },
    ]);
  });

  it('does not take a body id for a person', () => {
    expect(codes(withPosts(post('x', 'a', 'member', 'b')))).toEqual(['unknown-person']);
  });

  it('accepts a vacant post', () => {
    expect(issuesOf(withPosts(post('x', 'a', 'head', null)))).toEqual([]);
  });
});

describe('duplicate-holding', () => {
  it('reports a person holding the same role in the same body twice at once', () => {
    expect(issuesOf(withPosts(post('d1', 'a', 'deputy', 'p'), post('d2', 'a', 'deputy', 'p')))).toEqual([
      {
        code: 'duplicate-holding',
        path: ['posts', 1, 'holder'],
        person: 'p',
        body: 'a',
        role: 'deputy',
        posts: ['d1', 'd2'],
      },
    ]);
  });

  it('reports overlapping periods', () => {
    const doc = withPosts(
      post('d1', 'a', 'deputy', 'p', { validFrom: '2018-01-01', validUntil: '2020-01-01' }),
      post('d2', 'a', 'deputy', 'p', { validFrom: '2019-12-31' }),
    );
    expect(codes(doc)).toEqual(['duplicate-holding']);
  });

  it('does not report periods that follow each other or are apart', () => {
    const doc = withPosts(
      post('d1', 'a', 'deputy', 'p', { validUntil: '2018-01-01' }),
      post('d2', 'a', 'deputy', 'p', { validFrom: '2018-01-01', validUntil: '2019-01-01' }),
      post('d3', 'a', 'deputy', 'p', { validFrom: '2020-01-01' }),
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it('does not report another role, another body, another person, or vacant posts', () => {
    const doc = withPosts(
      post('m1', 'a', 'member', 'p'),
      post('d1', 'a', 'deputy', 'p'),
      post('m2', 'b', 'member', 'p'),
      post('m3', 'a', 'member', 'q'),
      post('v1', 'a', 'member', null),
      post('v2', 'a', 'member', null),
    );
    expect(issuesOf(doc)).toEqual([]);
  });
});

describe('duplicate-head', () => {
  it('reports two heads of one body at once, at the second', () => {
    expect(issuesOf(withPosts(post('h1', 'a', 'head', 'p'), post('h2', 'a', 'head', 'q')))).toEqual([
      { code: 'duplicate-head', path: ['posts', 1, 'role'], body: 'a', posts: ['h1', 'h2'] },
    ]);
  });

  it('counts vacant head posts too', () => {
    expect(codes(withPosts(post('h1', 'a', 'head', null), post('h2', 'a', 'head', null)))).toEqual([
      'duplicate-head',
    ]);
  });

  it('reports both duplicate-head and duplicate-holding when one person heads a body twice', () => {
    expect(codes(withPosts(post('h1', 'a', 'head', 'p'), post('h2', 'a', 'head', 'p'))).sort()).toEqual([
      'duplicate-head',
      'duplicate-holding',
    ]);
  });

  it('does not report sequential heads (one ends the day the next starts)', () => {
    const doc = withPosts(
      post('h1', 'a', 'head', 'p', { validUntil: '2020-07-01' }),
      post('h2', 'a', 'head', 'q', { validFrom: '2020-07-01', validUntil: '2023-01-01' }),
      post('h3', 'a', 'head', 'p', { validFrom: '2023-01-01' }),
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it('does not report heads of different bodies, or deputies', () => {
    const doc = withPosts(
      post('h1', 'a', 'head', 'p'),
      post('h2', 'b', 'head', 'q'),
      post('d1', 'a', 'deputy', 'q'),
      post('d2', 'a', 'deputy', null),
    );
    expect(issuesOf(doc)).toEqual([]);
  });
});

describe('time-share-exceeded', () => {
  it('reports shares of concurrent posts that add up to more than 1', () => {
    expect(
      issuesOf(
        withPosts(
          post('x', 'a', 'head', 'p', { timeShare: 0.6 }),
          post('y', 'b', 'head', 'p', { timeShare: 0.5 }),
        ),
      ),
    ).toEqual([
      {
        code: 'time-share-exceeded',
        path: ['posts', 1, 'timeShare'],
        person: 'p',
        total: 1.1,
        posts: ['x', 'y'],
      },
    ]);
  });

  it('reports only the posts in force at the worst moment', () => {
    const doc = withPosts(
      post('old', 'a', 'member', 'p', { timeShare: 0.9, validUntil: '2019-01-01' }),
      post('x', 'a', 'head', 'p', { timeShare: 0.7, validFrom: '2019-01-01' }),
      post('y', 'b', 'head', 'p', { timeShare: 0.7, validFrom: '2020-01-01' }),
      post('z', 'b', 'member', 'p'),
    );
    expect(issuesOf(doc)).toEqual([
      {
        code: 'time-share-exceeded',
        path: ['posts', 3, 'timeShare'],
        person: 'p',
        total: 1.4,
        posts: ['x', 'y'],
      },
    ]);
  });

  it('accepts shares that add up to exactly 1, including sums that are inexact in binary', () => {
    const doc = withPosts(
      post('x', 'a', 'head', 'p', { timeShare: 0.33 }),
      post('y', 'b', 'head', 'p', { timeShare: 0.56 }),
      post('z', 'a', 'member', 'p', { timeShare: 0.11 }),
    );
    expect(0.33 + 0.56 + 0.11).toBeGreaterThan(1);
    expect(issuesOf(doc)).toEqual([]);
  });

  it('does not report shares of posts that follow each other', () => {
    const doc = withPosts(
      post('x', 'a', 'head', 'p', { timeShare: 0.8, validUntil: '2020-01-01' }),
      post('y', 'b', 'head', 'p', { timeShare: 0.8, validFrom: '2020-01-01' }),
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it('does not add up shares of different people, or posts without a share', () => {
    const doc = withPosts(
      post('x', 'a', 'head', 'p', { timeShare: 1 }),
      post('y', 'b', 'head', 'q', { timeShare: 1 }),
      post('z', 'b', 'member', 'p'),
      post('v', 'a', 'member', null, { timeShare: 1 }),
      post('w', 'b', 'deputy', null, { timeShare: 1 }),
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it('reports an overlap that starts on the last day of the calendar', () => {
    const doc = withPosts(
      post('x', 'a', 'head', 'p', { timeShare: 0.6, validFrom: '9999-12-31' }),
      post('y', 'b', 'head', 'p', { timeShare: 0.6 }),
    );
    expect(codes(doc)).toEqual(['time-share-exceeded']);
  });

  it('reports an overlap that starts on the first day of the calendar', () => {
    const doc = withPosts(
      post('x', 'a', 'head', 'p', { timeShare: 0.6, validFrom: '0000-01-01', validUntil: '0000-01-02' }),
      post('y', 'b', 'head', 'p', { timeShare: 0.6, validUntil: '0000-01-02' }),
    );
    expect(codes(doc)).toEqual(['time-share-exceeded']);
  });
});

describe('dates-reversed (post)', () => {
  it('reports a post that ends before it starts', () => {
    expect(
      issuesOf(
        withPosts(post('x', 'a', 'member', null, { validFrom: '2020-02-01', validUntil: '2020-01-01' })),
      ),
    ).toEqual([
      {
        code: 'dates-reversed',
        path: ['posts', 0, 'validUntil'],
        entity: 'post',
        id: 'x',
        validFrom: '2020-02-01',
        validUntil: '2020-01-01',
      },
    ]);
  });
});
