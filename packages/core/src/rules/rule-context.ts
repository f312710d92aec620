import { InvalidArgumentError } from '../errors/errors.js';
import type { AttributeValue, Body } from '../model/body.js';
import type { IsoDate } from '../model/dates.js';
import type { OrgState } from '../state/org-state.js';
import { type ParameterTable, type ResolvedParameter, resolveParameter } from './parameter.js';
import type { RuleContextBase } from './rule.js';

/** Looks an attribute up on the body, then on its admin unit and the units above it. */
export function attributeOf(state: OrgState, body: Body, name: string): AttributeValue | undefined {
  const own = body.attributes?.[name];
  if (own !== undefined) return own;
  let code = body.unit ?? null;
  for (let guard = 0; code !== null && guard < 16; guard += 1) {
    const unit = state.units.get(code);
    if (unit === undefined) return undefined;
    const value = unit.attributes?.[name];
    if (value !== undefined) return value;
    code = unit.parent;
  }
  return undefined;
}

/** The parts of a rule context that resolve parameters and attributes against one state on one date. */
export function contextBase(
  state: OrgState,
  date: IsoDate,
  tables: readonly ParameterTable[],
): RuleContextBase {
  const byId = new Map(tables.map((table) => [table.id, table]));
  // Many bodies read their parameters from the same body (divisions read their department's province
  // class), so a context remembers each resolution: one per table, body and input.
  const cache = new Map<string, ResolvedParameter | undefined>();
  return {
    date,
    attribute: (body, name) => attributeOf(state, body, name),
    param: (id, body, input) => {
      const key = `${id}\u0000${body?.id ?? ''}\u0000${input ?? ''}`;
      if (cache.has(key)) return cache.get(key);
      const table = byId.get(id);
      if (table === undefined) {
        throw new InvalidArgumentError(
          `@tinhgon/core/rules: parameter table "${id}" is not loaded; pass it in options.parameters`,
        );
      }
      const resolved = resolveParameter(table, date, {
        ...(body === undefined ? {} : { attributes: (name: string) => attributeOf(state, body, name) }),
        ...(input === undefined ? {} : { input }),
      });
      cache.set(key, resolved);
      return resolved;
    },
  };
}
