import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { newBody, sumQuotaByYear, unionFunctions } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { consolidateSchema } from './step-schemas.js';

export type ConsolidateParams = z.input<typeof consolidateSchema>;

/**
 * Consolidates (hợp nhất) two or more sources into a new body: the sources end; the new body takes their
 * functions, staff, children, posts and relations. Functions and staff default to the sources' union and
 * sum; give them in `into` to set them (a difference in staff is then recorded as created or cut).
 *
 * Heads: `headPost` names the source head post whose holder heads the new body; the other sources' heads
 * become deputies by default (`heads`). `alsoServes` adds a `serves` relation to a second parent, as for
 * a party–state body that serves both the party committee and the People's Committee (seed 000 II.1.3).
 */
export function consolidate(state: OrgState, params: ConsolidateParams): TransformResult {
  const p = parseParams('consolidate', consolidateSchema, params);
  const rec = new ChangeRecorder(state, 'consolidate', metaOf(p));
  const sources = [...new Set(p.sources)].map((id) => rec.body(id, 'source'));
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const other of [p.into.parent, p.alsoServes]) {
    if (other !== null && other !== undefined && sourceIds.has(other)) {
      rec.fail(
        'would-create-cycle',
        [p.into.id, other],
        `new body "${p.into.id}" cannot sit under or serve "${other}", which ends`,
      );
    }
  }
  const headPost = p.headPost === undefined ? undefined : rec.post(p.headPost);
  if (headPost !== undefined && (headPost.role !== 'head' || !sourceIds.has(headPost.body))) {
    rec.fail('invalid-argument', [headPost.id], `headPost "${headPost.id}" is not the head post of a source`);
  }
  const quota = sources.reduce((sum, s) => sum + s.quota, 0);
  const actual = sources.reduce((sum, s) => sum + s.actual, 0);
  const years = sumQuotaByYear(sources);
  const body = newBody(
    p.into,
    {
      functions: unionFunctions(sources.map((s) => s.functions)),
      quota,
      actual,
      ...(years === undefined ? {} : { quotaByYear: years }),
    },
    p.effective,
  );
  rec.createBody(body);
  for (const source of sources) {
    rec.flow(source.id, body.id, 'consolidated', {
      quota: source.quota,
      actual: source.actual,
      functions: source.functions,
    });
  }
  if (body.quota !== quota || body.actual !== actual) {
    const created = { quota: Math.max(0, body.quota - quota), actual: Math.max(0, body.actual - actual) };
    const cut = { quota: Math.max(0, quota - body.quota), actual: Math.max(0, actual - body.actual) };
    if (created.quota + created.actual > 0) rec.flow(null, body.id, 'created', created);
    if (cut.quota + cut.actual > 0) rec.flow(body.id, null, 'cut', cut);
  }
  if (headPost !== undefined) {
    rec.putPost(Object.freeze({ ...headPost, body: body.id }), 'moved', headPost);
    rec.flow(headPost.body, body.id, 'consolidated', { posts: [headPost.id] });
  }
  for (const source of sources) {
    rec.moveChildren(source.id, body.id, 'consolidated');
    rec.movePosts(
      source.id,
      body.id,
      'consolidated',
      p.heads === 'release' ? 'release' : (p.heads ?? 'deputy'),
    );
    rec.endBody(source.id, 'consolidated', [body.id]);
  }
  if (p.alsoServes !== undefined) {
    rec.body(p.alsoServes, 'alsoServes');
    const relation = Object.freeze({
      id: `${body.id}~serves~${p.alsoServes}`,
      kind: 'serves' as const,
      from: body.id,
      to: p.alsoServes,
      validFrom: p.effective,
    });
    rec.draft.putRelation(relation);
    rec.recordRelation(relation.id, 'created');
  }
  return rec.finish();
}
