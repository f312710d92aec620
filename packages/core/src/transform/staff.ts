import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { metaOf, parseParams } from './parse-params.js';
import { cutStaffSchema, setDeputiesSchema, setQuotaSchema } from './step-schemas.js';

export type SetQuotaParams = z.input<typeof setQuotaSchema>;
export type CutStaffParams = z.input<typeof cutStaffSchema>;
export type SetDeputiesParams = z.input<typeof setDeputiesSchema>;

/** Records the difference between old and new figures as created or cut positions. */
function recordDifference(
  rec: ChangeRecorder,
  body: string,
  before: { quota: number; actual: number },
  after: { quota: number; actual: number },
  as: 'cut' | 'released',
): void {
  const created = {
    quota: Math.max(0, after.quota - before.quota),
    actual: Math.max(0, after.actual - before.actual),
  };
  const removed = {
    quota: Math.max(0, before.quota - after.quota),
    actual: Math.max(0, before.actual - after.actual),
  };
  if (created.quota + created.actual > 0) rec.flow(null, body, 'created', created);
  if (removed.quota + removed.actual > 0) rec.flow(body, null, as, removed);
}

/** Sets a body's quota (biên chế) and, optionally, its actual staff. Increases are `created`, decreases `cut`. */
export function setQuota(state: OrgState, params: SetQuotaParams): TransformResult {
  const p = parseParams('setQuota', setQuotaSchema, params);
  const rec = new ChangeRecorder(state, 'setQuota', metaOf(p));
  const body = rec.body(p.body);
  const after = { quota: p.quota, actual: p.actual ?? body.actual };
  rec.patchBody(body.id, { quota: after.quota, actual: after.actual });
  recordDifference(rec, body.id, body, after, 'cut');
  return rec.finish();
}

/**
 * Cuts staff (tinh giản biên chế) by a number of positions (`quota`, `actual`) or by `percent` of both,
 * rounded to the nearest whole position. `as: 'released'` records people let go rather than positions
 * abolished. Cutting more than the body has is refused.
 */
export function cutStaff(state: OrgState, params: CutStaffParams): TransformResult {
  const p = parseParams('cutStaff', cutStaffSchema, params);
  const rec = new ChangeRecorder(state, 'cutStaff', metaOf(p));
  const body = rec.body(p.body);
  if (p.percent !== undefined && (p.quota !== undefined || p.actual !== undefined)) {
    rec.fail('invalid-argument', [body.id], 'give either percent or quota/actual numbers, not both');
  }
  const byPercent = (n: number) => Math.round((n * (p.percent ?? 0)) / 100);
  const cut =
    p.percent !== undefined
      ? { quota: byPercent(body.quota), actual: byPercent(body.actual) }
      : { quota: p.quota ?? 0, actual: p.actual ?? 0 };
  if (cut.quota > body.quota || cut.actual > body.actual) {
    rec.fail(
      'insufficient-staff',
      [body.id],
      `body "${body.id}" has quota ${body.quota} and actual ${body.actual}; cannot cut ${cut.quota} / ${cut.actual}`,
    );
  }
  const after = { quota: body.quota - cut.quota, actual: body.actual - cut.actual };
  rec.patchBody(body.id, { quota: after.quota, actual: after.actual });
  recordDifference(rec, body.id, body, after, p.as ?? 'cut');
  return rec.finish();
}

/**
 * Sets the number of deputy posts (cấp phó) of a body. New posts are vacant, with ids
 * `<body>#deputy-<n>`; when there are too many, vacant posts go first, then held ones (last id first),
 * whose holders are released.
 */
export function setDeputies(state: OrgState, params: SetDeputiesParams): TransformResult {
  const p = parseParams('setDeputies', setDeputiesSchema, params);
  const rec = new ChangeRecorder(state, 'setDeputies', metaOf(p));
  const body = rec.body(p.body);
  const deputies = rec.postsOf(body.id).filter((post) => post.role === 'deputy');
  if (deputies.length > p.count) {
    const order = [
      ...deputies.filter((d) => d.holder === null).reverse(),
      ...deputies.filter((d) => d.holder !== null).reverse(),
    ];
    for (const post of order.slice(0, deputies.length - p.count)) rec.removePost(post.id);
  }
  let n = 0;
  for (let have = deputies.length; have < p.count; have += 1) {
    let id: string;
    do {
      n += 1;
      id = `${body.id}#deputy-${n}`;
    } while (rec.draft.post(id) !== undefined);
    rec.putPost(
      Object.freeze({ id, body: body.id, role: 'deputy' as const, holder: null, validFrom: p.effective }),
      'created',
    );
  }
  return rec.finish();
}
