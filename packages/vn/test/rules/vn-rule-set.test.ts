import type { Rule, Verdict } from '@tinhgon/core';
import { VN_RULES, vnRuleSet } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

const SEEDS = /^00[0234]_[0-9a-f]{16}\.txt \S/;

describe('vnRuleSet', () => {
  it('lists every rule once, with ids vn.r<n>.<name>', () => {
    const ids = vnRuleSet.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^vn\.r[1-9]\.[a-z0-9-]+$/);
    expect(vnRuleSet.rules).toBe(VN_RULES);
  });

  it('traces every rule to a seed plan section and names the tables it reads', () => {
    const tables = new Set(vnRuleSet.parameters.map((table) => table.id));
    for (const rule of vnRuleSet.rules) {
      expect(
        rule.basis.some((c) => SEEDS.test(c.seed ?? '')),
        rule.id,
      ).toBe(true);
      for (const c of rule.basis) if (c.seed !== undefined) expect(c.seed, rule.id).toMatch(SEEDS);
      for (const id of rule.parameters ?? []) expect(tables.has(id), `${rule.id} reads ${id}`).toBe(true);
      for (const exception of rule.exceptions ?? [])
        expect(exception.basis?.seed, exception.id).toMatch(SEEDS);
    }
  });

  it('blocks on R1–R6 and the 2025 caps, and only advises on R7, R9 and the fewer-focal-points direction', () => {
    const severity = (rule: Rule) => `${rule.id} ${rule.severity}`;
    expect(vnRuleSet.rules.map(severity)).toMatchInlineSnapshot(`
      [
        "vn.r1.min-division-staff blocking",
        "vn.r1.min-sub-department-staff blocking",
        "vn.r2.fewer-divisions blocking",
        "vn.r3.staff-cut-2015 blocking",
        "vn.r4.max-deputies blocking",
        "vn.r5.no-intermediate-bodies blocking",
        "vn.r6.concurrent-appointment blocking",
        "vn.r6.similar-consolidation blocking",
        "vn.r7.overlapping-functions advisory",
        "vn.r8.fewer-focal-points advisory",
        "vn.r8.max-departments blocking",
        "vn.r8.commune-divisions blocking",
        "vn.r9.fewer-office-staff advisory",
      ]
    `);
  });

  it('writes a message in both languages for a pass and a fail, with no hole in it', () => {
    for (const rule of vnRuleSet.rules) {
      for (const ok of [true, false]) {
        const verdict: Verdict = { ok, body: 'x', values: {}, bound: { relation: '>=', limit: 5 } };
        for (const lang of ['vi', 'en'] as const) {
          const text = rule.messages[lang](verdict);
          expect(text.length, rule.id).toBeGreaterThan(10);
          expect(text, rule.id).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });
});
