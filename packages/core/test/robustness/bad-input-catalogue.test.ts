/**
 * The catalogue of bad inputs (docs/bad-inputs.md): each class with the issue it gets, the path it names
 * and the value it shows. One row per class; the table below is the catalogue.
 */
import {
  formatIssue,
  InvalidArgumentError,
  parseScenario,
  runScenario,
  type StateIssueCode,
  safeParseState,
  scenario,
} from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { districtState } from '../support/district.js';

type Doc = Record<string, unknown>;

const body = (id: string, extra: Doc = {}): Doc => ({
  id,
  name: `Cơ quan ${id}`,
  kind: 'office',
  sector: 'state',
  level: 'province',
  parent: null,
  functions: [],
  quota: 5,
  actual: 5,
  ...extra,
});
const person = (id: string) => ({ id, name: `Người ${id}` });
const post = (id: string, bodyId: string, extra: Doc = {}) => ({
  id,
  body: bodyId,
  role: 'head',
  holder: null,
  ...extra,
});

interface Row {
  readonly name: string;
  readonly input: unknown;
  readonly code: StateIssueCode;
  /** The formatted path the first issue names. */
  readonly path: string;
  /** Text the English message must contain: the value or the id concerned. */
  readonly shows: string;
}

const CATALOGUE: readonly Row[] = [
  { name: 'malformed JSON text', input: '{"bodies": [', code: 'invalid-json', path: '(root)', shows: 'JSON' },
  {
    name: 'a document that is not an object',
    input: [1, 2],
    code: 'invalid-input',
    path: '(root)',
    shows: '[1,2]',
  },
  {
    name: 'bodies not a list',
    input: { bodies: 'none' },
    code: 'invalid-input',
    path: 'bodies',
    shows: '"none"',
  },
  {
    name: 'a required field missing',
    input: { bodies: [{ ...body('a'), name: undefined }] },
    code: 'invalid-input',
    path: 'bodies[0].name',
    shows: 'string',
  },
  {
    name: 'a wrong type (staff as text)',
    input: { bodies: [body('a', { quota: '5' })] },
    code: 'invalid-input',
    path: 'bodies[0].quota',
    shows: '"5"',
  },
  {
    name: 'an unknown key at the top',
    input: { bodies: [], colour: 'red' },
    code: 'invalid-input',
    path: 'colour',
    shows: '"red"',
  },
  {
    name: 'an unknown key in a body (a typo)',
    input: { bodies: [body('a', { qouta: 5 })] },
    code: 'invalid-input',
    path: 'bodies[0].qouta',
    shows: 'qouta',
  },
  {
    name: 'negative staff',
    input: { bodies: [body('a', { quota: -3 })] },
    code: 'invalid-input',
    path: 'bodies[0].quota',
    shows: '-3',
  },
  {
    name: 'NaN staff',
    input: { bodies: [body('a', { actual: Number.NaN })] },
    code: 'invalid-input',
    path: 'bodies[0].actual',
    shows: 'NaN',
  },
  {
    name: 'fractional staff',
    input: { bodies: [body('a', { quota: 4.5 })] },
    code: 'invalid-input',
    path: 'bodies[0].quota',
    shows: '4.5',
  },
  {
    name: 'huge staff',
    input: { bodies: [body('a', { quota: 1e12 })] },
    code: 'invalid-input',
    path: 'bodies[0].quota',
    shows: '1000000000000',
  },
  {
    name: 'a date that does not exist',
    input: { bodies: [body('a', { validFrom: '2025-02-30' })] },
    code: 'invalid-input',
    path: 'bodies[0].validFrom',
    shows: '2025-02-30',
  },
  {
    name: 'a date in another format',
    input: { bodies: [body('a', { validFrom: '1/7/2025' })] },
    code: 'invalid-input',
    path: 'bodies[0].validFrom',
    shows: '1/7/2025',
  },
  {
    name: 'reversed dates',
    input: { bodies: [body('a', { validFrom: '2025-07-01', validUntil: '2025-01-01' })] },
    code: 'dates-reversed',
    path: 'bodies[0].validUntil',
    shows: '2025-01-01',
  },
  {
    name: 'an empty name',
    input: { bodies: [body('a', { name: '' })] },
    code: 'invalid-input',
    path: 'bodies[0].name',
    shows: '""',
  },
  {
    name: 'a name of white space only',
    input: { bodies: [body('a', { name: '   ' })] },
    code: 'invalid-input',
    path: 'bodies[0].name',
    shows: '"   "',
  },
  {
    name: 'an empty id',
    input: { bodies: [body('')] },
    code: 'invalid-input',
    path: 'bodies[0].id',
    shows: '""',
  },
  {
    name: 'an id with surrounding spaces',
    input: { bodies: [body(' a ')] },
    code: 'invalid-input',
    path: 'bodies[0].id',
    shows: '" a "',
  },
  {
    name: 'duplicate ids',
    input: { bodies: [body('a'), body('a')] },
    code: 'duplicate-id',
    path: 'bodies[1].id',
    shows: '"a"',
  },
  {
    name: 'a missing parent',
    input: { bodies: [body('a', { parent: 'ghost' })] },
    code: 'missing-parent',
    path: 'bodies[0].parent',
    shows: '"ghost"',
  },
  {
    name: 'a body that is its own parent',
    input: { bodies: [body('a', { parent: 'a' })] },
    code: 'parent-cycle',
    path: 'bodies[0].parent',
    shows: '"a"',
  },
  {
    name: 'a cycle of belongs-to',
    input: { bodies: [body('a', { parent: 'c' }), body('b', { parent: 'a' }), body('c', { parent: 'b' })] },
    code: 'parent-cycle',
    path: 'bodies[0].parent',
    shows: '"a" → "c" → "b" → "a"',
  },
  {
    name: 'a body above its parent’s level',
    input: { bodies: [body('a', { level: 'commune' }), body('b', { parent: 'a' })] },
    code: 'level-above-parent',
    path: 'bodies[1].level',
    shows: '"b"',
  },
  {
    name: 'an admin unit that is not there',
    input: { bodies: [body('a', { unit: '99' })] },
    code: 'unknown-unit',
    path: 'bodies[0].unit',
    shows: '"99"',
  },
  {
    name: 'a post of a missing person',
    input: { bodies: [body('a')], posts: [post('p', 'a', { holder: 'nobody' })] },
    code: 'unknown-person',
    path: 'posts[0].holder',
    shows: '"nobody"',
  },
  {
    name: 'a post in a missing body',
    input: { bodies: [body('a')], posts: [post('p', 'ghost')] },
    code: 'unknown-body',
    path: 'posts[0].body',
    shows: '"ghost"',
  },
  {
    name: 'a person holding the same post twice',
    input: {
      bodies: [body('a')],
      persons: [person('x')],
      posts: [
        post('p1', 'a', { role: 'deputy', holder: 'x' }),
        post('p2', 'a', { role: 'deputy', holder: 'x' }),
      ],
    },
    code: 'duplicate-holding',
    path: 'posts[1].holder',
    shows: '"x"',
  },
  {
    name: 'two heads at once',
    input: { bodies: [body('a')], posts: [post('h1', 'a'), post('h2', 'a')] },
    code: 'duplicate-head',
    path: 'posts[1].role',
    shows: '"h2"',
  },
  {
    name: 'time shares above 1',
    input: {
      bodies: [body('a'), body('b')],
      persons: [person('x')],
      posts: [
        post('h1', 'a', { holder: 'x', timeShare: 0.7 }),
        post('h2', 'b', { holder: 'x', timeShare: 0.6 }),
      ],
    },
    code: 'time-share-exceeded',
    path: 'posts[1].timeShare',
    shows: '1.3',
  },
  {
    name: 'a relation from a body to itself',
    input: { bodies: [body('a')], relations: [{ id: 'r', kind: 'leads', from: 'a', to: 'a' }] },
    code: 'self-relation',
    path: 'relations[0].to',
    shows: '"r"',
  },
  {
    name: 'a function listed twice',
    input: { bodies: [body('a', { functions: ['office', 'office'] })] },
    code: 'duplicate-function',
    path: 'bodies[0].functions[1]',
    shows: '"office"',
  },
  {
    name: 'a __proto__ key smuggled into a record',
    input: JSON.parse(
      '{"bodies":[{"id":"a","name":"A","kind":"k","sector":"s","level":"province","parent":null,"functions":[],"quota":1,"actual":1,"quotaByYear":{"__proto__":3}}]}',
    ),
    code: 'invalid-input',
    path: 'bodies[0].quotaByYear.__proto__',
    shows: '"__proto__"',
  },
];

describe('the catalogue of bad state input', () => {
  it('has at least 30 classes', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CATALOGUE)('$name → $code at $path', (row) => {
    const result = safeParseState(row.input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.code === row.code);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    if (issue === undefined) return;
    const en = formatIssue(issue, 'en');
    const vi = formatIssue(issue, 'vi');
    expect(en.startsWith(`${row.path}:`), en).toBe(true);
    expect(en).toContain(row.shows);
    expect(vi.startsWith(`${row.path}:`)).toBe(true);
    expect(vi).not.toBe(en);
  });

  it('accepts what only looks bad: ids named like Object.prototype members, and decomposed Vietnamese', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const result = safeParseState({
      bodies: [body('root'), ...ids.map((id) => body(id, { parent: 'root' }))],
    });
    expect(result.ok).toBe(true);
    const nfd = 'Phòng Nội vụ'.normalize('NFD');
    const named = safeParseState({ bodies: [body(nfd, { name: nfd })] });
    expect(named.ok && named.value.bodies.get('Phòng Nội vụ'.normalize('NFC'))?.name).toBe(
      'Phòng Nội vụ'.normalize('NFC'),
    );
  });
});

describe('the catalogue of bad scenarios', () => {
  const effective = '2020-01-01';

  it('a step naming a body an earlier step ended', () => {
    const run = runScenario(
      districtState(),
      scenario('x')
        .absorb({ effective, target: 'ubnd', sources: ['thanh-tra'] })
        .rename({ effective, body: 'thanh-tra', name: 'X' })
        .build(),
    );
    expect(run.failures[0]).toMatchObject({ step: 2, reason: 'unknown-body', subjects: ['thanh-tra'] });
    expect(run.failures[0]?.message.en).toMatch(/ended by step 1/);
  });

  it('two steps on the same date that conflict: the second is refused, the first stands', () => {
    const run = runScenario(
      districtState(),
      scenario('x')
        .absorb({ effective, target: 'ubnd', sources: ['thanh-tra'] })
        .absorb({ effective, target: 'huyen-uy', sources: ['thanh-tra'] })
        .build(),
      { onFailure: 'collect' },
    );
    expect(run.outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(run.final.bodies.get('ubnd')?.quota).toBe(6);
  });

  it('an unknown operation, naming the field', () => {
    expect(() => parseScenario({ name: 'x', steps: [{ op: 'merge', effective }] })).toThrowError(
      /steps\[0\]\.op/,
    );
  });

  it('a step parameter of the wrong type, naming the field and value', () => {
    expect(() =>
      parseScenario({ name: 'x', steps: [{ op: 'cutStaff', effective, body: 'ubnd', percent: 'ten' }] }),
    ).toThrowError(
      expect.objectContaining({
        constructor: InvalidArgumentError,
        message: expect.stringMatching(/steps\[0\]\.percent.*"ten"/),
      }),
    );
  });
});
