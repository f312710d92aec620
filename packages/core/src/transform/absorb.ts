import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { sumQuotaByYear, unionFunctions } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { absorbSchema } from './step-schemas.js';

export type AbsorbParams = z.input<typeof absorbSchema>;

/**
 * Absorbs (sáp nhập) the sources into the target: the sources end; the target survives and takes their
 * functions, staff (quota, actual and year-by-year quotas), children, posts and relations.
 *
 * Heads: by default a source's head becomes a deputy of the target (`heads: 'deputy'`); `'member'` makes
 * them members, `'release'` removes their head posts. Other posts move as they are.
 *
 * Gotchas: the target may not be one of the sources nor lie inside one (that would make a cycle).
 */
export function absorb(state: OrgState, params: AbsorbParams): TransformResult {
  const p = parseParams('absorb', absorbSchema, params);
  const rec = new ChangeRecorder(state, 'absorb', metaOf(p));
  const target = rec.body(p.target, 'target');
  const sources = [...new Set(p.sources)].map((id) => rec.body(id, 'source'));
  for (const source of sources) {
    if (rec.isAncestorOrSelf(source.id, target.id)) {
      rec.fail(
        'would-create-cycle',
        [target.id, source.id],
        `target "${target.id}" lies inside source "${source.id}"`,
      );
    }
  }
  const years = sumQuotaByYear([target, ...sources]);
  rec.patchBody(target.id, {
    functions: unionFunctions([target.functions, ...sources.map((s) => s.functions)]),
    quota: sources.reduce((sum, s) => sum + s.quota, target.quota),
    actual: sources.reduce((sum, s) => sum + s.actual, target.actual),
    ...(years === undefined ? {} : { quotaByYear: years }),
  });
  for (const source of sources) {
    rec.flow(source.id, target.id, 'absorbed', {
      quota: source.quota,
      actual: source.actual,
      functions: source.functions,
    });
    rec.moveChildren(source.id, target.id, 'absorbed');
    rec.movePosts(
      source.id,
      target.id,
      'absorbed',
      p.heads === 'release' ? 'release' : (p.heads ?? 'deputy'),
    );
    rec.endBody(source.id, 'absorbed', [target.id]);
  }
  return rec.finish();
}
