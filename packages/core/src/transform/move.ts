import type { z } from 'zod';
import { levelRank } from '../model/level.js';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { metaOf, parseParams } from './parse-params.js';
import { moveSchema } from './step-schemas.js';

export type MoveParams = z.input<typeof moveSchema>;

/**
 * Moves a body (with its subtree) under a new parent, or makes it a root (`parent: null`). `level` and
 * `unit` re-seat it at the same time, e.g. when a level is abolished and its bodies go up a level.
 * The subtree's own levels are not changed: a child left above its new parent is an error.
 */
export function move(state: OrgState, params: MoveParams): TransformResult {
  const p = parseParams('move', moveSchema, params);
  const rec = new ChangeRecorder(state, 'move', metaOf(p));
  const body = rec.body(p.body);
  const level = p.level ?? body.level;
  const unit = p.unit === undefined ? body.unit : (p.unit ?? undefined);
  rec.assertCanParent(body.id, level, p.parent);
  rec.assertUnit(body.id, level, unit);
  for (const child of rec.childrenOf(body.id)) {
    const childLevel = rec.body(child).level;
    if (levelRank(childLevel) < levelRank(level)) {
      rec.fail(
        'level-above-parent',
        [child, body.id],
        `child "${child}" at level ${childLevel} would sit above "${body.id}" moved to level ${level}`,
      );
    }
  }
  if (unit === undefined && body.unit !== undefined) {
    // Clearing the unit removes a key: a recipe says that plainly.
    rec.updateBody(body.id, (draft) => {
      draft.parent = p.parent;
      draft.level = level;
      delete draft.unit;
    });
  } else {
    rec.patchBody(body.id, { parent: p.parent, level, ...(unit === undefined ? {} : { unit }) });
  }
  return rec.finish();
}
