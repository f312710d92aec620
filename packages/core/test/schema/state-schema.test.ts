import { describe, expect, it } from 'vitest';
import { STATE_FORMAT } from '../../src/schema/state-schema.js';
import type { StateIssue } from '../../src/validate/issue.js';
import { body, issuesOf, parseOk, person, post, relation, unit } from '../support/docs.js';
import { loadFixture } from '../support/fixtures.js';

const full = () => ({
  format: STATE_FORMAT,
  units: [unit('01', 'province', null)],
  bodies: [body('a', null, { level: 'province', unit: '01' }), body('b', 'a')],
  relations: [relation('r', 'a', 'b')],
  persons: [person('p')],
  posts: [post('h', 'a', 'head', 'p')],
});

/** The only issue for `input`, which must be an `invalid-input`. */
function onlyIssue(input: unknown): Extract<StateIssue, { code: 'invalid-input' }> {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  expect(issues[0]?.code).toBe('invalid-input');
  return issues[0] as Extract<StateIssue, { code: 'invalid-input' }>;
}

describe('document shape', () => {
  it('accepts the fixture and a document with every optional list left out', () => {
    expect(parseOk(loadFixture('district')).bodies.size).toBe(8);
    const state = parseOk({ bodies: [body('a')] });
    expect(state.relations.size + state.persons.size + state.posts.size + state.units.size).toBe(0);
    expect(parseOk({ bodies: [] }).bodies.size).toBe(0);
  });

  it('accepts a document with every list present', () => {
    const state = parseOk(full());
    expect([
      state.bodies.size,
      state.relations.size,
      state.persons.size,
      state.posts.size,
      state.units.size,
    ]).toEqual([2, 1, 1, 1, 1]);
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], '[]'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'nothing'],
    ['true', true, 'true'],
  ])('rejects %s as a document, at the root', (_, input, received) => {
    expect(onlyIssue(input)).toMatchObject({ path: [], received });
  });

  it('requires bodies', () => {
    expect(onlyIssue({ persons: [] })).toMatchObject({ path: ['bodies'], received: 'nothing' });
  });

  it('rejects another format tag', () => {
    expect(onlyIssue({ format: 'tinhgon/state@2', bodies: [] })).toMatchObject({
      path: ['format'],
      received: '"tinhgon/state@2"',
    });
  });

  it.each([
    ['bodies is an object', { bodies: {} }, ['bodies'], '{}'],
    ['a body is a string', { bodies: ['a'] }, ['bodies', 0], '"a"'],
    ['a parent is a number', { bodies: [body('a', 7 as never)] }, ['bodies', 0, 'parent'], '7'],
    [
      'parent is missing',
      { bodies: [{ ...body('a'), parent: undefined }] },
      ['bodies', 0, 'parent'],
      'nothing',
    ],
    [
      'level is unknown',
      { bodies: [body('a', null, { level: 'town' as never })] },
      ['bodies', 0, 'level'],
      '"town"',
    ],
    [
      'functions is a string',
      { bodies: [body('a', null, { functions: 'x' as never })] },
      ['bodies', 0, 'functions'],
      '"x"',
    ],
    [
      'a function is a number',
      { bodies: [body('a', null, { functions: [1 as never] })] },
      ['bodies', 0, 'functions', 0],
      '1',
    ],
    [
      'quotaByYear is an array',
      { bodies: [body('a', null, { quotaByYear: [] as never })] },
      ['bodies', 0, 'quotaByYear'],
      '[]',
    ],
    [
      'a relation kind is unknown',
      { bodies: [body('a'), body('b')], relations: [relation('r', 'a', 'b', 'owns' as never)] },
      ['relations', 0, 'kind'],
      '"owns"',
    ],
    [
      'a post role is unknown',
      { bodies: [body('a')], posts: [post('p', 'a', 'chief' as never, null)] },
      ['posts', 0, 'role'],
      '"chief"',
    ],
    [
      'a holder is a number',
      { bodies: [body('a')], posts: [post('p', 'a', 'head', 3 as never)] },
      ['posts', 0, 'holder'],
      '3',
    ],
    [
      'a time share is 0',
      { bodies: [body('a')], posts: [post('p', 'a', 'head', null, { timeShare: 0 })] },
      ['posts', 0, 'timeShare'],
      '0',
    ],
    [
      'a time share is above 1',
      { bodies: [body('a')], posts: [post('p', 'a', 'head', null, { timeShare: 1.01 })] },
      ['posts', 0, 'timeShare'],
      '1.01',
    ],
    [
      'a unit is central',
      { bodies: [], units: [unit('01', 'central' as never, null)] },
      ['units', 0, 'level'],
      '"central"',
    ],
    ['persons is null', { bodies: [], persons: null }, ['persons'], 'null'],
  ])('rejects a document where %s, naming the path and the value', (_, input, path, received) => {
    expect(onlyIssue(input)).toMatchObject({ path, received });
  });

  it('cuts a long received value short', () => {
    const issue = onlyIssue({ bodies: 'x'.repeat(10_000) });
    expect(issue.received.length).toBeLessThanOrEqual(60);
    expect(issue.received.endsWith('…')).toBe(true);
  });

  it('reports every schema problem of a document, not only the first', () => {
    const issues = issuesOf({
      bodies: [body('a', null, { quota: -1 }), body('b', null, { level: 'x' as never }), body(' c')],
      posts: [post('p', 'a', 'head', null, { timeShare: 2 })],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['bodies', 0, 'quota'],
      ['bodies', 1, 'level'],
      ['bodies', 2, 'id'],
      ['posts', 0, 'timeShare'],
    ]);
  });
});

describe('unknown keys', () => {
  const cases: [string, (doc: ReturnType<typeof full>) => void, (string | number)[]][] = [
    ['the document', (doc) => Object.assign(doc, { extra: 'x' }), ['extra']],
    ['a body', (doc) => Object.assign(doc.bodies[0] as object, { extra: 'x' }), ['bodies', 0, 'extra']],
    [
      'a relation',
      (doc) => Object.assign(doc.relations[0] as object, { extra: 'x' }),
      ['relations', 0, 'extra'],
    ],
    ['a person', (doc) => Object.assign(doc.persons[0] as object, { extra: 'x' }), ['persons', 0, 'extra']],
    ['a post', (doc) => Object.assign(doc.posts[0] as object, { extra: 'x' }), ['posts', 0, 'extra']],
    ['a unit', (doc) => Object.assign(doc.units[0] as object, { extra: 'x' }), ['units', 0, 'extra']],
  ];

  it.each(cases)('rejects an unknown key in %s, naming the key and showing its value', (_, inject, path) => {
    const doc = full();
    inject(doc);
    const issue = onlyIssue(doc);
    expect(issue.path).toEqual(path);
    expect(issue.received).toBe('"x"');
    expect(issue.detail.en).toContain('"extra"');
    expect(issue.detail.vi).toContain('"extra"');
  });

  it('reports each unknown key of an object on its own, with its own value', () => {
    const issues = issuesOf({ bodies: [{ ...body('a'), parnet: 'b', quotaa: 5 }] });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid-input', path: ['bodies', 0, 'parnet'], received: '"b"' }),
      expect.objectContaining({ code: 'invalid-input', path: ['bodies', 0, 'quotaa'], received: '5' }),
    ]);
  });

  it('rejects misspelt optional keys instead of dropping them', () => {
    const issue = onlyIssue({ bodies: [{ ...body('a'), validfrom: '2020-01-01' }] });
    expect(issue).toMatchObject({ path: ['bodies', 0, 'validfrom'], received: '"2020-01-01"' });
  });

  it('rejects keys named like Object.prototype members (__proto__, constructor, toString)', () => {
    const text = `{"bodies": [{"id": "a", "name": "A", "kind": "k", "sector": "s", "level": "district",
      "parent": null, "functions": [], "quota": 1, "actual": 1, "__proto__": {"quota": 9}, "toString": 1}],
      "constructor": "x"}`;
    const issues = issuesOf(text);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([['constructor'], ['bodies', 0, '__proto__'], ['bodies', 0, 'toString']]),
    );
    expect(issues).toHaveLength(3);
    expect(issues.find((i) => i.path.includes('__proto__'))).toMatchObject({ received: '{"quota":9}' });
  });

  it('rejects an unknown key whose value is undefined, showing that nothing was there', () => {
    const issue = onlyIssue({ bodies: [], extra: undefined });
    expect(issue).toMatchObject({ path: ['extra'], received: 'nothing' });
  });
});
