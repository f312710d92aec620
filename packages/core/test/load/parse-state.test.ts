import { describe, expect, it } from 'vitest';
import { TinhgonError } from '../../src/errors/errors.js';
import { parseState, StateValidationError, safeParseState } from '../../src/load/parse-state.js';
import { stringifyState } from '../../src/state/state-json.js';
import type { StateIssue } from '../../src/validate/issue.js';
import { body, issuesOf } from '../support/docs.js';
import { deepFreeze, loadFixture } from '../support/fixtures.js';

/** Runs `parseState` and returns what it threw. */
function thrown(input: unknown): StateValidationError {
  try {
    parseState(input);
  } catch (error) {
    if (error instanceof StateValidationError) return error;
    throw error;
  }
  throw new Error('parseState did not throw');
}

describe('safeParseState', () => {
  it('reads the same state from an object and from its JSON text', () => {
    const fromObject = safeParseState(loadFixture('district'));
    const fromText = safeParseState(JSON.stringify(loadFixture('district')));
    expect(fromObject.ok && fromText.ok).toBe(true);
    if (!fromObject.ok || !fromText.ok) return;
    expect(stringifyState(fromText.value)).toBe(stringifyState(fromObject.value));
    expect(fromObject.value.bodies.size).toBe(8);
    expect(fromObject.value.posts.get('btc-head')).toMatchObject({ holder: 'p-an', timeShare: 0.6 });
  });

  it.each([
    ['a truncated document', '{"bodies": ['],
    ['an empty string', ''],
    ['a trailing comma', '{"bodies": [],}'],
    ['single quotes', "{'bodies': []}"],
    ['NaN', '{"bodies": [{"quota": NaN}]}'],
  ])('reports %s as one invalid-json issue at the root', (_, text) => {
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const issue = issues[0] as Extract<StateIssue, { code: 'invalid-json' }>;
    expect(issue.code).toBe('invalid-json');
    expect(issue.path).toEqual([]);
    expect(issue.detail.en.length).toBeGreaterThan(0);
    expect(issue.detail.vi.length).toBeGreaterThan(0);
  });

  it('gives the position of a JSON syntax error when the engine names one', () => {
    const issue = issuesOf('{"a":1 "b":2}')[0] as Extract<StateIssue, { code: 'invalid-json' }>;
    expect(issue.code).toBe('invalid-json');
    expect(issue.position).toBe(7);
    expect(issue.detail.en).toContain('position 7');
  });

  it('treats a JSON string literal as text to parse, not as a string document', () => {
    expect(issuesOf('"hello"')).toEqual([
      expect.objectContaining({ code: 'invalid-input', path: [], received: '"hello"' }),
    ]);
  });

  it('never writes to its input: a deep-frozen document loads and is unchanged', () => {
    const doc = deepFreeze(loadFixture('district'));
    const before = JSON.stringify(doc);
    const result = safeParseState(doc);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('never writes to an invalid input either', () => {
    const doc = deepFreeze({ bodies: [body('a', 'missing', { quota: 2 }), body('a')] });
    const before = JSON.stringify(doc);
    expect(safeParseState(doc).ok).toBe(false);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('does not keep references to the input: changing it afterwards leaves the state alone', () => {
    const doc = loadFixture('district');
    const state = parseState(doc);
    const text = stringifyState(state);
    (doc.bodies[0] as { functions: string[] }).functions.push('changed');
    (doc.bodies[1] as { quotaByYear: Record<string, number> }).quotaByYear['2015'] = 99;
    doc.bodies[2] = body('other');
    expect(stringifyState(state)).toBe(text);
  });

  it('checks invariants only after the schema passes, so a schema error hides none of its own', () => {
    // One schema problem and one invariant problem: only the schema's is reported, since the invariants
    // run on schema output only.
    expect(
      issuesOf({ bodies: [body('a', 'missing'), body('b', null, { quota: -1 })] }).map((i) => i.code),
    ).toEqual(['invalid-input']);
  });
});

describe('parseState', () => {
  it('returns the state for a valid document', () => {
    expect(parseState(loadFixture('district')).bodies.has('ubnd')).toBe(true);
  });

  it('throws a StateValidationError with code invalid-state carrying every issue', () => {
    const error = thrown({ bodies: [body('a', 'x'), body('b', 'y'), body('a')] });
    expect(error).toBeInstanceOf(StateValidationError);
    expect(error).toBeInstanceOf(TinhgonError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalid-state');
    expect(error.name).toBe('StateValidationError');
    expect(error.issues.map((i) => i.code).sort()).toEqual([
      'duplicate-id',
      'missing-parent',
      'missing-parent',
    ]);
    expect(error.message.startsWith('@tinhgon/core/parseState')).toBe(true);
  });

  it('throws for invalid JSON text too', () => {
    const error = thrown('{');
    expect(error.code).toBe('invalid-state');
    expect(error.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });

  it('keeps its message bounded for 10,000 problems and still states the total', () => {
    const bodies = Array.from({ length: 10_000 }, (_, i) =>
      body(`b${i}`, `missing-${'x'.repeat(40)}-${i}`, { functions: ['f'] }),
    );
    const error = thrown({ bodies });
    expect(error.issues).toHaveLength(10_000);
    expect(error.message.length).toBeLessThan(3_000);
    expect(error.message).toContain('10000');
  });

  it('keeps its message bounded for 10,000 schema problems', () => {
    const bodies = Array.from({ length: 10_000 }, (_, i) => ({
      ...body(`b${i}`),
      quota: -i - 1,
      extra: 'y'.repeat(500),
    }));
    const error = thrown({ bodies });
    expect(error.issues).toHaveLength(20_000);
    expect(error.message.length).toBeLessThan(3_000);
    expect(error.message).toContain('20000');
  });

  it('keeps its message bounded when one issue names 10,000 bodies (a long cycle)', () => {
    const n = 10_000;
    const bodies = Array.from({ length: n }, (_, i) => body(`c${i}`, `c${(i + 1) % n}`));
    const error = thrown({ bodies });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'parent-cycle' });
    expect((error.issues[0] as Extract<StateIssue, { code: 'parent-cycle' }>).bodies).toHaveLength(n);
    expect(error.message.length).toBeLessThan(3_000);
  });
});
