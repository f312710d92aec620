import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { unionFunctions } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { dissolveSchema } from './step-schemas.js';

export type DissolveParams = z.input<typeof dissolveSchema>;

/**
 * Dissolves (giải thể) a body. Nothing is lost silently: its children go to `childrenTo` (required when it
 * has any), its staff to `staffTo` (a body, or `'release'`), its functions with the staff unless
 * `functionsTo` says otherwise (`'drop'` to end them). Its posts are removed; relations go to the body
 * that takes the staff, or are removed.
 */
export function dissolve(state: OrgState, params: DissolveParams): TransformResult {
  const p = parseParams('dissolve', dissolveSchema, params);
  const rec = new ChangeRecorder(state, 'dissolve', metaOf(p));
  const body = rec.body(p.body);
  const children = rec.childrenOf(body.id);
  if (children.length > 0 && p.childrenTo === undefined) {
    rec.fail(
      'has-children',
      [body.id],
      `body "${body.id}" has ${children.length} children; say where they go with childrenTo`,
    );
  }
  const staffTo = p.staffTo === 'release' ? null : rec.body(p.staffTo, 'staffTo').id;
  const functionsTo =
    p.functionsTo === undefined
      ? staffTo
      : p.functionsTo === 'drop'
        ? null
        : rec.body(p.functionsTo, 'functionsTo').id;
  for (const destination of [staffTo, functionsTo, p.childrenTo ?? null]) {
    if (destination !== null && rec.isAncestorOrSelf(body.id, destination)) {
      rec.fail(
        'would-create-cycle',
        [body.id, destination],
        `"${destination}" lies inside "${body.id}", which ends`,
      );
    }
  }
  if (p.childrenTo !== undefined) rec.moveChildren(body.id, p.childrenTo, 'dissolved');
  if (staffTo === null) {
    rec.flow(body.id, null, 'released', { quota: body.quota, actual: body.actual });
  } else {
    const receiver = rec.body(staffTo);
    rec.patchBody(staffTo, { quota: receiver.quota + body.quota, actual: receiver.actual + body.actual });
    rec.flow(body.id, staffTo, 'dissolved', { quota: body.quota, actual: body.actual });
  }
  if (functionsTo === null) {
    if (body.functions.length > 0) rec.flow(body.id, null, 'dissolved', { functions: body.functions });
  } else {
    const receiver = rec.body(functionsTo);
    rec.patchBody(functionsTo, { functions: unionFunctions([receiver.functions, body.functions]) });
    rec.flow(body.id, functionsTo, 'dissolved', { functions: body.functions });
  }
  const successors = [
    ...new Set([staffTo, functionsTo, p.childrenTo ?? null].filter((id): id is string => id !== null)),
  ];
  rec.endBody(body.id, 'dissolved', successors);
  return rec.finish();
}
