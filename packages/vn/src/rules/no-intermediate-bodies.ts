import type { Body, TransitionContext, TransitionRule, Verdict } from '@tinhgon/core';
import { show } from '../internal/format.js';
import { nameOf } from '../internal/labels.js';
import { byCodeUnits } from '../internal/structure.js';
import { PLAN_168_KH_TU } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

/** The nearest ancestor of a body (in the state after) that already existed before the change. */
function survivingAncestor(ctx: TransitionContext, body: Body): Body | undefined {
  let parent = body.parent === null ? undefined : ctx.after.bodies.get(body.parent);
  for (let guard = 0; parent !== undefined && guard < 64; guard += 1) {
    if (ctx.before.bodies.has(parent.id)) return parent;
    parent = parent.parent === null ? undefined : ctx.after.bodies.get(parent.parent);
  }
  return undefined;
}

function* verdicts(ctx: TransitionContext): Iterable<Verdict> {
  const began = [...new Set(ctx.log.flatMap((change) => change.began))].sort(byCodeUnits);
  for (const id of began) {
    const body = ctx.after.bodies.get(id);
    if (body === undefined) continue;
    const above = survivingAncestor(ctx, body);
    if (above === undefined) continue;
    const children = [...(ctx.after.index.children.get(id) ?? [])].sort(byCodeUnits);
    const moved = children.filter((child) => ctx.before.bodies.get(child)?.parent === above.id);
    yield {
      ok: moved.length === 0,
      body: id,
      values: {
        above: above.id,
        aboveName: above.name,
        moved,
        movedNames: moved.map((child) => nameOf(child, ctx.after)),
      },
    };
  }
}

/**
 * R5: no new intermediate organisation (không thành lập mới tổ chức trung gian, seed 004 II.1). A body that
 * began in the scheme and now stands between a body that existed before and bodies that were that body's
 * direct children is a new layer: a fail. A new body made of its sources' own children (a consolidation)
 * is not a layer.
 *
 * Blocking: the seed states it as an absolute (không thành lập mới), with no exception.
 */
export const noIntermediateBodies: TransitionRule = {
  type: 'transition',
  id: 'vn.r5.no-intermediate-bodies',
  title: {
    vi: 'Không thành lập mới tổ chức trung gian',
    en: 'No new intermediate organisations',
  },
  basis: [{ ...PLAN_168_KH_TU, article: 'Mục B.II.1', seed: seed('004', 'II.1') }],
  inForce: { from: '2018-02-18' },
  severity: 'blocking',
  check: verdicts,
  messages: {
    vi: (v) =>
      v.ok
        ? `Cơ quan mới không đứng chen giữa ${show(v, 'aboveName')} và các đơn vị trực thuộc cũ`
        : `Cơ quan mới là tổ chức trung gian giữa ${show(v, 'aboveName')} và ${show(v, 'movedNames')}`,
    en: (v) =>
      v.ok
        ? `The new body does not stand between ${show(v, 'aboveName')} and its former children`
        : `The new body is an intermediate layer between ${show(v, 'aboveName')} and ${show(v, 'movedNames')}`,
  },
};
