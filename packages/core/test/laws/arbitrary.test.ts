import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseState } from '../../src/load/parse-state.js';
import { LEVELS, levelRank } from '../../src/model/level.js';
import { arbOrgState, arbStateDoc, BODY_KINDS, type StateDoc } from '../support/arbitraries.js';

describe('arbStateDoc', () => {
  it('produces documents that parse with no issue', () => {
    fc.assert(
      fc.property(arbStateDoc(), (doc) => {
        const result = safeParseState(doc);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
    );
  });

  it('produces valid documents at every size, including empty and large ones', () => {
    for (const options of [
      { minBodies: 0, maxBodies: 0 },
      { maxBodies: 1 },
      { maxBodies: 60, maxUnits: 20 },
      { maxBodies: 10, maxUnits: 0, withDates: false },
    ]) {
      fc.assert(
        fc.property(arbStateDoc(options), (doc) => {
          expect(doc.bodies.length).toBeLessThanOrEqual(options.maxBodies);
          expect(safeParseState(doc).ok).toBe(true);
          if (options.maxUnits === 0) expect(doc.units).toEqual([]);
          if (options.withDates === false) expect(JSON.stringify(doc)).not.toContain('valid');
        }),
        { numRuns: 30 },
      );
    }
  });

  it('keeps its structural promises: levels descend, kinds fit sectors, relations join distinct bodies', () => {
    fc.assert(
      fc.property(arbStateDoc({ maxBodies: 20 }), (doc) => {
        const byId = new Map(doc.bodies.map((b) => [b.id, b]));
        for (const b of doc.bodies) {
          expect(Object.keys(BODY_KINDS[b.sector] ?? {})).toContain(b.kind);
          const parent = b.parent === null ? undefined : byId.get(b.parent);
          if (parent !== undefined)
            expect(levelRank(b.level)).toBeGreaterThanOrEqual(levelRank(parent.level));
          expect(Number.isInteger(b.quota) && Number.isInteger(b.actual)).toBe(true);
        }
        for (const r of doc.relations) expect(r.from).not.toBe(r.to);
        const heads = doc.posts.filter((p) => p.role === 'head').map((p) => p.body);
        expect(new Set(heads).size).toBe(heads.length);
        const shares = new Map<string, number>();
        for (const p of doc.posts) {
          if (p.holder !== null && p.timeShare !== undefined)
            shares.set(p.holder, (shares.get(p.holder) ?? 0) + p.timeShare);
        }
        for (const total of shares.values()) expect(total).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it('covers the features laws need: units, relations, posts, shares, dates, deep trees, odd ids', () => {
    const docs: StateDoc[] = fc.sample(arbStateDoc({ maxBodies: 20 }), { numRuns: 300 });
    const some = (test: (doc: StateDoc) => boolean) => docs.filter(test).length;
    expect(some((d) => d.units.length > 0 && d.bodies.some((b) => b.unit !== undefined))).toBeGreaterThan(30);
    expect(some((d) => d.units.some((u) => u.parent !== null))).toBeGreaterThan(30);
    expect(some((d) => d.relations.length > 0)).toBeGreaterThan(100);
    expect(some((d) => d.posts.some((p) => p.role === 'head' && p.holder !== null))).toBeGreaterThan(50);
    expect(some((d) => d.posts.some((p) => p.timeShare !== undefined && p.holder !== null))).toBeGreaterThan(
      50,
    );
    expect(
      some((d) => d.bodies.some((b) => b.validFrom !== undefined && b.validUntil !== undefined)),
    ).toBeGreaterThan(30);
    expect(some((d) => d.bodies.some((b) => b.quotaByYear !== undefined))).toBeGreaterThan(50);
    expect(some((d) => d.bodies.filter((b) => b.parent === null).length >= 2)).toBeGreaterThan(50);
    expect(
      some((d) => d.bodies.some((b) => ['__proto__', 'constructor', 'toString'].includes(b.id))),
    ).toBeGreaterThan(5);
    expect(some((d) => d.bodies.some((b) => /[^\p{ASCII}]/u.test(b.id)))).toBeGreaterThan(5);
    const levels = new Set(docs.flatMap((d) => d.bodies.map((b) => b.level)));
    expect([...levels].sort()).toEqual([...LEVELS].sort());
    const depth = (doc: StateDoc) => {
      const parents = new Map(doc.bodies.map((b) => [b.id, b.parent]));
      let deepest = 0;
      for (const b of doc.bodies) {
        let n = 0;
        for (let p = b.parent; p !== null && p !== undefined; p = parents.get(p) ?? null) n += 1;
        deepest = Math.max(deepest, n);
      }
      return deepest;
    };
    expect(some((d) => depth(d) >= 3)).toBeGreaterThan(30);
  });
});

describe('arbOrgState', () => {
  it('produces parsed states', () => {
    fc.assert(
      fc.property(arbOrgState({ maxBodies: 8 }), (state) => {
        expect(state.bodies.size).toBeGreaterThanOrEqual(1);
        expect(Object.isFrozen(state)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
