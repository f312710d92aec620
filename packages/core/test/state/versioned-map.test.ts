import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VersionedMap } from '../../src/state/versioned-map.js';

// A small key space, with the keys a plain object would get wrong, so that versions overlap a lot.
const KEYS = ['a', 'b', 'c', 'd', 'e', '__proto__', 'constructor', ''];

type Model = ReadonlyMap<string, number>;

const sortedEntries = (entries: Iterable<readonly [string, number]>) =>
  [...entries].map(([k, v]) => `${k}=${v}`).sort();

/** Every way of reading a version agrees with its model. */
function expectSame(version: VersionedMap<string, number>, model: Model): void {
  expect(version.size).toBe(model.size);
  for (const key of KEYS) {
    expect(version.has(key)).toBe(model.has(key));
    expect(version.get(key)).toBe(model.get(key));
  }
  expect(sortedEntries(version)).toEqual(sortedEntries(model));
  expect([...version.keys()].sort()).toEqual([...model.keys()].sort());
  expect([...version.values()].sort()).toEqual([...model.values()].sort());
}

const arbChanges = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined })), {
    maxLength: 4,
  })
  .map((pairs) => new Map(pairs));

/** An action on the versions made so far: derive a new one from any of them, or read any of them. */
const arbAction = fc.oneof(
  fc.record({ kind: fc.constant('derive' as const), from: fc.nat(), changes: arbChanges }),
  fc.record({ kind: fc.constant('read' as const), version: fc.nat() }),
  fc.record({ kind: fc.constant('interleave' as const), version: fc.nat(), other: fc.nat() }),
);

describe('VersionedMap', () => {
  it('every version keeps its contents whatever is derived or read after it, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 99 })), { maxLength: 6 }),
        fc.array(arbAction, { maxLength: 40 }),
        (initial, actions) => {
          const versions = [VersionedMap.of(initial)];
          const models: Model[] = [new Map(initial)];
          for (const action of actions) {
            if (action.kind === 'derive') {
              const from = action.from % versions.length;
              const model = new Map(models[from]);
              for (const [key, value] of action.changes) {
                if (value === undefined) model.delete(key);
                else model.set(key, value);
              }
              versions.push((versions[from] as VersionedMap<string, number>).with(action.changes));
              models.push(model);
            } else if (action.kind === 'read') {
              const at = action.version % versions.length;
              expectSame(versions[at] as VersionedMap<string, number>, models[at] as Model);
            } else {
              // Iterate one version while reading another inside the loop: the reads move the shared table.
              const at = action.version % versions.length;
              const other = action.other % versions.length;
              const seen: [string, number][] = [];
              (versions[at] as VersionedMap<string, number>).forEach((value, key) => {
                seen.push([key, value]);
                expectSame(versions[other] as VersionedMap<string, number>, models[other] as Model);
              });
              expect(sortedEntries(seen)).toEqual(sortedEntries(models[at] as Model));
              const iterator = (versions[at] as VersionedMap<string, number>).entries();
              const first = iterator.next();
              expectSame(versions[other] as VersionedMap<string, number>, models[other] as Model);
              const rest = [...iterator];
              expect(sortedEntries(first.done === true ? rest : [first.value, ...rest])).toEqual(
                sortedEntries(models[at] as Model),
              );
            }
          }
          versions.forEach((version, i) => {
            expectSame(version, models[i] as Model);
          });
        },
      ),
    );
  });

  it('returns the same version when there is nothing to change', () => {
    const map = VersionedMap.of([['a', 1]]);
    expect(map.with(new Map())).toBe(map);
  });

  it('keeps far-apart versions right when read in turn (moves long enough to fork the table)', () => {
    // 3,000 single-key steps over 2,000 keys: reading the first version is a move of 3,000 entries, more
    // than half the table (the fork limit is at least 1,024), and reading both ends in turn passes the
    // replay budget; every version must still read as its model.
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i}`);
    const first = VersionedMap.of(keys.map((key, i) => [key, i] as const));
    const versions = [first];
    const models: Map<string, number>[] = [new Map(keys.map((key, i) => [key, i]))];
    for (let step = 0; step < 3000; step++) {
      const key = keys[(step * 7919) % keys.length] as string;
      const value = step % 5 === 0 ? undefined : -step;
      const model = new Map(models[models.length - 1]);
      if (value === undefined) model.delete(key);
      else model.set(key, value);
      versions.push(
        (versions[versions.length - 1] as VersionedMap<string, number>).with(new Map([[key, value]])),
      );
      models.push(model);
    }
    const last = versions.length - 1;
    const check = (i: number) => {
      const version = versions[i] as VersionedMap<string, number>;
      const model = models[i] as Map<string, number>;
      expect(version.size).toBe(model.size);
      for (const key of keys) expect(version.get(key)).toBe(model.get(key));
    };
    for (let round = 0; round < 6; round++) {
      check(0);
      check(last);
      check(1500);
    }
    // Deriving from an old version after all that branches off it without touching the others.
    const branch = (versions[10] as VersionedMap<string, number>).with(new Map([['k1', 42]]));
    expect(branch.get('k1')).toBe(42);
    for (const i of [0, 10, 1500, last]) check(i);
  });
});
