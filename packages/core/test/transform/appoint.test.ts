import { appoint, appointConcurrent, endConcurrent, release } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState, expectValid } from '../support/district.js';

const effective = '2018-09-01';

describe('appointments', () => {
  it('appoints a new person to a new post', () => {
    const { state, changes } = appoint(districtState(), {
      effective,
      person: 'p-cuong',
      personName: 'Lê Văn Cường',
      post: { id: 'tt-head', body: 'thanh-tra', role: 'head' },
    });
    expect(state.persons.get('p-cuong')?.name).toBe('Lê Văn Cường');
    expect(state.posts.get('tt-head')).toMatchObject({
      body: 'thanh-tra',
      role: 'head',
      holder: 'p-cuong',
      validFrom: effective,
    });
    expect(changes.posts).toEqual([
      { post: 'tt-head', change: 'created', body: 'thanh-tra', role: 'head', holder: 'p-cuong' },
    ]);
    expectValid(state);
  });

  it('fills a vacant post and refuses a second head or a taken post', () => {
    const s = districtState();
    const filled = appoint(s, {
      effective,
      person: 'p-binh',
      post: { id: 'ubkt-head', body: 'ubkt', role: 'head' },
    });
    expect(filled.state.posts.get('ubkt-head')?.holder).toBe('p-binh');
    expect(() =>
      appoint(s, { effective, person: 'p-binh', post: { id: 'other-head', body: 'ubkt', role: 'head' } }),
    ).toThrowError(expect.objectContaining({ reason: 'post-taken', subjects: ['ubkt', 'ubkt-head'] }));
    expect(() =>
      appoint(s, {
        effective,
        person: 'p-binh',
        post: { id: 'btc-head', body: 'ban-to-chuc', role: 'head' },
      }),
    ).toThrowError(expect.objectContaining({ reason: 'post-taken' }));
    expect(() =>
      appoint(s, { effective, person: 'nobody', post: { id: 'x', body: 'ubkt', role: 'member' } }),
    ).toThrowError(expect.objectContaining({ reason: 'unknown-person' }));
  });

  // Seed 000 II.1.2: the Inspection Committee chair is also Chief Inspector.
  it('makes a concurrent appointment and ends it', () => {
    const s = appoint(districtState(), {
      effective,
      person: 'p-binh',
      post: { id: 'ubkt-head', body: 'ubkt', role: 'head', timeShare: 0.5 },
    }).state;
    const concurrent = appointConcurrent(s, {
      effective: '2019-03-01',
      person: 'p-binh',
      body: 'thanh-tra',
      post: 'tt-head',
      timeShare: 0.5,
    });
    expect(concurrent.state.posts.get('tt-head')).toMatchObject({
      role: 'head',
      holder: 'p-binh',
      timeShare: 0.5,
    });
    expect([...(concurrent.state.index.postsByPerson.get('p-binh') ?? [])].sort()).toEqual([
      'btc-deputy',
      'tt-head',
      'ubkt-head',
    ]);
    expectValid(concurrent.state);
    const ended = endConcurrent(concurrent.state, { effective: '2020-01-01', post: 'tt-head' });
    expect(ended.state.posts.get('tt-head')?.holder).toBeNull();
    expect(ended.state.posts.get('ubkt-head')?.holder).toBe('p-binh');
  });

  it('refuses a concurrent appointment for someone with no other post, and time shares above 1', () => {
    const s = appoint(districtState(), {
      effective,
      person: 'p-dung',
      personName: 'Dung',
      post: { id: 'm', body: 'ubkt', role: 'member' },
    }).state;
    expect(() => appointConcurrent(s, { effective, person: 'p-dung', body: 'ubkt', post: 'x' })).toThrowError(
      expect.objectContaining({ reason: 'not-concurrent' }),
    );
    expect(() =>
      appointConcurrent(districtState(), {
        effective,
        person: 'p-an',
        body: 'thanh-tra',
        post: 'tt-head',
        timeShare: 0.5,
      }),
    ).toThrowError(expect.objectContaining({ reason: 'invalid-argument', subjects: ['p-an'] }));
  });

  it('releases a holder, leaving the post vacant or removing it', () => {
    const vacated = release(districtState(), { effective, post: 'btc-deputy' });
    expect(vacated.state.posts.get('btc-deputy')?.holder).toBeNull();
    expect(vacated.changes.posts[0]).toMatchObject({ change: 'vacated', previousHolder: 'p-binh' });
    const removed = release(districtState(), { effective, post: 'btc-deputy', remove: true });
    expect(removed.state.posts.has('btc-deputy')).toBe(false);
    expect(removed.state.index.postsByPerson.has('p-binh')).toBe(false);
  });
});
