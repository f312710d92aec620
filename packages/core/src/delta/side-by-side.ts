import type { Body, BodyId } from '../model/body.js';
import type { PersonId } from '../model/post.js';
import type { OrgState } from '../state/org-state.js';

/** Head and deputy posts per body, by index side by side. */
export interface PostCounts {
  readonly heads: Int32Array;
  readonly deputies: Int32Array;
  /** The held posts among them: for each, the index of its body and its holder. */
  readonly holderBody: readonly number[];
  readonly holder: readonly PersonId[];
}

function postCounts(
  state: OrgState,
  records: readonly (Body | undefined)[],
  indexOf: ReadonlyMap<BodyId, number>,
): PostCounts {
  const heads = new Int32Array(records.length);
  const deputies = new Int32Array(records.length);
  const holderBody: number[] = [];
  const holder: PersonId[] = [];
  state.posts.forEach((post) => {
    if (post.role === 'member') return;
    const index = indexOf.get(post.body);
    if (index === undefined || records[index] === undefined) return;
    const counts = post.role === 'head' ? heads : deputies;
    counts[index] = (counts[index] as number) + 1;
    if (post.holder === null) return;
    holderBody.push(index);
    holder.push(post.holder);
  });
  return { heads, deputies, holderBody, holder };
}

/**
 * Two states read side by side: every body of either (the earlier state's in its order, then those only
 * in the later one) under one index, with its record in each state, and on first use the head and deputy
 * posts it has in each. A post counts for the body it names, as in `leadershipOf` (the posts-by-body index
 * lists each post under its `body`). Columns rather than an object per body: nothing per body to collect.
 */
export class SideBySide {
  readonly ids: readonly BodyId[];
  readonly indexOf: ReadonlyMap<BodyId, number>;
  readonly old: readonly (Body | undefined)[];
  readonly now: readonly (Body | undefined)[];
  readonly #earlier: OrgState;
  readonly #later: OrgState;
  #before: PostCounts | undefined;
  #after: PostCounts | undefined;

  constructor(before: OrgState, after: OrgState) {
    const ids: BodyId[] = [];
    const indexOf = new Map<BodyId, number>();
    const old: (Body | undefined)[] = [];
    const now: (Body | undefined)[] = [];
    before.bodies.forEach((body, id) => {
      indexOf.set(id, ids.length);
      ids.push(id);
      old.push(body);
      now.push(undefined);
    });
    after.bodies.forEach((body, id) => {
      const index = indexOf.get(id);
      if (index !== undefined) {
        now[index] = body;
        return;
      }
      indexOf.set(id, ids.length);
      ids.push(id);
      old.push(undefined);
      now.push(body);
    });
    this.ids = ids;
    this.indexOf = indexOf;
    this.old = old;
    this.now = now;
    this.#earlier = before;
    this.#later = after;
  }

  /** The head and deputy posts of the earlier state (read on first use). */
  get before(): PostCounts {
    this.#before ??= postCounts(this.#earlier, this.old, this.indexOf);
    return this.#before;
  }

  /** The head and deputy posts of the later state (read on first use). */
  get after(): PostCounts {
    this.#after ??= postCounts(this.#later, this.now, this.indexOf);
    return this.#after;
  }
}

// Per-run data: the states are immutable, and the later one is a run's own (its final state), so the deltas
// of a run (`bodyDeltas`, `aggregate` per grouping, `headcountBridge` per grouping and measure) read its two
// states once between them. Kept while the later state lives; another earlier state is read afresh.
const readings = new WeakMap<OrgState, { before: OrgState; sides: SideBySide }>();

/** The two states side by side: one pass over each state's bodies (and posts, when asked), shared by the deltas. */
export function sideBySide(before: OrgState, after: OrgState): SideBySide {
  const cached = readings.get(after);
  if (cached !== undefined && cached.before === before) return cached.sides;
  const sides = new SideBySide(before, after);
  readings.set(after, { before, sides });
  return sides;
}
