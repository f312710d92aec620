import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/load/parse-state.js';
import { stateToJson, stringifyState } from '../../src/state/state-json.js';
import { arbShuffledDoc, arbStateDoc, type StateDoc } from '../support/arbitraries.js';
import { deepFreeze } from '../support/fixtures.js';
import { indexMismatches, keyMismatches, sameEntries } from '../support/state-checks.js';

const byKey =
  <K extends string>(key: K) =>
  (a: Record<K, string>, b: Record<K, string>) =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;

describe('state JSON laws', () => {
  it('parse then stateToJson gives back the input, each list sorted by id', () => {
    fc.assert(
      fc.property(arbStateDoc(), (doc) => {
        const json = stateToJson(parseState(doc));
        expect(json.bodies).toEqual([...doc.bodies].sort(byKey('id')));
        expect(json.relations).toEqual([...doc.relations].sort(byKey('id')));
        expect(json.persons).toEqual([...doc.persons].sort(byKey('id')));
        expect(json.posts).toEqual([...doc.posts].sort(byKey('id')));
        expect(json.units).toEqual([...doc.units].sort(byKey('code')));
      }),
    );
  });

  it('round trip is lossless: parse(stateToJson(s)) has the content and index of s', () => {
    fc.assert(
      fc.property(arbStateDoc(), (doc) => {
        const state = parseState(doc);
        const again = parseState(stateToJson(state));
        expect(stateToJson(again)).toEqual(stateToJson(state));
        for (const key of Object.keys(state.index) as (keyof typeof state.index)[]) {
          expect(sameEntries(again.index[key], state.index[key])).toBe(true);
        }
      }),
    );
  });

  it('stringify is a fixed point of parse: stringify(parse(stringify(s))) === stringify(s)', () => {
    fc.assert(
      fc.property(arbStateDoc(), (doc) => {
        const text = stringifyState(parseState(doc));
        expect(stringifyState(parseState(text))).toBe(text);
        expect(stringifyState(parseState(doc))).toBe(text);
      }),
    );
  });

  it('the canonical JSON does not depend on the order of the input lists', () => {
    fc.assert(
      fc.property(
        arbStateDoc().chain((doc) => fc.tuple(fc.constant(doc), arbShuffledDoc(doc))),
        ([doc, shuffled]: [StateDoc, StateDoc]) => {
          expect(stringifyState(parseState(shuffled))).toBe(stringifyState(parseState(doc)));
        },
      ),
    );
  });

  it('parsing never writes to its input, and the index agrees with the entities', () => {
    fc.assert(
      fc.property(arbStateDoc(), (doc) => {
        const before = JSON.stringify(doc);
        const state = parseState(deepFreeze(doc));
        expect(JSON.stringify(doc)).toBe(before);
        expect(indexMismatches(state)).toEqual([]);
        expect(keyMismatches(state)).toEqual([]);
      }),
    );
  });
});
