import type { AdminUnit, StateJsonInput } from '@tinhgon/core';
import type { AdminEra } from '../admin-units/admin-era.js';
import type { SectorId } from '../taxonomy/sectors.js';

type BodyInput = StateJsonInput['bodies'][number];
type RelationInput = NonNullable<StateJsonInput['relations']>[number];

/**
 * One body of a {@link StructureTemplate}. Names may hold placeholders filled from the admin unit:
 * `{unit}` the unit's full name with a lower-case type (`tỉnh Đắk Nông`), `{short}` its short name
 * (`Đắk Nông`), `{committee}` the name of its party committee (`Tỉnh ủy`, `Thành ủy`, `Huyện ủy`,
 * `Quận ủy`, `Thị ủy`, `Đảng ủy`).
 */
export interface BodyTemplate {
  /** The body's id within its unit; the body id is `<unit code>.<key>`. */
  readonly key: string;
  readonly name: string;
  /** The name used instead of `name` in a ward (phường) or urban district (quận). */
  readonly urbanName?: string;
  readonly nameEn: string;
  /** A `BODY_KINDS` id. */
  readonly kind: string;
  readonly sector: SectorId;
  /** The key of the parent body in the same unit. */
  readonly parent?: string;
  /** The key of the parent body in the unit above (e.g. a district party committee under the province's). */
  readonly upper?: string;
  /** `FUNCTION_TAGS` ids. */
  readonly functions: readonly string[];
  /** Synthetic staff figures: quota, actual and the 2015 quota (for R3), own positions only. */
  readonly quota: number;
  readonly actual: number;
  readonly quota2015?: number;
  /** Keys of bodies in the same unit this one leads (a `leads` relation; the party committee). */
  readonly leads?: readonly string[];
}

/** The standard set of bodies of one kind of admin unit in one era. */
export interface StructureTemplate {
  readonly id: string;
  readonly era: AdminEra;
  readonly level: 'province' | 'district' | 'commune';
  readonly label: string;
  readonly bodies: readonly BodyTemplate[];
}

/** What {@link instantiateTemplate} returns for one unit. */
export interface TemplateInstance {
  readonly bodies: BodyInput[];
  readonly relations: RelationInput[];
}

const URBAN_TYPES = new Set(['Phường', 'Quận']);

/** The name of a unit's party committee (cấp ủy), from its level and type. */
export function partyCommitteeName(unit: Pick<AdminUnit, 'level' | 'type'>): string {
  if (unit.level === 'commune') return 'Đảng ủy';
  if (unit.level === 'province') return unit.type === 'Tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  switch (unit.type) {
    case 'Quận':
      return 'Quận ủy';
    case 'Thị xã':
      return 'Thị ủy';
    case 'Huyện':
      return 'Huyện ủy';
    default:
      return 'Thành ủy';
  }
}

/** `Tỉnh Đắk Nông` → `tỉnh Đắk Nông`: a unit's full name for use inside a body's name. */
function inName(unit: AdminUnit): string {
  const type = unit.type ?? '';
  return type !== '' && unit.name.startsWith(type)
    ? `${type.toLocaleLowerCase('vi')}${unit.name.slice(type.length)}`
    : unit.name;
}

/** The id of the body with `key` in `unit`: `<code>.<key>`, e.g. `67.so-noi-vu`. */
export function templateBodyId(unitCode: string, key: string): string {
  return `${unitCode}.${key}`;
}

/**
 * The bodies and `leads` relations of one admin unit from a template. `parentUnit` is the code of the unit
 * above, whose bodies (from the template of that level) the `upper` links point at; without it those
 * bodies are roots.
 */
export function instantiateTemplate(
  template: StructureTemplate,
  unit: AdminUnit,
  parentUnit?: string,
): TemplateInstance {
  const short = typeof unit.attributes?.shortName === 'string' ? unit.attributes.shortName : unit.name;
  const fill = (text: string): string =>
    text
      .replaceAll('{committee}', partyCommitteeName(unit))
      .replaceAll('{unit}', inName(unit))
      .replaceAll('{short}', short);
  const urban = URBAN_TYPES.has(unit.type ?? '');
  const bodies: BodyInput[] = [];
  const relations: RelationInput[] = [];
  for (const t of template.bodies) {
    const parent =
      t.parent !== undefined
        ? templateBodyId(unit.code, t.parent)
        : t.upper !== undefined && parentUnit !== undefined
          ? templateBodyId(parentUnit, t.upper)
          : null;
    const body: BodyInput = {
      id: templateBodyId(unit.code, t.key),
      name: fill(urban && t.urbanName !== undefined ? t.urbanName : t.name),
      nameEn: fill(t.nameEn),
      kind: t.kind,
      sector: t.sector,
      level: template.level,
      unit: unit.code,
      parent,
      functions: [...t.functions],
      quota: t.quota,
      actual: t.actual,
    };
    if (t.quota2015 !== undefined) body.quotaByYear = { '2015': t.quota2015 };
    bodies.push(body);
    for (const led of t.leads ?? []) {
      relations.push({
        id: templateBodyId(unit.code, `leads.${led}`),
        kind: 'leads',
        from: body.id,
        to: templateBodyId(unit.code, led),
      });
    }
  }
  return { bodies, relations };
}
