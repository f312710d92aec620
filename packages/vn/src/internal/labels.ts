import type { Body, BodyId, Lang, Level, OrgState } from '@tinhgon/core';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';
import { LEVEL_LABELS } from '../taxonomy/levels.js';
import { SECTOR_LABELS, type SectorId } from '../taxonomy/sectors.js';

/** The label of a function family, or of a `tag:<id>` group, or of a tag. */
export function groupLabel(group: string, lang: Lang): string {
  const family = VN_FUNCTION_CATALOGUE.families.get(group);
  if (family !== undefined) return family.label[lang];
  const tag = group.startsWith('tag:') ? group.slice(4) : group;
  return VN_FUNCTION_CATALOGUE.tags.get(tag)?.label[lang] ?? tag;
}

/** Labels of several families, tags or groups, joined. */
export function groupLabels(groups: readonly string[], lang: Lang): string {
  if (groups.length === 1) return groupLabel(groups[0] as string, lang);
  let text = '';
  for (const [i, group] of groups.entries())
    text += i === 0 ? groupLabel(group, lang) : `, ${groupLabel(group, lang)}`;
  return text;
}

export function levelLabel(level: string, lang: Lang): string {
  return LEVEL_LABELS[level as Level]?.[lang] ?? level;
}

export function sectorLabel(sector: string, lang: Lang): string {
  return SECTOR_LABELS[sector as SectorId]?.[lang] ?? sector;
}

/** A body's name in a state (or the first of several states that has it), else its id. */
export function nameOf(id: BodyId, ...states: readonly (OrgState | ReadonlyMap<BodyId, Body>)[]): string {
  for (const state of states) {
    const body = 'bodies' in state ? state.bodies.get(id) : (state as ReadonlyMap<BodyId, Body>).get(id);
    if (body !== undefined) return body.name;
  }
  return id;
}
