import { describe, expect, it } from 'vitest';
import type { Body } from '../../src/model/body.js';
import { sumQuotaByYear, unionFunctions } from '../../src/transform/new-body.js';
import { body } from '../support/docs.js';

const withYears = (quotaByYear?: Record<string, number>): Body =>
  Object.freeze({
    ...body('b'),
    ...(quotaByYear === undefined ? {} : { quotaByYear: Object.freeze(quotaByYear) }),
  }) as Body;

describe('sumQuotaByYear', () => {
  it('adds year by year over the years any body has, frozen, leaving the bodies alone', () => {
    const a = withYears({ 2015: 10, 2016: 8 });
    const b = withYears({ 2016: 2, 2020: 5 });
    const sum = sumQuotaByYear([a, withYears(), b]);
    expect(sum).toEqual({ 2015: 10, 2016: 10, 2020: 5 });
    expect(Object.isFrozen(sum)).toBe(true);
    expect(a.quotaByYear).toEqual({ 2015: 10, 2016: 8 });
  });

  it('gives nothing when no body has a year, even with empty year records', () => {
    expect(sumQuotaByYear([withYears(), withYears({})])).toBeUndefined();
    expect(sumQuotaByYear([])).toBeUndefined();
  });
});

describe('unionFunctions', () => {
  it('keeps each tag once, in first-seen order', () => {
    expect(unionFunctions([['a', 'b'], [], ['c', 'a'], ['b', 'd']])).toEqual(['a', 'b', 'c', 'd']);
  });
});
