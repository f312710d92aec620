import type { ParameterTable } from './parameter.js';
import type { Rule } from './rule.js';

/** Rules and the parameter tables they read: what a rule pack such as `@tinhgon/vn` exports. */
export interface RuleSet {
  readonly rules: readonly Rule[];
  readonly parameters: readonly ParameterTable[];
}

/** Joins rule sets (a pack and a user's own rules), keeping the first of any repeated id. */
export function combineRuleSets(...sets: readonly RuleSet[]): RuleSet {
  const rules = new Map<string, Rule>();
  const parameters = new Map<string, ParameterTable>();
  for (const set of sets) {
    for (const rule of set.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    for (const table of set.parameters) if (!parameters.has(table.id)) parameters.set(table.id, table);
  }
  return { rules: [...rules.values()], parameters: [...parameters.values()] };
}
