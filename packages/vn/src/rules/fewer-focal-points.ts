import type { Body, OrgState, TransitionContext, TransitionRule, Verdict } from '@tinhgon/core';
import { show } from '../internal/format.js';
import { levelLabel, sectorLabel } from '../internal/labels.js';
import { byCodeUnits, endedInLog, recordOf, unitOf } from '../internal/structure.js';
import { PLAN_168_KH_TU, PLAN_300_KH_UBND, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

type Key = (body: Body, ...states: OrgState[]) => string;

/** The focal-point group of a body (its admin unit, level and sector) and the unit-level part of it. */
const unitLevelOf: Key = (body, ...states) => `${unitOf(body, ...states) ?? 'central'}/${body.level}`;
const groupOf: Key = (body, ...states) => `${unitLevelOf(body, ...states)}/${body.sector}`;

function countBy(state: OrgState, key: Key, keys: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const body of state.bodies.values()) {
    const k = key(body, state);
    if (keys.has(k)) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

function* verdicts(ctx: TransitionContext): Iterable<Verdict> {
  const ended = endedInLog(ctx);
  const touched = new Map<string, Body>();
  const touch = (body: Body | undefined) => {
    if (body !== undefined) touched.set(groupOf(body, ctx.after, ctx.before), body);
  };
  for (const change of ctx.log) {
    for (const id of change.began) touch(recordOf(ctx, id, ended));
    for (const gone of change.ended) touch(gone.record);
  }
  const keys = new Set(touched.keys());
  if (keys.size === 0) return;
  const unitKeys = new Set([...touched.values()].map((body) => unitLevelOf(body, ctx.after, ctx.before)));
  const count = (state: OrgState) => ({
    groups: countBy(state, groupOf, keys),
    units: countBy(state, unitLevelOf, unitKeys),
  });
  const before = count(ctx.before);
  const after = count(ctx.after);
  for (const key of [...keys].sort(byCodeUnits)) {
    const sample = touched.get(key) as Body;
    const unitLevel = unitLevelOf(sample, ctx.after, ctx.before);
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
        unit: unitOf(sample, ctx.after, ctx.before) ?? null,
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
