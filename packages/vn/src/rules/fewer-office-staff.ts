import type { Body, BodyId, TransitionContext, TransitionRule, Verdict } from '@tinhgon/core';
import { show } from '../internal/format.js';
import { levelLabel } from '../internal/labels.js';
import { byCodeUnits } from '../internal/structure.js';
import { type TransitionRecords, transitionRecords } from '../internal/transition-records.js';
import { PLAN_43_KH_TU, PLAN_168_KH_TU, PLAN_300_KH_UBND } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';
import { isOfficeBody } from '../taxonomy/office-bodies.js';

/** Offices are compared within an admin unit and level. */
const groupKey = (unit: string | undefined, body: Body): string => `${unit ?? 'central'}/${body.level}`;

/** The offices of the state before or after: the few bodies of it this rule counts. */
function officesIn(records: TransitionRecords, which: 'before' | 'after'): Body[] {
  const out: Body[] = [];
  for (const body of records.bodies(which)) if (isOfficeBody(body)) out.push(body);
  return out;
}

/** The offices of the state before or after in the groups asked for: their positions and ids. */
function officeQuota(
  records: TransitionRecords,
  which: 'before' | 'after',
  offices: readonly Body[],
  groups: ReadonlySet<string>,
): Map<string, { quota: number; bodies: string[] }> {
  const out = new Map<string, { quota: number; bodies: string[] }>();
  const unitOfBody = records.unitIn(which);
  for (const body of offices) {
    const key = groupKey(unitOfBody(body), body);
    if (!groups.has(key)) continue;
    const entry = out.get(key) ?? { quota: 0, bodies: [] };
    entry.quota += body.quota;
    entry.bodies.push(body.id);
    out.set(key, entry);
  }
  return out;
}

/** The ids of bodies the log set up, ended or moved staff between, in order, and those it ended as offices. */
function namedInLog(ctx: TransitionContext): { named: BodyId[]; endedOffices: Set<BodyId> } {
  const named: BodyId[] = [];
  const endedOffices = new Set<BodyId>();
  for (const change of ctx.log) {
    for (const id of change.began) named.push(id);
    for (const gone of change.ended) {
      named.push(gone.id);
      if (isOfficeBody(gone.record)) endedOffices.add(gone.id);
    }
    for (const flow of change.flows) {
      if (flow.quota === 0 && flow.actual === 0) continue;
      if (flow.from !== null) named.push(flow.from);
      if (flow.to !== null) named.push(flow.to);
    }
  }
  return { named, endedOffices };
}

function* verdicts(ctx: TransitionContext): Iterable<Verdict> {
  const records = transitionRecords(ctx);
  const { named, endedOffices } = namedInLog(ctx);
  let offices: { before: Body[]; after: Body[] } | undefined;
  const officesOf = () => {
    offices ??= { before: officesIn(records, 'before'), after: officesIn(records, 'after') };
    return offices;
  };
  // A log naming many ids (a national reform: a quarter of a million, few of them offices) is screened by
  // the offices of both states, listed first as they are counted below anyway, and those it ended: a body's
  // record is one of these, so an id outside them is no office and is not looked up.
  let screen: Set<BodyId> | undefined;
  if (named.length * 8 >= ctx.before.bodies.size) {
    screen = new Set(endedOffices);
    for (const body of officesOf().before) screen.add(body.id);
    for (const body of officesOf().after) screen.add(body.id);
  }
  const touched = new Map<string, { body: Body; unit: string | undefined }>();
  for (const id of named) {
    if (screen !== undefined && !screen.has(id)) continue;
    const body = records.record(id);
    if (body === undefined || !isOfficeBody(body)) continue;
    const unit = records.unit(body);
    touched.set(groupKey(unit, body), { body, unit });
  }
  const keys = new Set(touched.keys());
  if (keys.size === 0) return;
  const before = officeQuota(records, 'before', officesOf().before, keys);
  const after = officeQuota(records, 'after', officesOf().after, keys);
  for (const key of [...keys].sort(byCodeUnits)) {
    const { body: sample, unit } = touched.get(key) as { body: Body; unit: string | undefined };
    const was = before.get(key)?.quota ?? 0;
    const now = after.get(key);
    yield {
      ok: (now?.quota ?? 0) < was,
      subject: key,
      values: {
        unit: unit ?? null,
        level: sample.level,
        before: was,
        after: now?.quota ?? 0,
        offices: (now?.bodies ?? []).sort(byCodeUnits),
      },
      bound: { relation: '<', limit: was },
    };
  }
}

/**
 * R9: fewer people in support work, above all in offices (giảm số người phục vụ, nhất là khối văn phòng;
 * seed 003 B.I, 004 II.2). For each admin unit and level where a scheme changed an office (an office kind,
 * or a body with functions of the office family), the offices' total staff positions must fall. Merging the
 * offices of the NA delegation, the People's Council and the People's Committee (002 II.2.1; 004 III.1)
 * without cutting positions is reported.
 *
 * Advisory: the seeds set no figure for offices alone (the 10 % cut of R3 is the binding target).
 */
export const fewerOfficeStaff: TransitionRule = {
  type: 'transition',
  id: 'vn.r9.fewer-office-staff',
  title: {
    vi: 'Giảm số người phục vụ, nhất là khối văn phòng',
    en: 'Fewer support staff, above all in offices',
  },
  basis: [
    { ...PLAN_43_KH_TU, article: 'Mục B.I', seed: seed('003', 'B.I') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.2', seed: seed('004', 'II.2') },
    { ...PLAN_300_KH_UBND, article: 'Mục II.2.1', seed: seed('002', 'II.2.1') },
  ],
  inForce: { from: '2018-02-12' },
  severity: 'advisory',
  check: verdicts,
  messages: {
    vi: (v) =>
      `Biên chế khối văn phòng (cấp ${levelLabel(show(v, 'level'), 'vi')}${v.values.unit === null ? '' : `, địa bàn ${show(v, 'unit')}`}) ${v.ok ? 'giảm' : 'không giảm'}: ${show(v, 'before')} → ${show(v, 'after')}`,
    en: (v) =>
      `Office staff positions (${levelLabel(show(v, 'level'), 'en')} level${v.values.unit === null ? '' : `, unit ${show(v, 'unit')}`}) ${v.ok ? 'fell' : 'did not fall'}: ${show(v, 'before')} → ${show(v, 'after')}`,
  },
};
