import { describe, expect, it } from 'vitest';
import { en } from '../../src/locale/en.js';
import type { StateIssueCode } from '../../src/validate/issue.js';
import { body, bodyAt, codesOf, issuesOf, person, post, relation, unit } from '../support/docs.js';
import { SAMPLES } from './samples.js';

const ALL_CODES = Object.keys(en).sort() as StateIssueCode[];

describe('every issue code', () => {
  it('has a sample, and the message table lists exactly the codes the samples cover', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(ALL_CODES);
    expect(ALL_CODES).toHaveLength(18);
  });

  it.each(ALL_CODES)('%s is reported, alone, by its sample', (code) => {
    expect(codesOf(SAMPLES[code])).toEqual([code]);
  });
});

describe('checkInvariants', () => {
  it('reports every problem of a document at once', () => {
    const doc = {
      units: [
        unit('67', 'province', null),
        unit('660', 'district', '67'),
        unit('661', 'district', '99'),
        unit('662', 'province', '660'),
        unit('67', 'province', null),
        unit('663', 'district', '67', { validFrom: '2020-01-01', validUntil: '2019-01-01' }),
      ],
      bodies: [
        body('root', null, { unit: '660' }),
        body('dup', 'root'),
        body('dup', 'root'),
        body('orphan', 'nowhere'),
        body('self', 'self'),
        body('c1', 'c2'),
        body('c2', 'c1'),
        bodyAt('up', 'province', 'root'),
        body('no-unit', 'root', { unit: '999' }),
        body('wrong-unit', 'root', { unit: '67' }),
        body('twice', 'root', { functions: ['office', 'office'] }),
        body('late', 'root', { validFrom: '2021-01-01', validUntil: '2020-01-01' }),
      ],
      relations: [
        relation('r-ghost', 'root', 'ghost'),
        relation('r-self', 'root', 'root'),
        relation('r-dup', 'root', 'dup'),
        relation('r-dup', 'dup', 'root'),
        relation('r-late', 'root', 'dup', 'serves', { validFrom: '2021-01-01', validUntil: '2021-01-01' }),
      ],
      persons: [person('p'), person('q'), person('p')],
      posts: [
        post('h1', 'root', 'head', 'p', { timeShare: 0.7 }),
        post('h2', 'root', 'head', 'q'),
        post('h3', 'dup', 'head', 'p', { timeShare: 0.7 }),
        post('m1', 'twice', 'member', 'q'),
        post('m2', 'twice', 'member', 'q'),
        post('x', 'ghost', 'member', null),
        post('y', 'root', 'member', 'stranger'),
        post('z', 'root', 'deputy', null, { validFrom: '2020-01-02', validUntil: '2020-01-01' }),
        post('h1', 'late', 'member', null),
      ],
    };
    const issues = issuesOf(doc);
    const counts: Record<string, number> = {};
    for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
    expect(counts).toEqual({
      'duplicate-id': 5,
      'unknown-unit-parent': 1,
      'unit-level-order': 1,
      'dates-reversed': 4,
      'missing-parent': 1,
      'level-above-parent': 1,
      'unknown-unit': 1,
      'unit-level-mismatch': 1,
      'duplicate-function': 1,
      'parent-cycle': 2,
      'unknown-body': 2,
      'self-relation': 1,
      'unknown-person': 1,
      'duplicate-holding': 1,
      'duplicate-head': 1,
      'time-share-exceeded': 1,
    });
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set(ALL_CODES.filter((c) => c !== 'invalid-input' && c !== 'invalid-json')),
    );
    // Each issue points into the document.
    for (const issue of issues) expect(issue.path.length).toBeGreaterThanOrEqual(3);
  });

  it('reports nothing for the kinds of data a real plan holds', () => {
    const doc = {
      units: [unit('67', 'province', null), unit('660', 'district', '67')],
      bodies: [
        body('tinh-uy', null, { level: 'province', unit: '67', sector: 'party', kind: 'party-committee' }),
        body('ban-to-chuc', 'tinh-uy', { level: 'province', unit: '67', sector: 'party' }),
        body('so-noi-vu', null, { level: 'province', unit: '67' }),
        body('huyen-uy', 'tinh-uy', { unit: '660', sector: 'party' }),
        body('phong-noi-vu', null, { unit: '660' }),
      ],
      relations: [relation('lead', 'tinh-uy', 'so-noi-vu', 'leads')],
      persons: [person('p', 'Nguyễn Văn An')],
      posts: [
        post('h1', 'ban-to-chuc', 'head', 'p', { timeShare: 0.5, validFrom: '2018-09-01' }),
        post('h2', 'so-noi-vu', 'head', 'p', { timeShare: 0.5, validFrom: '2018-09-01' }),
      ],
    };
    expect(issuesOf(doc)).toEqual([]);
  });
});
