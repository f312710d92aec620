import type { BodyId } from '../model/body.js';
import type { PostRole } from '../model/post.js';
import type { ChangeRecorder } from './change-recorder.js';

/** What a step asks for: a post (new or existing) in a body, for a person. */
export interface PostRequest {
  readonly id: string;
  readonly body: BodyId;
  readonly role: PostRole;
  readonly timeShare?: number | undefined;
}

/**
 * Puts `person` into the requested post, creating it when it does not exist. Refuses what the load-time
 * invariants would refuse: a post held by someone else, a second head, the same role twice in one body,
 * and time shares above 1.
 */
export function fillPost(rec: ChangeRecorder, request: PostRequest, person: string): void {
  rec.body(request.body);
  const existing = rec.draft.post(request.id);
  if (existing !== undefined) {
    if (existing.body !== request.body || existing.role !== request.role) {
      rec.fail(
        'invalid-argument',
        [request.id],
        `post "${request.id}" is the ${existing.role} post of "${existing.body}", not the ${request.role} post of "${request.body}"`,
      );
    }
    if (existing.holder !== null) {
      rec.fail(
        'post-taken',
        [request.id, existing.holder],
        `post "${request.id}" is held by "${existing.holder}"; release it first`,
      );
    }
  } else if (request.role === 'head') {
    const head = rec.postsOf(request.body).find((post) => post.role === 'head');
    if (head !== undefined) {
      rec.fail(
        'post-taken',
        [request.body, head.id],
        `body "${request.body}" already has head post "${head.id}"; appoint to that post id, or release it first`,
      );
    }
  }
  const held = rec.draft
    .postsHeldBy(person)
    .toArray()
    .map((id) => rec.post(id));
  if (
    held.some((post) => post.body === request.body && post.role === request.role && post.id !== request.id)
  ) {
    rec.fail(
      'post-taken',
      [person, request.body],
      `person "${person}" already holds the ${request.role} post of "${request.body}"`,
    );
  }
  const share = request.timeShare ?? existing?.timeShare;
  const total = held.reduce((sum, post) => sum + (post.timeShare ?? 0), 0) + (share ?? 0);
  if (total > 1 + 1e-9) {
    rec.fail(
      'invalid-argument',
      [person],
      `person "${person}" would be given ${total} of their time; lower the timeShare`,
    );
  }
  const post = Object.freeze({
    ...(existing ?? { id: request.id, body: request.body, role: request.role }),
    holder: person,
    ...(share === undefined ? {} : { timeShare: share }),
    ...(existing === undefined ? { validFrom: rec.meta.effective } : {}),
  });
  rec.putPost(post, existing === undefined ? 'created' : 'appointed', existing);
}
