import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { stateJsonSchema } from '../../src/schema/state-schema.js';
import { stringifyState } from '../../src/state/state-json.js';
import { parseOk } from '../support/docs.js';
import { loadFixture } from '../support/fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(stateJsonSchema());

type Doc = ReturnType<typeof loadFixture>;
const mutated = (change: (doc: Doc) => void): Doc => {
  const doc = loadFixture('district');
  change(doc);
  return doc;
};
const first = (list: unknown): Record<string, unknown> =>
  (list as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('stateJsonSchema()', () => {
  it('is a draft 2020-12 schema', () => {
    expect(stateJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(stateJsonSchema())).toBe(true);
  });

  it('returns a fresh object each call (callers may change it)', () => {
    const a = stateJsonSchema();
    a.type = 'array';
    expect(stateJsonSchema().type).toBe('object');
  });

  it('accepts the fixture and canonical output', () => {
    expect(validate(loadFixture('district')), JSON.stringify(validate.errors)).toBe(true);
    const canonical = JSON.parse(stringifyState(parseOk(loadFixture('district'))));
    expect(validate(canonical), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts attributes and quotaByYear', () => {
    const doc = mutated((d) => {
      Object.assign(first(d.bodies), { attributes: { provinceClass: 'I', pilot: true, population: 812.5 } });
      Object.assign(first(d.units), { attributes: { constructor: 'x' } });
    });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, (doc: Doc) => void, string]>([
    ['an unknown top-level key', (doc) => Object.assign(doc, { extra: 1 }), ''],
    ['an unknown key in a body', (doc) => Object.assign(first(doc.bodies), { parnet: 'x' }), '/bodies/0'],
    ['an unknown key in a relation', (doc) => Object.assign(first(doc.relations), { x: 1 }), '/relations/0'],
    ['an unknown key in a person', (doc) => Object.assign(first(doc.persons), { x: 1 }), '/persons/0'],
    ['an unknown key in a post', (doc) => Object.assign(first(doc.posts), { x: 1 }), '/posts/0'],
    ['an unknown key in a unit', (doc) => Object.assign(first(doc.units), { x: 1 }), '/units/0'],
  ])('rejects %s', (_, change, instancePath) => {
    expect(validate(mutated(change))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath }),
    );
  });

  it.each<[string, (doc: Doc) => void, string]>([
    ['a string quota', (doc) => Object.assign(first(doc.bodies), { quota: '5' }), '/bodies/0/quota'],
    ['a fractional quota', (doc) => Object.assign(first(doc.bodies), { quota: 1.5 }), '/bodies/0/quota'],
    ['a negative actual', (doc) => Object.assign(first(doc.bodies), { actual: -1 }), '/bodies/0/actual'],
    ['a quota above MAX_STAFF', (doc) => Object.assign(first(doc.bodies), { quota: 1e8 }), '/bodies/0/quota'],
    ['an unknown level', (doc) => Object.assign(first(doc.bodies), { level: 'town' }), '/bodies/0/level'],
    [
      'functions as a string',
      (doc) => Object.assign(first(doc.bodies), { functions: 'x' }),
      '/bodies/0/functions',
    ],
    ['an empty id', (doc) => Object.assign(first(doc.bodies), { id: '' }), '/bodies/0/id'],
    ['a numeric parent', (doc) => Object.assign(first(doc.bodies), { parent: 1 }), '/bodies/0/parent'],
    [
      'an unknown relation kind',
      (doc) => Object.assign(first(doc.relations), { kind: 'x' }),
      '/relations/0/kind',
    ],
    ['an unknown post role', (doc) => Object.assign(first(doc.posts), { role: 'x' }), '/posts/0/role'],
    ['a time share of 0', (doc) => Object.assign(first(doc.posts), { timeShare: 0 }), '/posts/0/timeShare'],
    ['bodies missing', (doc) => Reflect.deleteProperty(doc, 'bodies'), ''],
    [
      'a year key that is not a year',
      (doc) => Object.assign(first(doc.bodies), { quotaByYear: { '15': 1 } }),
      '/bodies/0/quotaByYear',
    ],
    [
      'an attribute key with a space',
      (doc) => Object.assign(first(doc.bodies), { attributes: { 'a b': 1 } }),
      '/bodies/0/attributes',
    ],
    [
      'a nested attribute value',
      (doc) => Object.assign(first(doc.units), { attributes: { a: { b: 1 } } }),
      '/units/0/attributes/a',
    ],
    ['another format', (doc) => Object.assign(doc, { format: 'tinhgon/state@2' }), '/format'],
  ])('rejects %s', (_, change, instancePath) => {
    expect(validate(mutated(change))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath);
  });
});
