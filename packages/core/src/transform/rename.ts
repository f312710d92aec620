import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { metaOf, parseParams } from './parse-params.js';
import { renameSchema } from './step-schemas.js';

export type RenameParams = z.input<typeof renameSchema>;

/** Renames a body; the id stays, so lineage and references are untouched. */
export function rename(state: OrgState, params: RenameParams): TransformResult {
  const p = parseParams('rename', renameSchema, params);
  const rec = new ChangeRecorder(state, 'rename', metaOf(p));
  rec.patchBody(rec.body(p.body).id, {
    name: p.name,
    ...(p.nameEn === undefined ? {} : { nameEn: p.nameEn }),
  });
  return rec.finish();
}
