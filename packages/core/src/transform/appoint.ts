import type { z } from 'zod';
import type { OrgState } from '../state/org-state.js';
import { ChangeRecorder, type TransformResult } from './change-recorder.js';
import { metaOf, parseParams } from './parse-params.js';
import { fillPost } from './post-filling.js';
import {
  appointConcurrentSchema,
  appointSchema,
  endConcurrentSchema,
  releaseSchema,
} from './step-schemas.js';

export type AppointParams = z.input<typeof appointSchema>;
export type ReleaseParams = z.input<typeof releaseSchema>;
export type AppointConcurrentParams = z.input<typeof appointConcurrentSchema>;
export type EndConcurrentParams = z.input<typeof endConcurrentSchema>;

/**
 * Appoints a person to a post, creating the post if it does not exist and the person if `personName`
 * is given. A head post in a body that has one already is refused: name that post instead.
 */
export function appoint(state: OrgState, params: AppointParams): TransformResult {
  const p = parseParams('appoint', appointSchema, params);
  const rec = new ChangeRecorder(state, 'appoint', metaOf(p));
  if (rec.draft.person(p.person) === undefined) {
    if (p.personName === undefined) rec.person(p.person);
    rec.draft.putPerson(Object.freeze({ id: p.person, name: p.personName as string }));
  }
  fillPost(rec, p.post, p.person);
  return rec.finish();
}

/** Releases the holder of a post: the post is left vacant, or removed with `remove: true`. */
export function release(state: OrgState, params: ReleaseParams): TransformResult {
  const p = parseParams('release', releaseSchema, params);
  const rec = new ChangeRecorder(state, 'release', metaOf(p));
  const post = rec.post(p.post);
  if (p.remove === true) rec.removePost(post.id);
  else if (post.holder !== null) rec.putPost(Object.freeze({ ...post, holder: null }), 'vacated', post);
  return rec.finish();
}

/**
 * Concurrent appointment (kiêm nhiệm): a person who already holds a post in another body also takes a
 * post (head by default) in `body`. Refused when the person holds no other post: use {@link appoint}.
 * Whether the two bodies may be paired (same level, similar functions) is a rule, checked by the rule
 * engine, not here.
 */
export function appointConcurrent(state: OrgState, params: AppointConcurrentParams): TransformResult {
  const p = parseParams('appointConcurrent', appointConcurrentSchema, params);
  const rec = new ChangeRecorder(state, 'appointConcurrent', metaOf(p));
  rec.person(p.person);
  const elsewhere = rec.draft.postsHeldBy(p.person).some((id) => rec.post(id).body !== p.body);
  if (!elsewhere) {
    rec.fail(
      'not-concurrent',
      [p.person, p.body],
      `person "${p.person}" holds no post outside "${p.body}"; use appoint`,
    );
  }
  fillPost(rec, { id: p.post, body: p.body, role: p.role ?? 'head', timeShare: p.timeShare }, p.person);
  return rec.finish();
}

/** Ends a concurrent appointment: the post is left vacant; the person keeps their other posts. */
export function endConcurrent(state: OrgState, params: EndConcurrentParams): TransformResult {
  const p = parseParams('endConcurrent', endConcurrentSchema, params);
  const rec = new ChangeRecorder(state, 'endConcurrent', metaOf(p));
  const post = rec.post(p.post);
  const holder = post.holder;
  const others =
    holder === null
      ? []
      : rec.draft
          .postsHeldBy(holder)
          .toArray()
          .filter((id) => rec.post(id).body !== post.body);
  if (holder === null || others.length === 0) {
    rec.fail(
      'not-concurrent',
      [post.id],
      `post "${post.id}" is not held concurrently with a post in another body; use release`,
    );
  }
  rec.putPost(Object.freeze({ ...post, holder: null }), 'vacated', post);
  return rec.finish();
}
