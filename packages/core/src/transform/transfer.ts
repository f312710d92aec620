import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { unionFunctions } from './new-body.js';
import { metaOf, parseParams } from './parse-params.js';
import { transferSchema } from './step-schemas.js';

export type TransferParams = z.input<typeof transferSchema>;

/**
 * Transfers (chuyển giao) named functions, staff, children and posts from one body to another; both
 * survive (seed 003 B.II.1: the officials' health-care board hands its doctors to the general hospital).
 * The source must have what it gives: the functions, at least that much staff, those children and posts.
 */
export function transfer(state: OrgState, params: TransferParams): TransformResult {
  const p = parseParams('transfer', transferSchema, params);
  const rec = new ChangeRecorder(state, 'transfer', metaOf(p));
  const from = rec.body(p.from, 'from');
  const to = rec.body(p.to, 'to');
  if (from.id === to.id)
    rec.fail('invalid-argument', [from.id], `a body cannot transfer to itself ("${from.id}")`);
  const functions = [...new Set(p.functions ?? [])];
  for (const tag of functions) {
    if (!from.functions.includes(tag))
      rec.fail('missing-function', [from.id, tag], `body "${from.id}" has no function "${tag}" to transfer`);
  }
  const quota = p.quota ?? 0;
  const actual = p.actual ?? 0;
  if (quota > from.quota || actual > from.actual) {
    rec.fail(
      'insufficient-staff',
      [from.id],
      `body "${from.id}" has quota ${from.quota} and actual ${from.actual}, less than the ${quota} / ${actual} to transfer`,
    );
  }
  const children = [...new Set(p.children ?? [])];
  for (const child of children) {
    if (rec.body(child, 'child').parent !== from.id)
      rec.fail('not-a-child', [child, from.id], `body "${child}" is not a child of "${from.id}"`);
  }
  const posts = [...new Set(p.posts ?? [])].map((id) => rec.post(id));
  for (const post of posts) {
    if (post.body !== from.id)
      rec.fail('invalid-argument', [post.id, from.id], `post "${post.id}" is not in body "${from.id}"`);
    if (post.holder !== null && rec.holds(post.holder, to.id, post.role)) {
      rec.fail(
        'post-taken',
        [post.holder, to.id],
        `person "${post.holder}" already holds a ${post.role} post in "${to.id}"`,
      );
    }
    if (post.role === 'head' && rec.postsOf(to.id).some((other) => other.role === 'head')) {
      rec.fail(
        'post-taken',
        [to.id, post.id],
        `body "${to.id}" already has a head; release it before moving head post "${post.id}"`,
      );
    }
  }
  rec.patchBody(from.id, {
    functions: from.functions.filter((tag) => !functions.includes(tag)),
    quota: from.quota - quota,
    actual: from.actual - actual,
  });
  rec.patchBody(to.id, {
    functions: unionFunctions([to.functions, functions]),
    quota: to.quota + quota,
    actual: to.actual + actual,
  });
  rec.flow(from.id, to.id, 'transferred', { quota, actual, functions });
  rec.moveChildren(from.id, to.id, 'transferred', children);
  for (const post of posts) rec.putPost(Object.freeze({ ...post, body: to.id }), 'moved', post);
  if (posts.length > 0) rec.flow(from.id, to.id, 'transferred', { posts: posts.map((post) => post.id) });
  return rec.finish();
}
