import {
  InvalidArgumentError,
  parseScenario,
  parseState,
  runScenario,
  StateValidationError,
  safeParseState,
  stringifyState,
  TinhgonError,
} from '@tinhgon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { districtState } from '../support/district.js';
import { deepFreeze } from '../support/fixtures.js';

/** JSON-ish values, biased towards the shapes of state documents so the fuzzer reaches deep checks. */
const arbLooseBody = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'a', 'b'), fc.integer()),
    name: fc.oneof(fc.string(), fc.constant('Sở Nội vụ'.normalize('NFD')), fc.constant('')),
    kind: fc.string(),
    sector: fc.string(),
    level: fc.oneof(fc.constantFrom('central', 'province', 'district', 'commune', 'village'), fc.string()),
    parent: fc.oneof(fc.constant(null), fc.constantFrom('a', 'b', '__proto__'), fc.string()),
    functions: fc.oneof(fc.array(fc.string()), fc.string()),
    quota: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.constant(1e12)),
    actual: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(Number.NaN)),
    validFrom: fc.oneof(fc.constantFrom('2020-01-01', '2020-02-30', 'x'), fc.string()),
  },
  { requiredKeys: [] },
);

const arbDoc = fc.oneof(
  fc.jsonValue(),
  fc.record({ bodies: fc.array(arbLooseBody, { maxLength: 6 }) }),
  fc.record({ bodies: fc.array(arbLooseBody, { maxLength: 6 }), extra: fc.jsonValue() }),
);

describe('fuzzing', () => {
  it('safeParseState returns a result for any JSON value or text, never throws, never writes to its input', () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const frozen = deepFreeze(structuredClone(doc));
        const text = JSON.stringify(frozen);
        const fromValue = safeParseState(frozen);
        const fromText = safeParseState(text ?? 'undefined');
        expect(JSON.stringify(frozen)).toBe(text);
        expect(fromText.ok).toBe(fromValue.ok);
        if (!fromValue.ok) expect(fromValue.issues.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof safeParseState(text).ok).toBe('boolean');
      }),
    );
  });

  it('a scenario of random steps ends in a run or a documented error, and leaves the baseline as it was', () => {
    const baseline = districtState();
    const before = stringifyState(baseline);
    const arbStep = fc.record(
      {
        op: fc.constantFrom(
          'absorb',
          'consolidate',
          'dissolve',
          'transfer',
          'move',
          'rename',
          'split',
          'cutStaff',
          'appoint',
          'merge',
        ),
        effective: fc.constantFrom('2020-01-01', '2019-06-01', 'soon'),
        target: fc.constantFrom('ubnd', 'ubkt', 'nope'),
        sources: fc.array(fc.constantFrom('thanh-tra', 'ban-to-chuc', 'ubnd'), { maxLength: 3 }),
        body: fc.constantFrom('ubkt', 'thanh-tra', 'huyen-uy'),
        parent: fc.constantFrom(null, 'ubnd', 'thanh-tra'),
        percent: fc.integer({ min: -10, max: 120 }),
        name: fc.string(),
      },
      { requiredKeys: ['op', 'effective'] },
    );
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 6 }), fc.boolean(), (steps, collect) => {
        try {
          const run = runScenario(baseline, { name: 'fuzz', steps } as never, {
            onFailure: collect ? 'collect' : 'stop',
          });
          expect(run.failures.length === 0).toBe(run.ok);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
        expect(stringifyState(baseline)).toBe(before);
      }),
    );
  });

  it('parseScenario rejects anything but a scenario with a TinhgonError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseScenario(value);
        } catch (error) {
          expect(error).toBeInstanceOf(TinhgonError);
        }
      }),
    );
  });

  it('keeps messages short when a document has thousands of problems', () => {
    const bodies = Array.from({ length: 10_000 }, (_, i) => ({
      id: `b${i}`,
      name: `B${i}`,
      kind: 'x',
      sector: 's',
      level: 'province',
      parent: `missing-${i}`,
      functions: [],
      quota: 1,
      actual: 1,
    }));
    const result = safeParseState({ bodies });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(10_000);
    const error = (() => {
      try {
        parseState({ bodies });
      } catch (caught) {
        return caught as StateValidationError;
      }
    })();
    expect(error).toBeInstanceOf(StateValidationError);
    expect(error?.message.length).toBeLessThan(3_000);
    expect(error?.message).toMatch(/10000 issues \(missing-parent ×10000\)/);
  });
});
