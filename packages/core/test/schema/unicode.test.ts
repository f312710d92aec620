import { describe, expect, it } from 'vitest';
import { graphOf } from '../../src/graph/graph-view.js';
import { stringifyState } from '../../src/state/state-json.js';
import { body, issuesOf, parseOk, person, post, relation, unit } from '../support/docs.js';

const nfd = (text: string): string => text.normalize('NFD');
const isNfc = (text: string): boolean => text === text.normalize('NFC');

// Composed and decomposed spellings of the same Vietnamese text differ code unit by code unit.
const BAN = 'Ban Tổ chức Tỉnh ủy';
const ID = 'ủy-ban-kiểm-tra';
const UNIT = 'Đắk-Nông';

describe('Unicode normalisation', () => {
  it('the test data really is decomposed', () => {
    expect(nfd(BAN)).not.toBe(BAN);
    expect(nfd(ID)).not.toBe(ID);
    expect(nfd(ID).length).toBeGreaterThan(ID.length);
  });

  it('stores decomposed names, tags and ids in NFC', () => {
    const state = parseOk({
      units: [unit(nfd(UNIT), 'province', null, { name: nfd('Đắk Nông'), type: nfd('Tỉnh') })],
      bodies: [
        body(nfd(ID), null, {
          name: nfd(BAN),
          nameEn: nfd('Tỉnh ủy (provincial party committee)'),
          kind: nfd('ủy-ban'),
          sector: nfd('đảng'),
          level: 'province',
          unit: nfd(UNIT),
          functions: [nfd('kiểm-tra'), nfd('giám-sát')],
        }),
      ],
      persons: [person(nfd('người-một'), nfd('Nguyễn Thị Ánh'))],
      posts: [post(nfd('chức-danh'), nfd(ID), 'head', nfd('người-một'))],
    });
    const stored = state.bodies.get(ID);
    expect(stored).toBeDefined();
    expect(stored).toMatchObject({
      id: ID,
      name: BAN,
      nameEn: 'Tỉnh ủy (provincial party committee)',
      kind: 'ủy-ban',
      sector: 'đảng',
      unit: UNIT,
      functions: ['kiểm-tra', 'giám-sát'],
    });
    expect(state.units.get(UNIT)).toMatchObject({ name: 'Đắk Nông', type: 'Tỉnh' });
    expect(state.persons.get('người-một')?.name).toBe('Nguyễn Thị Ánh');
    expect(state.posts.get('chức-danh')).toMatchObject({ body: ID, holder: 'người-một' });
    expect(state.bodies.has(nfd(ID))).toBe(false);
    expect(isNfc(stringifyState(state))).toBe(true);
  });

  it('resolves a decomposed reference to a composed id, and the other way round', () => {
    const state = parseOk({
      bodies: [body(ID), body('con', nfd(ID)), body(nfd('cơ-quan-khác')), body('con-2', 'cơ-quan-khác')],
      relations: [relation('r', nfd(ID), 'cơ-quan-khác')],
    });
    expect(graphOf(state).children(ID)).toEqual(['con']);
    expect(graphOf(state).children('cơ-quan-khác')).toEqual(['con-2']);
    expect(
      graphOf(state)
        .relationsOf(ID)
        .map((r) => r.id),
    ).toEqual(['r']);
  });

  it('treats composed and decomposed spellings of one id as the same id', () => {
    expect(issuesOf({ bodies: [body(ID), body(nfd(ID))] })).toEqual([
      {
        code: 'duplicate-id',
        path: ['bodies', 1, 'id'],
        entity: 'body',
        id: ID,
        firstPath: ['bodies', 0, 'id'],
      },
    ]);
  });

  it('treats composed and decomposed spellings of one function tag as the same tag', () => {
    expect(issuesOf({ bodies: [body('a', null, { functions: ['kiểm-tra', nfd('kiểm-tra')] })] })).toEqual([
      { code: 'duplicate-function', path: ['bodies', 0, 'functions', 1], body: 'a', tag: 'kiểm-tra' },
    ]);
  });

  it('gives the same canonical JSON for composed and decomposed input', () => {
    const doc = (f: (s: string) => string) => ({
      bodies: [body(f(ID), null, { name: f(BAN) }), body(f('phòng'), f(ID))],
    });
    expect(stringifyState(parseOk(doc(nfd)))).toBe(stringifyState(parseOk(doc((s) => s))));
  });
});
