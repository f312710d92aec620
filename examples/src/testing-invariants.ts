// Property-testing your own policy invariants with @tinhgon/core/testing (docs/testing-your-invariants.md).
// Each region below is a snippet of the guide; examples/test/testing-invariants.test.ts runs them.

// #region invariant
import { type AdminUnit, checkState, type OrgState, type StateRule } from '@tinhgon/core';
import {
  arbOrgState,
  arbScenario,
  assertLaw,
  describeScenario,
  describeState,
  describeStep,
  invariant,
  type LawOptions,
  playScenario,
  ruleLaws,
} from '@tinhgon/core/testing';

/** The total staff quota (biên chế) of a state. */
export function totalQuota(state: OrgState): number {
  let total = 0;
  for (const body of state.bodies.values()) total += body.quota;
  return total;
}

/** Our policy: a plan made only of mergers, dissolutions and cuts never raises the total quota. */
export function checkMergersNeverRaiseQuota(options: LawOptions = {}): void {
  assertLaw(
    'mergers, dissolutions and cuts never raise the total quota',
    arbScenario({ ops: ['absorb', 'consolidate', 'dissolve', 'cutStaff'], maxSteps: 8 }),
    (generated) => {
      for (const step of playScenario(generated).played) {
        if (!step.ok) continue; // a step the state refuses changes nothing
        invariant(
          totalQuota(step.after) <= totalQuota(step.before),
          () => `${describeStep(step.step, step.before)} raised the total quota`,
        );
      }
    },
    { ...options, describe: describeScenario },
  );
}
// #endregion invariant

// #region broken-rule
/**
 * A new rule with a bug: it takes the minimum from the level of the division's admin unit, and casts the
 * unit lookup, so it throws on a division recorded without a unit (most of them are).
 */
export const brokenUnitMinimum: StateRule = {
  type: 'state',
  id: 'example.division-minimum-by-unit',
  title: { vi: 'Phòng phải có đủ biên chế tối thiểu', en: 'A division needs the minimum staff' },
  basis: [{ document: 'Kế hoạch 300/KH-UBND', article: 'Mục I' }],
  severity: 'blocking',
  scope: { kinds: ['division'] },
  checkBody: (body, ctx) => {
    const unit = ctx.state.units.get(body.unit as string) as AdminUnit; // the bug
    const min = unit.level === 'province' ? 5 : 4;
    return { ok: body.quota >= min, values: { quota: body.quota }, bound: { relation: '>=', limit: min } };
  },
  messages: {
    vi: (v) => `Phòng có ${v.values.quota} biên chế, cần ${v.bound?.limit}`,
    en: (v) => `The division has ${v.values.quota} positions, needs ${v.bound?.limit}`,
  },
};

/** One call runs every rule law on the new rule; here "never throws on a valid state" fails. */
export function checkBrokenRule(options: LawOptions = {}): void {
  ruleLaws(brokenUnitMinimum, options);
}
// #endregion broken-rule

// #region user-property
/** Another bug: the bound is on the quota, but the rule compares the actual staff. */
export const misreadMinimum: StateRule = {
  ...brokenUnitMinimum,
  id: 'example.division-minimum',
  checkBody: (body) => ({
    ok: body.actual >= 5, // the bug: should be body.quota
    values: { quota: body.quota },
    bound: { relation: '>=', limit: 5 },
  }),
};

/** A property of our own: a division fails exactly when the value its bound names is below the limit. */
export function checkVerdictsMatchBounds(rule: StateRule, options: LawOptions = {}): void {
  assertLaw(
    `${rule.id} fails exactly the divisions below its bound`,
    arbOrgState({ maxBodies: 8 }),
    (state) => {
      for (const finding of checkState(state, [rule], { date: '2020-01-01', explain: true })) {
        const below = Number(finding.values.quota) < (finding.bound?.limit ?? 0);
        invariant((finding.status === 'fail') === below, () => `${finding.body?.id}: ${finding.message.en}`);
      }
    },
    { ...options, describe: (state) => describeState(state) },
  );
}
// #endregion user-property
