import type { z } from 'zod';
import type { AdminUnit } from '../model/admin-unit.js';
import { levelRank } from '../model/level.js';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { metaOf, parseParams, stripUndefined } from './parse-params.js';
import { abolishLevelSchema, reorganizeUnitsSchema } from './step-schemas.js';

export type ReorganizeUnitsParams = z.input<typeof reorganizeUnitsSchema>;
export type AbolishLevelParams = z.input<typeof abolishLevelSchema>;

const UNASSIGNED_SHOWN = 10;

/**
 * Merges and splits admin units (communes, districts, provinces) by an old → new mapping, as in the 2025
 * reform. New units are established first. An old unit that is no mapping target ends; the bodies in it
 * and the units below it follow it to its one new unit. An old unit split between several new ones
 * (`share: 'partial'`) cannot decide that alone: each body in it needs an `assign` row, and a unit below
 * it is refused. A unit that stays can take a new name and type (`rename`). Merging the bodies themselves
 * is done by absorb or consolidate steps.
 */
export function reorganizeUnits(state: OrgState, params: ReorganizeUnitsParams): TransformResult {
  const p = parseParams('reorganizeUnits', reorganizeUnitsSchema, params);
  const rec = new ChangeRecorder(state, 'reorganizeUnits', metaOf(p));
  for (const unit of p.establish ?? []) {
    if (rec.draft.unit(unit.code) !== undefined)
      rec.fail('duplicate-id', [unit.code], `admin unit "${unit.code}" already exists`);
    if (unit.parent !== null) {
      const parent = rec.unit(unit.parent);
      if (levelRank(parent.level) >= levelRank(unit.level)) {
        rec.fail(
          'invalid-argument',
          [unit.code],
          `admin unit "${unit.code}" (${unit.level}) cannot lie in "${parent.code}" (${parent.level})`,
        );
      }
    }
    const record = stripUndefined({ ...unit, validFrom: unit.validFrom ?? p.effective }) as AdminUnit;
    rec.draft.putUnit(record);
    rec.recordUnit(record, 'created');
  }
  const targets = new Map<string, string[]>();
  for (const row of p.mapping) {
    rec.unit(row.from);
    rec.unit(row.to);
    const list = targets.get(row.from) ?? [];
    if (!list.includes(row.to)) list.push(row.to);
    targets.set(row.from, list);
  }
  const kept = new Set(p.mapping.map((row) => row.to));
  const assigned = new Map((p.assign ?? []).map((row) => [row.body, row.unit]));
  const unassigned: string[] = [];
  const ending = [...targets.keys()].filter((code) => !kept.has(code)).sort();
  for (const code of ending) {
    const to = targets.get(code) as string[];
    for (const bodyId of rec.draft.bodiesIn(code).toArray().sort()) {
      const unit = assigned.get(bodyId) ?? (to.length === 1 ? to[0] : undefined);
      if (unit === undefined) {
        unassigned.push(bodyId);
        continue;
      }
      const body = rec.body(bodyId);
      rec.assertUnit(bodyId, body.level, unit);
      rec.patchBody(bodyId, { unit });
    }
    for (const child of rec.draft.unitChildren(code).toArray().sort()) {
      if (ending.includes(child)) continue;
      if (to.length !== 1)
        rec.fail(
          'unassigned',
          [child, code],
          `admin unit "${child}" lies in "${code}", which is split; map "${child}" too`,
        );
      const record = Object.freeze({ ...rec.unit(child), parent: to[0] as string });
      rec.draft.putUnit(record);
      rec.recordUnit(record, 'reparented');
    }
  }
  if (unassigned.length > 0) {
    const shown = unassigned
      .slice(0, UNASSIGNED_SHOWN)
      .map((id) => `"${id}"`)
      .join(', ');
    const more =
      unassigned.length > UNASSIGNED_SHOWN ? ` and ${unassigned.length - UNASSIGNED_SHOWN} more` : '';
    rec.fail(
      'unassigned',
      unassigned,
      `bodies ${shown}${more} sit in a unit split between several new units; give each an assign row`,
    );
  }
  renameUnits(rec, p.rename ?? [], new Set(ending));
  for (const code of ending) {
    const record = Object.freeze({ ...rec.unit(code), validUntil: p.effective });
    for (const child of rec.draft.unitChildren(code).toArray())
      rec.draft.putUnit(Object.freeze({ ...rec.unit(child), parent: null }));
    rec.draft.removeUnit(code);
    rec.recordUnit(record, 'ended');
  }
  return rec.finish();
}

/** Gives units that stay their new names (and types); a unit that ends in the same step cannot take one. */
function renameUnits(
  rec: ChangeRecorder,
  rows: readonly { code: string; name: string; type?: string | undefined }[],
  ending: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const unit = rec.unit(row.code);
    if (ending.has(row.code))
      rec.fail(
        'invalid-argument',
        [row.code],
        `admin unit "${row.code}" ends in this step; it cannot be renamed`,
      );
    if (seen.has(row.code))
      rec.fail(
        'invalid-argument',
        [row.code],
        `admin unit "${row.code}" is renamed twice; give it one rename row`,
      );
    seen.add(row.code);
    const type = row.type ?? unit.type;
    if (unit.name === row.name && unit.type === type) continue;
    const record = Object.freeze({ ...unit, name: row.name, ...(type === undefined ? {} : { type }) });
    rec.draft.putUnit(record);
    rec.recordUnit(record, 'updated');
  }
}

/**
 * Abolishes a whole level of admin units (the district level ended on 1 July 2025): the units below it
 * move up to the level above, and its units end. Bodies at that level must have been moved, merged or
 * dissolved by earlier steps; any left are listed in the error.
 */
export function abolishLevel(state: OrgState, params: AbolishLevelParams): TransformResult {
  const p = parseParams('abolishLevel', abolishLevelSchema, params);
  const rec = new ChangeRecorder(state, 'abolishLevel', metaOf(p));
  const remaining: string[] = [];
  state.bodies.forEach((body, id) => {
    if (body.level === p.level) remaining.push(id);
  });
  if (remaining.length > 0) {
    remaining.sort();
    const shown = remaining
      .slice(0, UNASSIGNED_SHOWN)
      .map((id) => `"${id}"`)
      .join(', ');
    const more =
      remaining.length > UNASSIGNED_SHOWN ? ` and ${remaining.length - UNASSIGNED_SHOWN} more` : '';
    rec.fail(
      'unassigned',
      remaining,
      `bodies ${shown}${more} are still at level ${p.level}; move, merge or dissolve them first`,
    );
  }
  const ending: AdminUnit[] = [];
  state.units.forEach((unit) => {
    if (unit.level === p.level) ending.push(unit);
  });
  ending.sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const unit of ending) {
    for (const child of rec.draft.unitChildren(unit.code).toArray().sort()) {
      const record = Object.freeze({ ...rec.unit(child), parent: unit.parent });
      rec.draft.putUnit(record);
      rec.recordUnit(record, 'reparented');
    }
    rec.draft.removeUnit(unit.code);
    rec.recordUnit(Object.freeze({ ...unit, validUntil: p.effective }), 'ended');
  }
  return rec.finish();
}
