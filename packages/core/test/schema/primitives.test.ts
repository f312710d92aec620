import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_STAFF } from '../../src/schema/primitives.js';
import type { Path } from '../../src/validate/issue.js';
import { body, issuesOf, parseOk, person, post, relation, unit } from '../support/docs.js';

/** A document with one body whose fields are overridden by `extra`. */
const oneBody = (extra: Record<string, unknown>) => ({ bodies: [{ ...body('b'), ...extra }] });

/** Asserts that `input` fails the schema with exactly one issue, at `path`, showing `received`. */
function expectOneInvalid(input: unknown, path: Path, received: string): void {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ code: 'invalid-input', path, received });
  const detail = (issues[0] as { detail: { en: string; vi: string } }).detail;
  expect(detail.en.length).toBeGreaterThan(0);
  expect(detail.vi.length).toBeGreaterThan(0);
}

describe('staff figures', () => {
  it.each([
    ['negative', -1, '-1'],
    ['fractional', 2.5, '2.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['just above MAX_STAFF', MAX_STAFF + 1, String(MAX_STAFF + 1)],
    ['a numeric string', '5', '"5"'],
    ['null', null, 'null'],
  ])('rejects a %s quota, naming the path and the value', (_, quota, received) => {
    expectOneInvalid(oneBody({ quota }), ['bodies', 0, 'quota'], received);
  });

  it('rejects a huge actual (beyond safe integers) at its path', () => {
    const issues = issuesOf(oneBody({ actual: 1e21 }));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues)
      expect(issue).toMatchObject({ path: ['bodies', 0, 'actual'], received: '1e+21' });
  });

  it('accepts 0 and MAX_STAFF exactly', () => {
    const state = parseOk(oneBody({ quota: 0, actual: MAX_STAFF }));
    expect(state.bodies.get('b')).toMatchObject({ quota: 0, actual: MAX_STAFF });
  });

  it('checks quotaByYear values and keys', () => {
    expectOneInvalid(oneBody({ quotaByYear: { 2015: -3 } }), ['bodies', 0, 'quotaByYear', '2015'], '-3');
    expectOneInvalid(oneBody({ quotaByYear: { 2015: 1.5 } }), ['bodies', 0, 'quotaByYear', '2015'], '1.5');
    expectOneInvalid(oneBody({ quotaByYear: { '15': 3 } }), ['bodies', 0, 'quotaByYear', '15'], '"15"');
    expectOneInvalid(
      oneBody({ quotaByYear: { '2015 ': 3 } }),
      ['bodies', 0, 'quotaByYear', '2015 '],
      '"2015 "',
    );
  });
});

describe('dates', () => {
  it.each([
    ['a day that does not exist', '2025-02-30'],
    ['29 February of a common year', '2023-02-29'],
    ['29 February of 1900', '1900-02-29'],
    ['month 13', '2025-13-01'],
    ['day 0', '2025-01-00'],
    ['no leading zeros', '2025-7-1'],
    ['a date-time', '2025-07-01T00:00:00Z'],
    ['slashes', '2025/07/01'],
    ['an empty string', ''],
  ])('rejects %s (%s) on every dated entity', (_, date) => {
    const received = JSON.stringify(date);
    expectOneInvalid(oneBody({ validFrom: date }), ['bodies', 0, 'validFrom'], received);
    expectOneInvalid(oneBody({ validUntil: date }), ['bodies', 0, 'validUntil'], received);
    expectOneInvalid(
      { bodies: [body('a'), body('b')], relations: [relation('r', 'a', 'b', 'leads', { validFrom: date })] },
      ['relations', 0, 'validFrom'],
      received,
    );
    expectOneInvalid(
      { bodies: [body('a')], posts: [post('p', 'a', 'head', null, { validUntil: date })] },
      ['posts', 0, 'validUntil'],
      received,
    );
    expectOneInvalid(
      { bodies: [], units: [unit('01', 'province', null, { validFrom: date })] },
      ['units', 0, 'validFrom'],
      received,
    );
  });

  it('accepts 29 February of leap years and the first and last days of the calendar', () => {
    for (const date of ['2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31']) {
      expect(parseOk(oneBody({ validFrom: date })).bodies.get('b')?.validFrom).toBe(date);
    }
  });

  it('rejects a date given as a number', () => {
    expectOneInvalid(oneBody({ validFrom: 20250701 }), ['bodies', 0, 'validFrom'], '20250701');
  });
});

describe('names', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a tab and a newline', '\t\n'],
  ])('rejects an %s name', (_, name) => {
    const received = JSON.stringify(name);
    expectOneInvalid(oneBody({ name }), ['bodies', 0, 'name'], received);
    expectOneInvalid(oneBody({ nameEn: name }), ['bodies', 0, 'nameEn'], received);
    expectOneInvalid({ bodies: [], persons: [{ id: 'p', name }] }, ['persons', 0, 'name'], received);
    expectOneInvalid(
      { bodies: [], units: [unit('01', 'province', null, { name })] },
      ['units', 0, 'name'],
      received,
    );
    expectOneInvalid(
      { bodies: [], units: [unit('01', 'province', null, { type: name })] },
      ['units', 0, 'type'],
      received,
    );
  });

  it('keeps surrounding white space of a name that has content', () => {
    expect(parseOk(oneBody({ name: ' Ban Tổ chức ' })).bodies.get('b')?.name).toBe(' Ban Tổ chức ');
  });

  it('rejects a name longer than MAX_NAME_LENGTH and accepts one exactly that long', () => {
    const long = 'x'.repeat(MAX_NAME_LENGTH + 1);
    const issues = issuesOf(oneBody({ name: long }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-input', path: ['bodies', 0, 'name'] });
    expect(parseOk(oneBody({ name: 'x'.repeat(MAX_NAME_LENGTH) })).bodies.size).toBe(1);
  });
});

describe('ids', () => {
  it.each([
    ['a leading space', ' b'],
    ['a trailing space', 'b '],
    ['a trailing newline', 'b\n'],
    ['a leading non-breaking space', '\u00a0b'],
    ['only spaces', '  '],
  ])('rejects an id with %s wherever an id is written', (_, id) => {
    const received = JSON.stringify(id);
    expectOneInvalid({ bodies: [body(id)] }, ['bodies', 0, 'id'], received);
    expectOneInvalid({ bodies: [body('b', id)] }, ['bodies', 0, 'parent'], received);
    expectOneInvalid({ bodies: [body('b', null, { unit: id })] }, ['bodies', 0, 'unit'], received);
    expectOneInvalid({ bodies: [], persons: [person(id)] }, ['persons', 0, 'id'], received);
    expectOneInvalid(
      { bodies: [body('b')], posts: [post(id, 'b', 'head', null)] },
      ['posts', 0, 'id'],
      received,
    );
    expectOneInvalid(
      { bodies: [body('b')], posts: [post('p', id, 'head', null)] },
      ['posts', 0, 'body'],
      received,
    );
    expectOneInvalid(
      { bodies: [body('b')], posts: [post('p', 'b', 'head', id)] },
      ['posts', 0, 'holder'],
      received,
    );
    expectOneInvalid(
      { bodies: [body('a'), body('b')], relations: [relation('r', id, 'b')] },
      ['relations', 0, 'from'],
      received,
    );
    expectOneInvalid({ bodies: [], units: [unit(id, 'province', null)] }, ['units', 0, 'code'], received);
    expectOneInvalid({ bodies: [], units: [unit('01', 'district', id)] }, ['units', 0, 'parent'], received);
  });

  it('rejects an empty id', () => {
    expectOneInvalid({ bodies: [body('')] }, ['bodies', 0, 'id'], '""');
    expectOneInvalid({ bodies: [body('b', '')] }, ['bodies', 0, 'parent'], '""');
  });

  it('rejects an id longer than MAX_ID_LENGTH and accepts one exactly that long', () => {
    const id = 'i'.repeat(MAX_ID_LENGTH);
    expect(parseOk({ bodies: [body(id)] }).bodies.has(id)).toBe(true);
    const issues = issuesOf({ bodies: [body(`${id}i`)] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-input', path: ['bodies', 0, 'id'] });
  });

  it('keeps inner white space and case: "Ban A" and "ban a" are two ids', () => {
    const state = parseOk({ bodies: [body('Ban A'), body('ban a')] });
    expect([...state.bodies.keys()].sort()).toEqual(['Ban A', 'ban a']);
  });
});

describe('tags', () => {
  it('rejects empty kind, sector and function tags', () => {
    expectOneInvalid(oneBody({ kind: '' }), ['bodies', 0, 'kind'], '""');
    expectOneInvalid(oneBody({ sector: '' }), ['bodies', 0, 'sector'], '""');
    expectOneInvalid(oneBody({ functions: ['ok', ''] }), ['bodies', 0, 'functions', 1], '""');
  });
});

describe('records (quotaByYear, attributes)', () => {
  const text = (field: string, record: string) =>
    `{"bodies": [{"id": "b", "name": "B", "kind": "k", "sector": "s", "level": "district", "parent": null,
      "functions": [], "quota": 1, "actual": 1, "${field}": ${record}}]}`;

  it('rejects a __proto__ key instead of dropping it', () => {
    expect(issuesOf(text('quotaByYear', '{"2015": 3, "__proto__": 4}'))).toEqual([
      expect.objectContaining({ code: 'invalid-input', path: ['bodies', 0, 'quotaByYear', '__proto__'] }),
    ]);
    expect(issuesOf(text('attributes', '{"__proto__": {"polluted": true}}'))).toEqual([
      expect.objectContaining({ code: 'invalid-input', path: ['bodies', 0, 'attributes', '__proto__'] }),
    ]);
    const unitText = `{"bodies": [], "units": [{"code": "01", "name": "U", "level": "province", "parent": null,
      "attributes": {"__proto__": 1}}]}`;
    expect(issuesOf(unitText)).toEqual([
      expect.objectContaining({ code: 'invalid-input', path: ['units', 0, 'attributes', '__proto__'] }),
    ]);
  });

  it('keeps attribute keys named like other Object.prototype members, as own data', () => {
    const state = parseOk(text('attributes', '{"constructor": "x", "toString": 1, "valueOf": true}'));
    const attributes = state.bodies.get('b')?.attributes;
    expect(attributes).toEqual({ constructor: 'x', toString: 1, valueOf: true });
    expect(Object.keys(attributes ?? {})).toEqual(['constructor', 'toString', 'valueOf']);
  });

  it('checks attribute keys and values', () => {
    expectOneInvalid(oneBody({ attributes: { '1st': 'x' } }), ['bodies', 0, 'attributes', '1st'], '"1st"');
    expectOneInvalid(oneBody({ attributes: { 'a b': 'x' } }), ['bodies', 0, 'attributes', 'a b'], '"a b"');
    expectOneInvalid(
      oneBody({ attributes: { nested: { x: 1 } } }),
      ['bodies', 0, 'attributes', 'nested'],
      '{"x":1}',
    );
    expectOneInvalid(oneBody({ attributes: { list: [1] } }), ['bodies', 0, 'attributes', 'list'], '[1]');
    expectOneInvalid(oneBody({ attributes: { none: null } }), ['bodies', 0, 'attributes', 'none'], 'null');
    const state = parseOk(
      oneBody({ attributes: { provinceClass: 'I', pilot: true, 'population.k': 812.5 } }),
    );
    expect(state.bodies.get('b')?.attributes).toEqual({
      provinceClass: 'I',
      pilot: true,
      'population.k': 812.5,
    });
    expect(Object.isFrozen(state.bodies.get('b')?.attributes)).toBe(true);
  });
});
