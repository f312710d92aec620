import { graphOf, safeParseState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { generateNationalState, SIZES } from '../src/national-state.js';
import { createRng } from '../src/prng.js';
import { summarize } from '../src/stats.js';

describe('generateNationalState', () => {
  const doc = generateNationalState(SIZES.small);

  it('makes a state that passes every load-time check', () => {
    const result = safeParseState(JSON.stringify(doc));
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(JSON.stringify(generateNationalState(SIZES.small))).toBe(JSON.stringify(doc));
    expect(JSON.stringify(generateNationalState(SIZES.small, 7))).not.toBe(JSON.stringify(doc));
  });

  it('has the small size and a national shape: central bodies over provinces, districts and communes', () => {
    expect(doc.bodies.length).toBeGreaterThan(2_500);
    expect(doc.bodies.length).toBeLessThan(3_500);
    const levels = new Set(doc.bodies.map((body) => body.level));
    expect([...levels].sort()).toEqual(['central', 'commune', 'district', 'province']);
    // Divisions, some under R1's minimum of 5, so the rules smoke run has something to judge.
    const divisions = doc.bodies.filter((body) => body.kind === 'division');
    expect(divisions.length).toBeGreaterThan(100);
    expect(divisions.some((division) => division.quota < 5)).toBe(true);
    const result = safeParseState(doc);
    if (!result.ok) throw new Error('invalid');
    const graph = graphOf(result.value);
    expect(graph.roots()).toContain('tw');
    expect(graph.depth('c00001-dang-uy')).toBe(3);
    expect(graph.namePath('p01-ban-to-chuc')).toBe(
      'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam / Thành ủy Hà Nội / Ban Tổ chức Thành ủy',
    );
  });

  it('fills concurrent posts whose time shares add up to at most 1', () => {
    const shares = new Map<string, number>();
    for (const post of doc.posts ?? []) {
      if (post.holder === null || post.timeShare === undefined) continue;
      shares.set(post.holder, (shares.get(post.holder) ?? 0) + post.timeShare);
    }
    expect(shares.size).toBeGreaterThan(0);
    expect(Math.max(...shares.values())).toBeLessThanOrEqual(1);
  });
});

describe('createRng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(1);
    const b = createRng(1);
    const xs = Array.from({ length: 100 }, () => a.int(3, 5));
    expect(Array.from({ length: 100 }, () => b.int(3, 5))).toEqual(xs);
    expect(new Set(xs)).toEqual(new Set([3, 4, 5]));
    expect(createRng(2).sample([1, 2, 3], 5).sort()).toEqual([1, 2, 3]);
  });
});

describe('summarize', () => {
  it('gives median, quartiles and extremes', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
    expect(summarize([1, 2]).median).toBe(1.5);
  });
});
