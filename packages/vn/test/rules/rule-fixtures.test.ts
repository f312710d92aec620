import { runRuleFixture } from '@tinhgon/core';
import { vnRuleSet } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { describeMismatch, loadFixtures } from '../support/fixtures.js';

const fixtures = loadFixtures('rules');

describe('rule fixtures (test/fixtures/rules/*.json)', () => {
  it.each(fixtures)('%s', (_file, fixture) => {
    const result = runRuleFixture(fixture, vnRuleSet);
    expect(result.ok, describeMismatch(result)).toBe(true);
  });

  it('cover a pass and a fail of every rule, and every first-class exception', () => {
    const seen = new Set<string>();
    for (const [, fixture] of fixtures) {
      for (const e of fixture.expect as { rule: string; status: string; exception?: string }[]) {
        seen.add(`${e.rule} ${e.status}`);
        if (e.exception !== undefined) seen.add(`exception ${e.exception}`);
      }
    }
    const wanted = vnRuleSet.rules.flatMap((rule) => [
      `${rule.id} pass`,
      `${rule.id} fail`,
      ...(rule.exceptions ?? []).flatMap((x) => [`${rule.id} excepted`, `exception ${x.id}`]),
    ]);
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  });

  it('name the seed they are drawn from', () => {
    for (const [file, fixture] of fixtures) expect(fixture.seed, file).toMatch(/^00[0-4] /);
  });
});
