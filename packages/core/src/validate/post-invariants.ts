import type { ParsedStateJson } from '../schema/state-schema.js';
import { checkPeriod, periodsOverlap } from './dates-invariant.js';
import type { StateIssue } from './issue.js';

type Posts = NonNullable<ParsedStateJson['posts']>;
type Post = Posts[number];

/**
 * Posts sit in existing bodies and are held by existing persons; a person holds the same role in the same
 * body at most once at a time; a body has at most one head at a time; a person's time shares at any moment
 * add up to at most 1.
 */
export function checkPosts(
  posts: Posts,
  bodyIndex: ReadonlyMap<string, number>,
  personIndex: ReadonlyMap<string, number>,
  issues: StateIssue[],
): void {
  const byPerson = new Map<string, number[]>();
  const headsByBody = new Map<string, number[]>();
  posts.forEach((post, i) => {
    const path = ['posts', i] as const;
    if (!bodyIndex.has(post.body)) {
      issues.push({
        code: 'unknown-body',
        path: [...path, 'body'],
        entity: 'post',
        id: post.id,
        body: post.body,
      });
    }
    if (post.holder !== null) {
      if (!personIndex.has(post.holder)) {
        issues.push({
          code: 'unknown-person',
          path: [...path, 'holder'],
          post: post.id,
          person: post.holder,
        });
      }
      push(byPerson, post.holder, i);
    }
    if (post.role === 'head') push(headsByBody, post.body, i);
    checkPeriod(post, 'post', post.id, path, issues);
  });

  for (const [person, indices] of byPerson) {
    forOverlappingPairs(posts, indices, (a, b, ib) => {
      if (a.body === b.body && a.role === b.role) {
        issues.push({
          code: 'duplicate-holding',
          path: ['posts', ib, 'holder'],
          person,
          body: a.body,
          role: a.role,
          posts: [a.id, b.id],
        });
      }
    });
    checkTimeShare(posts, indices, person, issues);
  }
  for (const [body, indices] of headsByBody) {
    forOverlappingPairs(posts, indices, (a, b, ib) => {
      issues.push({ code: 'duplicate-head', path: ['posts', ib, 'role'], body, posts: [a.id, b.id] });
    });
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Calls `visit` for each pair of posts (in input order) whose periods overlap. Groups are small. */
function forOverlappingPairs(
  posts: Posts,
  indices: readonly number[],
  visit: (a: Post, b: Post, ib: number) => void,
): void {
  for (let x = 0; x < indices.length; x += 1) {
    for (let y = x + 1; y < indices.length; y += 1) {
      const ia = indices[x] as number;
      const ib = indices[y] as number;
      const a = posts[ia] as Post;
      const b = posts[ib] as Post;
      if (periodsOverlap(a, b)) visit(a, b, ib);
    }
  }
}

/** The largest total share in force on any one day: checked at each post's start, where totals can rise. */
function checkTimeShare(
  posts: Posts,
  indices: readonly number[],
  person: string,
  issues: StateIssue[],
): void {
  if (indices.length < 2) return;
  let worst = 0;
  let worstPosts: string[] = [];
  for (const at of indices) {
    const moment = posts[at] as Post;
    const day = moment.validFrom ?? '0000-01-01';
    // In force on `day` (from inclusive, until exclusive); no next-day bound, which overflows after 9999-12-31.
    const active = indices
      .map((i) => posts[i] as Post)
      .filter((p) => (p.validFrom ?? day) <= day && (p.validUntil === undefined || day < p.validUntil));
    const total = active.reduce((sum, p) => sum + (p.timeShare ?? 0), 0);
    if (total > worst) {
      worst = total;
      worstPosts = active.filter((p) => p.timeShare !== undefined).map((p) => p.id);
    }
  }
  if (worst > 1 + 1e-9) {
    const at = indices[indices.length - 1] as number;
    issues.push({
      code: 'time-share-exceeded',
      path: ['posts', at, 'timeShare'],
      person,
      total: Math.round(worst * 1000) / 1000,
      posts: worstPosts,
    });
  }
}
