import type { StateIssueCode } from '../../src/validate/issue.js';
import { body, bodyAt, person, post, relation, unit } from '../support/docs.js';

/**
 * One small document per issue code that reports that code. Typed as a full record, so a new code in
 * `StateIssue` does not compile until it has a sample here.
 */
export const SAMPLES: Readonly<Record<StateIssueCode, unknown>> = {
  'invalid-input': { bodies: [body('a', null, { quota: -1 })] },
  'invalid-json': '{"bodies": [',
  'duplicate-id': { bodies: [body('a'), body('a')] },
  'missing-parent': { bodies: [body('a', 'x')] },
  'parent-cycle': { bodies: [body('a', 'a')] },
  'level-above-parent': { bodies: [bodyAt('a', 'commune'), bodyAt('b', 'district', 'a')] },
  'unknown-unit': { bodies: [body('a', null, { unit: 'u' })] },
  'unit-level-mismatch': { units: [unit('u', 'province', null)], bodies: [body('a', null, { unit: 'u' })] },
  'unknown-body': { bodies: [body('a')], relations: [relation('r', 'a', 'x')] },
  'self-relation': { bodies: [body('a')], relations: [relation('r', 'a', 'a')] },
  'unknown-person': { bodies: [body('a')], posts: [post('h', 'a', 'head', 'p')] },
  'duplicate-holding': {
    bodies: [body('a')],
    persons: [person('p')],
    posts: [post('m1', 'a', 'member', 'p'), post('m2', 'a', 'member', 'p')],
  },
  'duplicate-head': {
    bodies: [body('a')],
    posts: [post('h1', 'a', 'head', null), post('h2', 'a', 'head', null)],
  },
  'time-share-exceeded': {
    bodies: [body('a'), body('b')],
    persons: [person('p')],
    posts: [
      post('x', 'a', 'head', 'p', { timeShare: 0.5 }),
      post('y', 'b', 'head', 'p', { timeShare: 0.75 }),
    ],
  },
  'dates-reversed': { bodies: [body('a', null, { validFrom: '2020-01-01', validUntil: '2019-01-01' })] },
  'duplicate-function': { bodies: [body('a', null, { functions: ['f', 'f'] })] },
  'unknown-unit-parent': { bodies: [], units: [unit('u', 'district', 'x')] },
  'unit-level-order': { bodies: [], units: [unit('p', 'district', null), unit('u', 'province', 'p')] },
};
