import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { newBody } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { splitSchema } from './step-schemas.js';

export type SplitParams = z.input<typeof splitSchema>;

/**
 * Splits (chia tách) one body into several new ones. The partition must be exact: the parts' quotas and
 * actual staff add up to the source's, every function goes to exactly one part, and every child to
 * exactly one part. Posts go where the parts list them; the rest are removed and recorded.
 */
export function split(state: OrgState, params: SplitParams): TransformResult {
  const p = parseParams('split', splitSchema, params);
  const rec = new ChangeRecorder(state, 'split', metaOf(p));
  const source = rec.body(p.source, 'source');
  const mismatch = (what: string): never =>
    rec.fail(
      'partition-mismatch',
      [source.id],
      `the parts of "${source.id}" do not partition its ${what} exactly`,
    );
  const sum = (key: 'quota' | 'actual') => p.into.reduce((total, part) => total + part[key], 0);
  if (sum('quota') !== source.quota) mismatch(`quota (${sum('quota')} given, ${source.quota} held)`);
  if (sum('actual') !== source.actual)
    mismatch(`actual staff (${sum('actual')} given, ${source.actual} held)`);
  const functions = p.into.flatMap((part) => part.functions);
  if (
    functions.length !== new Set(functions).size ||
    functions.length !== source.functions.length ||
    !functions.every((f) => source.functions.includes(f))
  ) {
    mismatch(`functions [${source.functions.join(', ')}]`);
  }
  const children = p.into.flatMap((part) => part.children ?? []);
  const held = rec.childrenOf(source.id);
  if (
    children.length !== new Set(children).size ||
    children.length !== held.length ||
    !children.every((c) => held.includes(c))
  ) {
    mismatch(`children [${held.join(', ')}]`);
  }
  const posts = p.into.flatMap((part) => part.posts ?? []);
  if (posts.length !== new Set(posts).size) mismatch('posts (a post is given twice)');
  for (const postId of posts) {
    if (rec.post(postId).body !== source.id)
      rec.fail('invalid-argument', [postId], `post "${postId}" is not in "${source.id}"`);
  }
  for (const part of p.into) {
    if (part.body.parent !== null && rec.isAncestorOrSelf(source.id, part.body.parent)) {
      rec.fail(
        'would-create-cycle',
        [part.body.id, part.body.parent],
        `part "${part.body.id}" cannot sit under "${part.body.parent}", inside the source`,
      );
    }
    const body = newBody(
      { ...part.body, functions: part.functions, quota: part.quota, actual: part.actual },
      {},
      p.effective,
    );
    rec.createBody(body);
    rec.flow(source.id, body.id, 'split', {
      quota: part.quota,
      actual: part.actual,
      functions: part.functions,
    });
    rec.moveChildren(source.id, body.id, 'split', part.children ?? []);
    for (const postId of part.posts ?? []) {
      const post = rec.post(postId);
      rec.putPost(Object.freeze({ ...post, body: body.id }), 'moved', post);
    }
    if ((part.posts ?? []).length > 0) rec.flow(source.id, body.id, 'split', { posts: part.posts ?? [] });
  }
  rec.endBody(
    source.id,
    'split',
    p.into.map((part) => part.body.id),
  );
  return rec.finish();
}
