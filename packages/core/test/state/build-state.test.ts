import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/load/parse-state.js';
import type { Body } from '../../src/model/body.js';
import { freezeBody, frozenRecord } from '../../src/state/build-state.js';
import { VersionedMap } from '../../src/state/versioned-map.js';
import { body } from '../support/docs.js';
import { loadFixture } from '../support/fixtures.js';
import { indexMismatches, keyMismatches } from '../support/state-checks.js';

const state = () => parseState(loadFixture('district'));
/** A body's keys in schema order, up to `actual` (the fixture's bodies have a unit and no name in English). */
const SCHEMA_KEYS = [
  'id',
  'name',
  'kind',
  'sector',
  'level',
  'unit',
  'parent',
  'functions',
  'quota',
  'actual',
];
const sorted = (set: Iterable<string> | undefined) => [...(set ?? [])].sort();

describe('a parsed state', () => {
  it('holds every entity under its id', () => {
    const s = state();
    expect([s.bodies.size, s.relations.size, s.persons.size, s.posts.size, s.units.size]).toEqual([
      8, 1, 2, 4, 2,
    ]);
    expect(keyMismatches(s)).toEqual([]);
    expect(s.units.get('660')).toEqual({
      code: '660',
      name: 'Gia Nghĩa',
      level: 'district',
      parent: '67',
      type: 'Thành phố thuộc tỉnh',
    });
  });

  it('builds the index from the entities', () => {
    const s = state();
    expect(indexMismatches(s)).toEqual([]);
    expect(sorted(s.index.roots)).toEqual(['huyen-uy', 'ubnd']);
    expect(sorted(s.index.children.get('huyen-uy'))).toEqual(['ban-to-chuc', 'ubkt', 'vp-huyen-uy']);
    expect(s.index.children.has('ban-to-chuc')).toBe(false);
    expect(sorted(s.index.postsByBody.get('ban-to-chuc'))).toEqual(['btc-deputy', 'btc-head']);
    expect(sorted(s.index.postsByPerson.get('p-an'))).toEqual(['btc-head', 'pnv-head']);
    expect(s.index.postsByPerson.has('null')).toBe(false);
    expect(sorted(s.index.relationsByBody.get('ubnd'))).toEqual(['lead-ubnd']);
    expect(sorted(s.index.relationsByBody.get('huyen-uy'))).toEqual(['lead-ubnd']);
    expect(s.index.bodiesByUnit.get('660')?.size).toBe(8);
    expect(s.index.bodiesByUnit.has('67')).toBe(false);
    expect(sorted(s.index.unitChildren.get('67'))).toEqual(['660']);
    expect(s.index.unitChildren.has('660')).toBe(false);
  });

  it('never stores an optional key as undefined', () => {
    const s = state();
    const ubnd = s.bodies.get('ubnd') as Body;
    expect(Object.keys(ubnd)).toEqual(SCHEMA_KEYS);
    expect(Object.keys(s.posts.get('btc-deputy') ?? {})).toEqual(['id', 'body', 'role', 'holder']);
    expect(Object.keys(s.relations.get('lead-ubnd') ?? {})).toEqual([
      'id',
      'kind',
      'from',
      'to',
      'validFrom',
    ]);
  });

  it('keeps functions in the order given', () => {
    const s = parseState({ bodies: [body('a', null, { functions: ['z', 'a', 'm'] })] });
    expect(s.bodies.get('a')?.functions).toEqual(['z', 'a', 'm']);
  });
});

describe('immutability', () => {
  it('freezes the state, its index, and every record with its arrays and objects', () => {
    const s = state();
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.index)).toBe(true);
    // The maps; the index's sets are Immutable.js sets, persistent but not frozen (they cache hashes).
    const { roots: _, ...indexMaps } = s.index;
    for (const map of [s.bodies, s.relations, s.persons, s.posts, s.units, ...Object.values(indexMaps)]) {
      expect(Object.isFrozen(map)).toBe(true);
    }
    for (const map of [s.bodies, s.relations, s.persons, s.posts, s.units]) {
      for (const record of map.values()) expect(Object.isFrozen(record)).toBe(true);
    }
    for (const b of s.bodies.values()) {
      expect(Object.isFrozen(b.functions)).toBe(true);
      if (b.quotaByYear !== undefined) expect(Object.isFrozen(b.quotaByYear)).toBe(true);
    }
  });

  it('throws on writes to records in strict mode', () => {
    const s = state();
    const btc = s.bodies.get('ban-to-chuc') as Body;
    expect(() => {
      (btc as { quota: number }).quota = 1;
    }).toThrow(TypeError);
    expect(() => (btc.functions as string[]).push('x')).toThrow(TypeError);
    expect(() => {
      (btc.quotaByYear as Record<string, number>)['2015'] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (s as { bodies: unknown }).bodies = VersionedMap.of();
    }).toThrow(TypeError);
    expect(btc.quota).toBe(6);
  });

  it('uses persistent collections: an update returns a new collection and leaves the state alone', () => {
    const s = state();
    for (const collection of [
      s.bodies,
      s.relations,
      s.persons,
      s.posts,
      s.units,
      ...Object.values(s.index).filter((c) => c !== s.index.roots),
    ]) {
      expect(collection).toBeInstanceOf(VersionedMap);
    }
    const fewer = (s.bodies as VersionedMap<string, Body>).with(new Map([['ubnd', undefined]]));
    expect(fewer.size).toBe(7);
    expect(s.bodies.size).toBe(8);
    expect(s.bodies.has('ubnd')).toBe(true);
    expect(fewer.has('ubnd')).toBe(false);
    const more = s.index.roots.add('x');
    expect(more.has('x')).toBe(true);
    expect(s.index.roots.has('x')).toBe(false);
  });

  it('gives two parses of one document equal but separate states', () => {
    const a = state();
    const b = state();
    expect(a).not.toBe(b);
    expect(a.bodies.get('ubnd')).toEqual(b.bodies.get('ubnd'));
  });
});

describe('frozen records', () => {
  it('copies a record key by key, in its own order, frozen, leaving the input alone', () => {
    const input: Record<string, unknown> = { provinceClass: 'I', 2015: 3, area: 12.5, ok: true };
    const copy = frozenRecord(input);
    expect(copy).not.toBe(input);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.keys(copy)).toEqual(Object.keys(input));
    expect(copy).toEqual(input);
  });

  it('shares a record that is already frozen: nothing can change it', () => {
    const input = Object.freeze({ a: 1 });
    expect(frozenRecord(input)).toBe(input);
  });

  it('keeps an own __proto__ key as a key, never as the copy’s prototype', () => {
    const input = JSON.parse('{"a": 1, "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const copy = frozenRecord(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('makes a body with its keys in schema order and shares the lists and records already frozen', () => {
    const functions = Object.freeze(['a', 'b']);
    const made = freezeBody({
      id: 'x',
      validUntil: '2026-01-01',
      quota: 5,
      unit: '01',
      name: 'X',
      kind: 'division',
      sector: 'state',
      level: 'province',
      parent: null,
      functions,
      actual: 4,
      quotaByYear: { 2015: 6 },
    } as Body);
    expect(Object.keys(made)).toEqual([...SCHEMA_KEYS, 'quotaByYear', 'validUntil']);
    expect(made.functions).toBe(functions);
    expect(Object.isFrozen(made.quotaByYear)).toBe(true);
    const unfrozen = ['c'];
    const other = freezeBody({ ...made, functions: unfrozen });
    expect(other.functions).not.toBe(unfrozen);
    expect(Object.isFrozen(other.functions)).toBe(true);
    expect(other.quotaByYear).toBe(made.quotaByYear);
  });
});
