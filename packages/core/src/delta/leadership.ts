import type { BodyId } from '../model/body.js';
import type { OrgState } from '../state/org-state.js';

/** Head and deputy posts of one body (filled or vacant), and who fills them. */
export interface Leadership {
  readonly heads: number;
  readonly deputies: number;
  readonly holders: readonly string[];
}

/** The leadership posts of a body, from the state's posts-by-body index. */
export function leadershipOf(state: OrgState, body: BodyId): Leadership {
  let heads = 0;
  let deputies = 0;
  const holders: string[] = [];
  for (const id of state.index.postsByBody.get(body) ?? []) {
    const post = state.posts.get(id);
    if (post === undefined || post.role === 'member') continue;
    if (post.role === 'head') heads += 1;
    else deputies += 1;
    if (post.holder !== null) holders.push(post.holder);
  }
  return { heads, deputies, holders };
}
