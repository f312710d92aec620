import {
  type AdminUnit,
  InvalidArgumentError,
  type OrgState,
  parseState,
  STATE_FORMAT,
  type StateJsonInput,
} from '@tinhgon/core';
import type { AdminEra } from '../admin-units/admin-era.js';
import type { DataDirOptions } from '../admin-units/data-dir.js';
import { loadAdminUnits } from '../admin-units/load-units.js';
import { instantiateTemplate } from '../templates/structure-template.js';
import { STRUCTURE_TEMPLATES } from '../templates/structure-templates.js';

/** Options of {@link buildNationalState}. */
export interface NationalOptions extends DataDirOptions {
  readonly era: AdminEra;
  /** Only these provinces (by code, e.g. `["67", "74"]`), with everything in them; all by default. */
  readonly provinces?: readonly string[];
  /** Villages (thôn, tổ dân phố) are not in the shipped data, so they are always left out. */
  readonly villages?: false;
}

const byCode = (a: AdminUnit, b: AdminUnit): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The national structure as a state document: every admin unit of the era (or of the chosen provinces)
 * and, for each, the bodies of its level's structure template, with `leads` relations from each party
 * committee. Deterministic: units and bodies come in code order. Body ids are `<unit code>.<key>`.
 */
export function nationalStateJson(options: NationalOptions): StateJsonInput {
  const all = loadAdminUnits(options.era, options);
  const provinceCodes = new Set(all.filter((u) => u.level === 'province').map((u) => u.code));
  const wanted = options.provinces === undefined ? provinceCodes : new Set(options.provinces);
  for (const code of wanted) {
    if (!provinceCodes.has(code)) {
      throw new InvalidArgumentError(
        `@tinhgon/vn/buildNationalState: no province "${code}" in the ${options.era} list`,
      );
    }
  }
  const children = new Map<string, AdminUnit[]>();
  for (const unit of all) {
    if (unit.parent === null) continue;
    const list = children.get(unit.parent) ?? [];
    list.push(unit);
    children.set(unit.parent, list);
  }
  const templates = STRUCTURE_TEMPLATES[options.era];
  const units: AdminUnit[] = [];
  const bodies: StateJsonInput['bodies'] = [];
  const relations: NonNullable<StateJsonInput['relations']> = [];
  const visit = (unit: AdminUnit): void => {
    units.push(unit);
    const template = templates[unit.level as 'province' | 'district' | 'commune'];
    if (template !== undefined) {
      const made = instantiateTemplate(template, unit, unit.parent ?? undefined);
      bodies.push(...made.bodies);
      relations.push(...made.relations);
    }
    for (const child of (children.get(unit.code) ?? []).sort(byCode)) visit(child);
  };
  for (const province of all.filter((u) => u.level === 'province' && wanted.has(u.code)).sort(byCode)) {
    visit(province);
  }
  return {
    format: STATE_FORMAT,
    units: units.map((u) => ({
      ...u,
      ...(u.attributes === undefined ? {} : { attributes: { ...u.attributes } }),
    })),
    bodies,
    relations,
  };
}

/**
 * Builds the whole national structure of an era as a validated state: 63 provinces, 696 districts and
 * 10,035 communes before the 2025 reform (34 and 3,321 after), each with the bodies of its structure
 * template. The staff figures are synthetic (see the templates).
 *
 * When to use: scale tests, national aggregates, the 2025 reform on real units. Gotchas: the whole
 * pre-2025 country is about 145,000 bodies and takes seconds to build; pass `provinces` for a subset.
 *
 * @example
 * const state = buildNationalState({ era: 'pre-2025', provinces: ['67'] }); // Đắk Nông
 * state.units.get('67')?.name; // 'Tỉnh Đắk Nông'
 */
export function buildNationalState(options: NationalOptions): OrgState {
  return parseState(nationalStateJson(options));
}
