import { ruleLaws } from '@tinhgon/core/testing';
import { describe, it } from 'vitest';
import { VN_PARAMETERS, VN_RULES } from '../../src/index.js';

// Every rule of the pack keeps the rule laws of the testing kit: it never throws on a valid state (or on a
// generated change, for transition rules), its findings are deterministic and well formed, and a state
// rule judges a state and its JSON copy alike.
describe('the rule laws hold for every VN rule', () => {
  it.each(VN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    ruleLaws(rule, { parameters: VN_PARAMETERS });
  });
});
