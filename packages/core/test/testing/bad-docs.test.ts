import { safeParseState } from '@tinhgon/core';
import { arbBadStateDoc, assertLaw, INJECTED_FAULTS, invariant } from '@tinhgon/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('arbBadStateDoc', () => {
  it('injects exactly one fault, reported under its expected code and nothing else', () => {
    assertLaw('one fault, one code', arbBadStateDoc(), ({ doc, expectedCode, fault }) => {
      const result = safeParseState(doc);
      const codes = result.ok ? [] : [...new Set(result.issues.map((issue) => issue.code))];
      invariant(codes.length === 1 && codes[0] === expectedCode, () => `${fault}: got ${codes.join(', ')}`);
    });
  });

  it('draws every fault it names', () => {
    const seen = new Set(fc.sample(arbBadStateDoc(), 300).map((bad) => bad.expectedCode));
    expect([...seen].sort()).toEqual([...INJECTED_FAULTS].sort());
  });
});
