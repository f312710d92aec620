import type { Body, TransitionContext, TransitionRule, Verdict } from '@tinhgon/core';
import { show } from '../internal/format.js';
import { levelLabel, sectorLabel } from '../internal/labels.js';
import { byCodeUnits } from '../internal/structure.js';
import { type TransitionRecords, transitionRecords } from '../internal/transition-records.js';
import { PLAN_168_KH_TU, PLAN_300_KH_UBND, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** The focal-point group of a body (its admin unit, level and sector) and the unit-level part of it. */
const unitLevelKey = (unit: string | undefined, body: Body): string => `${unit ?? 'central'}/${body.level}`;
const groupKey = (unitLevel: string, body: Body): string => `${unitLevel}/${body.sector}`;

/**
 * The bodies of the state before or after in each of the groups and unit-levels asked for: a body's unit
 * is its own or its nearest ancestor's in that state, each parent's worked out once.
 */
function countIn(
  records: TransitionRecords,
  which: 'before' | 'after',
  keys: ReadonlySet<string>,
  unitKeys: ReadonlySet<string>,
  units: ReadonlySet<string>,
): { groups: Map<string, number>; units: Map<string, number> } {
  const groups = new Map<string, number>();
  const totals = new Map<string, number>();
  const unitOfBody = records.unitIn(which);
  for (const body of records.bodies(which)) {
    const unit = unitOfBody(body);
    // Most bodies sit in a unit no touched group names: no key to build for them.
    if (!units.has(unit ?? 'central')) continue;
    const unitLevel = unitLevelKey(unit, body);
    if (!unitKeys.has(unitLevel)) continue;
    totals.set(unitLevel, (totals.get(unitLevel) ?? 0) + 1);
    const group = groupKey(unitLevel, body);
    if (keys.has(group)) groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  return { groups, units: totals };
}

function* verdicts(ctx: TransitionContext): Iterable<Verdict> {
  const records = transitionRecords(ctx);
  const touched = new Map<string, { body: Body; unit: string | undefined }>();
  const touch = (body: Body | undefined) => {
    if (body === undefined) return;
    const unit = records.unit(body);
    touched.set(groupKey(unitLevelKey(unit, body), body), { body, unit });
  };
  for (const change of ctx.log) {
    for (const id of change.began) touch(records.record(id));
    for (const gone of change.ended) touch(gone.record);
  }
  const keys = new Set(touched.keys());
  if (keys.size === 0) return;
  const unitKeys = new Set([...touched.values()].map(({ body, unit }) => unitLevelKey(unit, body)));
  const units = new Set([...touched.values()].map(({ unit }) => unit ?? 'central'));
  const before = countIn(records, 'before', keys, unitKeys, units);
  const after = countIn(records, 'after', keys, unitKeys, units);
  for (const key of [...keys].sort(byCodeUnits)) {
    const { body: sample, unit } = touched.get(key) as { body: Body; unit: string | undefined };
    const unitLevel = unitLevelKey(unit, sample);
    const was = before.groups.get(key) ?? 0;
    const is = after.groups.get(key) ?? 0;
    const totalWas = before.units.get(unitLevel) ?? 0;
    const totalIs = after.units.get(unitLevel) ?? 0;
    yield {
      // A sector that took in a body from another sector (a party–state consolidation) may keep its count
      // when the unit's total at that level fell.
      ok: is < was || (is <= was && totalIs < totalWas),
      subject: key,
      values: {
        unit: unit ?? null,
        level: sample.level,
        sector: sample.sector,
        before: was,
        after: is,
        unitBefore: totalWas,
        unitAfter: totalIs,
      },
      bound: { relation: '<', limit: was },
    };
  }
}

/**
 * R8: fewer focal points (giảm đầu mối). For every admin unit, level and sector in which a scheme set up
 * or ended a body, the number of bodies after must be lower than before (seed 002 I; 004 II.1; 002 II.4.2
 * on inter-sector coordination bodies). A sector may keep its count when all bodies of its unit and level
 * fell in number: a party–state consolidation ends one body in each sector and sets up one in one of them.
 * Groups the scheme does not touch are not judged.
 *
 * Advisory: the seeds state a direction ("giảm đầu mối") with no number, and a scheme may set up a body
 * for a good reason; appraisal reports it without rejecting the scheme. The numeric caps of 2025 are the
 * blocking rules `vn.r8.max-departments` and `vn.r8.commune-divisions`.
 */
export const fewerFocalPoints: TransitionRule = {
  type: 'transition',
  id: 'vn.r8.fewer-focal-points',
  title: { vi: 'Giảm đầu mối', en: 'Fewer focal points' },
  basis: [
    { ...PLAN_300_KH_UBND, article: 'Mục I, II.4.2', seed: seed('002', 'I, II.4.2') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.1', seed: seed('004', 'II.1') },
    RESOLUTION_18,
  ],
  inForce: { from: '2017-10-25' },
  severity: 'advisory',
  check: verdicts,
  messages: {
    vi: (v) => {
      const unit = v.values.unit === null ? '' : `, địa bàn ${show(v, 'unit')}`;
      const where = `${sectorLabel(show(v, 'sector'), 'vi')}, cấp ${levelLabel(show(v, 'level'), 'vi')}${unit}`;
      const trend = !v.ok ? 'không giảm' : v.values.after === v.values.before ? 'giữ nguyên' : 'giảm';
      return `Số đầu mối (${where}) ${trend}: ${show(v, 'before')} → ${show(v, 'after')}; cả địa bàn, cùng cấp: ${show(v, 'unitBefore')} → ${show(v, 'unitAfter')}`;
    },
    en: (v) => {
      const unit = v.values.unit === null ? '' : `, unit ${show(v, 'unit')}`;
      const where = `${sectorLabel(show(v, 'sector'), 'en')}, ${levelLabel(show(v, 'level'), 'en')} level${unit}`;
      const trend = !v.ok ? 'did not fall' : v.values.after === v.values.before ? 'held' : 'fell';
      return `Focal points (${where}) ${trend}: ${show(v, 'before')} → ${show(v, 'after')}; all sectors at that level and unit: ${show(v, 'unitBefore')} → ${show(v, 'unitAfter')}`;
    },
  },
};
