import { InvalidArgumentError } from '../errors/errors.js';
import type { AdminUnit } from '../model/admin-unit.js';
import type { AttributeValue, Body } from '../model/body.js';
import type { IsoDate } from '../model/dates.js';
import type { OrgState } from '../state/org-state.js';
import {
  type ParameterTable,
  type ParameterVersion,
  type ResolvedParameter,
  resolveVersion,
  versionOn,
} from './parameter.js';
import type { RuleContextBase } from './rule.js';

/** Looks an attribute up on an admin unit and the units above it. */
function unitAttribute(state: OrgState, unit: string, name: string): AttributeValue | undefined {
  let code: string | null = unit;
  for (let guard = 0; code !== null && guard < 16; guard += 1) {
    const record: AdminUnit | undefined = state.units.get(code);
    if (record === undefined) return undefined;
    const value = record.attributes?.[name];
    if (value !== undefined) return value;
    code = record.parent;
  }
  return undefined;
}

/** Looks an attribute up on the body, then on its admin unit and the units above it. */
export function attributeOf(state: OrgState, body: Body, name: string): AttributeValue | undefined {
  const own = body.attributes?.[name];
  if (own !== undefined) return own;
  return body.unit === undefined ? undefined : unitAttribute(state, body.unit, name);
}

/**
 * The parts of a rule context that resolve parameters and attributes against one state on one date.
 *
 * Many bodies read the same parameters (every division of a province reads its province class), so a
 * context remembers what it worked out, for as long as the evaluation lasts: the version of each table in
 * force on the date, each unit's attributes, and each resolution, by table, attribute case and input. A
 * resolution depends on the body only through the attribute its version is keyed by, so bodies of one
 * province class share one.
 */
export function contextBase(
  state: OrgState,
  date: IsoDate,
  tables: readonly ParameterTable[],
  explain: boolean,
): RuleContextBase {
  const byId = new Map(tables.map((table) => [table.id, table]));
  const versions = new Map<string, ParameterVersion | undefined>();
  const units = new Map<string, AttributeValue | undefined>();
  const resolutions = new Map<string, ResolvedParameter | undefined>();
  const attribute = (body: Body, name: string): AttributeValue | undefined => {
    const own = body.attributes?.[name];
    if (own !== undefined || body.unit === undefined) return own;
    const key = `${name}\u0000${body.unit}`;
    if (units.has(key)) return units.get(key);
    const value = unitAttribute(state, body.unit, name);
    units.set(key, value);
    return value;
  };
  return {
    date,
    explain,
    attribute,
    param: (id, body, input) => {
      const table = byId.get(id);
      if (table === undefined) {
        throw new InvalidArgumentError(
          `@tinhgon/core/rules: parameter table "${id}" is not loaded; pass it in options.parameters`,
        );
      }
      let version = versions.get(id);
      if (version === undefined && !versions.has(id)) {
        version = versionOn(table, date);
        versions.set(id, version);
      }
      if (version === undefined) return undefined;
      const value = version.by === undefined || body === undefined ? undefined : attribute(body, version.by);
      const key = `${id}\u0000${value === undefined ? '' : `=${String(value)}`}\u0000${input ?? ''}`;
      if (resolutions.has(key)) return resolutions.get(key);
      const resolved = resolveVersion(table, version, value, input);
      resolutions.set(key, resolved);
      return resolved;
    },
  };
}
