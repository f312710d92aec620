import type { Change, TransitionContext } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { buildNationalState } from '../../src/index.js';
import { unitOf } from '../../src/internal/structure.js';
import { transitionRecords } from '../../src/internal/transition-records.js';

const before = buildNationalState({ era: 'pre-2025', provinces: ['67'] });
const after = buildNationalState({ era: 'post-2025', provinces: ['15'] });

/** A context whose log has `steps` changes that end nothing: short, or long enough to read each state whole. */
const context = (steps: number): TransitionContext =>
  ({
    before,
    after,
    log: Array.from({ length: steps }, () => ({ ended: [] }) as unknown as Change),
  }) as never;

describe('transition records', () => {
  it('give what looking each id up gives, for a short log and for one naming most bodies', () => {
    const small = transitionRecords(context(1));
    const large = transitionRecords(context(before.bodies.size));
    const ids = [...before.bodies.keys(), ...after.bodies.keys(), 'missing'];
    for (const records of [small, large]) {
      for (const id of ids) {
        expect(records.before(id)).toBe(before.bodies.get(id));
        expect(records.after(id)).toBe(after.bodies.get(id));
        expect(records.record(id)).toBe(after.bodies.get(id) ?? before.bodies.get(id));
      }
      for (const body of [...before.bodies.values(), ...after.bodies.values()]) {
        expect(records.unit(body)).toBe(unitOf(body, after, before));
      }
      for (const body of records.bodies('before'))
        expect(records.unitIn('before')(body)).toBe(unitOf(body, before));
      expect(records.bodies('after')).toHaveLength(after.bodies.size);
    }
  });

  it('give the last record of a body the log ended, and it as the record of a body in neither state', () => {
    const record = (name: string) => ({
      ...(before.bodies.values().next().value as object),
      id: 'gone',
      name,
    });
    const ending = (name: string) =>
      ({
        ended: [{ id: 'gone', reason: 'dissolved', successors: [], record: record(name) }],
      }) as unknown as Change;
    const records = transitionRecords({ before, after, log: [ending('first'), ending('last')] } as never);
    expect(records.ended('gone')?.record.name).toBe('last');
    expect(records.record('gone')?.name).toBe('last');
    expect(records.ended('missing')).toBeUndefined();
  });
});
