import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/load/parse-state.js';
import { STATE_FORMAT } from '../../src/schema/state-schema.js';
import { emptyState } from '../../src/state/state-draft.js';
import { stateToJson, stringifyState } from '../../src/state/state-json.js';
import { body, person, post, relation, unit } from '../support/docs.js';
import { deepFreeze, loadFixture } from '../support/fixtures.js';
import { sameEntries } from '../support/state-checks.js';

const fixtureState = () => parseState(loadFixture('district'));
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const reversed = <T>(list: readonly T[] | undefined): T[] => [...(list ?? [])].reverse();

describe('stateToJson', () => {
  it('writes every list, sorted by id in code-unit order, with the format tag', () => {
    const json = stateToJson(
      parseState({
        bodies: [
          body('b'),
          body('a'),
          body('B'),
          body('ä'),
          body('a-1'),
          body('a1'),
          body('Z'),
          body('10'),
          body('9'),
        ],
      }),
    );
    expect(json.format).toBe(STATE_FORMAT);
    expect(ids(json.bodies)).toEqual(['10', '9', 'B', 'Z', 'a', 'a-1', 'a1', 'b', 'ä']);
    expect([json.relations, json.persons, json.posts, json.units]).toEqual([[], [], [], []]);
  });

  it('sorts every list of the fixture', () => {
    const json = stateToJson(fixtureState());
    for (const list of [json.bodies, json.relations, json.persons, json.posts]) {
      expect(ids(list)).toEqual([...ids(list)].sort());
    }
    expect(json.units.map((u) => u.code)).toEqual(['660', '67']);
  });

  it('writes the empty state', () => {
    expect(stateToJson(emptyState())).toEqual({
      format: STATE_FORMAT,
      bodies: [],
      relations: [],
      persons: [],
      posts: [],
      units: [],
    });
  });

  it('writes what was read: the content equals the input, sorted', () => {
    const doc = loadFixture('district') as Record<string, { id?: string; code?: string }[]>;
    const json = stateToJson(fixtureState()) as unknown as Record<string, unknown[]>;
    const byKey =
      (key: 'id' | 'code') => (a: { id?: string; code?: string }, b: { id?: string; code?: string }) =>
        (a[key] as string) < (b[key] as string) ? -1 : 1;
    for (const list of ['bodies', 'relations', 'persons', 'posts'] as const) {
      expect(json[list]).toEqual([...(doc[list] ?? [])].sort(byKey('id')));
    }
    expect(json.units).toEqual([...(doc.units ?? [])].sort(byKey('code')));
  });

  it('keeps quotaByYear, dates, time shares and optional fields', () => {
    const state = parseState({
      units: [unit('01', 'province', null, { type: 'Tỉnh', validFrom: '2000-01-01' })],
      bodies: [
        body('a', null, {
          level: 'province',
          unit: '01',
          nameEn: 'A',
          quotaByYear: { 2016: 4, 2015: 5 },
          validFrom: '2018-01-01',
          validUntil: '2025-07-01',
        }),
        body('b', 'a'),
      ],
      relations: [relation('r', 'a', 'b', 'serves', { validUntil: '2030-01-01' })],
      persons: [person('p')],
      posts: [post('h', 'a', 'head', 'p', { timeShare: 0.25, validFrom: '2019-01-01' })],
    });
    const json = stateToJson(state);
    expect(json.bodies[0]).toEqual({
      id: 'a',
      name: 'Cơ quan a',
      nameEn: 'A',
      kind: 'department',
      sector: 'state',
      level: 'province',
      unit: '01',
      parent: null,
      functions: [],
      quota: 5,
      actual: 5,
      quotaByYear: { 2015: 5, 2016: 4 },
      validFrom: '2018-01-01',
      validUntil: '2025-07-01',
    });
    expect(json.posts[0]).toEqual({
      id: 'h',
      body: 'a',
      role: 'head',
      holder: 'p',
      timeShare: 0.25,
      validFrom: '2019-01-01',
    });
    expect(json.relations[0]).toEqual({
      id: 'r',
      kind: 'serves',
      from: 'a',
      to: 'b',
      validUntil: '2030-01-01',
    });
    expect(json.units[0]).toEqual({
      code: '01',
      name: 'Đơn vị 01',
      level: 'province',
      parent: null,
      type: 'Tỉnh',
      validFrom: '2000-01-01',
    });
  });
});

describe('stringifyState', () => {
  it('round-trips losslessly: parse(stringify(s)) has the same content as s', () => {
    const s = fixtureState();
    const again = parseState(stringifyState(s));
    expect(stateToJson(again)).toEqual(stateToJson(s));
    expect(sameEntries(again.index.children, s.index.children)).toBe(true);
    expect(sameEntries(again.index.postsByPerson, s.index.postsByPerson)).toBe(true);
  });

  it('is a fixed point: stringify(parse(stringify(s))) === stringify(s)', () => {
    const text = stringifyState(fixtureState());
    expect(stringifyState(parseState(text))).toBe(text);
    expect(stringifyState(parseState(JSON.parse(text)))).toBe(text);
  });

  it('does not depend on the order of the input lists', () => {
    const doc = loadFixture('district') as Record<string, unknown[]>;
    const shuffled = {
      ...doc,
      bodies: reversed(doc.bodies),
      relations: reversed(doc.relations),
      persons: reversed(doc.persons),
      posts: [doc.posts?.[2], doc.posts?.[0], doc.posts?.[3], doc.posts?.[1]],
      units: reversed(doc.units),
    };
    expect(stringifyState(parseState(shuffled))).toBe(stringifyState(fixtureState()));
  });

  it('does not depend on the order of keys in the input objects', () => {
    const doc = loadFixture('district') as Record<string, Record<string, unknown>[]>;
    const flip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
    const flipped = Object.fromEntries(
      Object.entries(doc)
        .reverse()
        .map(([k, v]) => [k, Array.isArray(v) ? v.map(flip) : v]),
    );
    expect(stringifyState(parseState(flipped))).toBe(stringifyState(fixtureState()));
  });

  it('indents on request, with the same content', () => {
    const s = fixtureState();
    const pretty = stringifyState(s, 2);
    expect(pretty).toContain('\n  "bodies": [');
    expect(JSON.parse(pretty)).toEqual(JSON.parse(stringifyState(s)));
  });

  it('works on a deep-frozen input document and leaves it unchanged', () => {
    const doc = deepFreeze(loadFixture('district'));
    const before = JSON.stringify(doc);
    expect(stringifyState(parseState(doc))).toBe(stringifyState(fixtureState()));
    expect(JSON.stringify(doc)).toBe(before);
  });
});
