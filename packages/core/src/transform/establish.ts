import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { newBody } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { establishSchema } from './step-schemas.js';

export type EstablishParams = z.input<typeof establishSchema>;

/**
 * Establishes (thành lập) a new body. Its positions are new: lineage records them as `created`.
 *
 * @example
 * establish(state, { effective: '2019-01-01', body: { id: 'vp-chung', name: 'Văn phòng chung', … } });
 */
export function establish(state: OrgState, params: EstablishParams): TransformResult {
  const p = parseParams('establish', establishSchema, params);
  const rec = new ChangeRecorder(state, 'establish', metaOf(p));
  const body = newBody(p.body, {}, p.effective);
  rec.createBody(body);
  rec.flow(null, body.id, 'created', { quota: body.quota, actual: body.actual, functions: body.functions });
  return rec.finish();
}
