import type { BodyId } from './body.js';
import type { IsoDate } from './dates.js';

export type PersonId = string;
export type PostId = string;

/** A named person who holds leadership posts. Counted once in headcount however many posts they hold. */
export interface Person {
  readonly id: PersonId;
  readonly name: string;
}

export const POST_ROLES = ['head', 'deputy', 'member'] as const;

/** `head` (người đứng đầu), `deputy` (cấp phó) or `member`. */
export type PostRole = (typeof POST_ROLES)[number];

/**
 * A post in a body, held by at most one person (`holder: null` when vacant). One person may hold posts in
 * several bodies at once (kiêm nhiệm, concurrent appointment); `timeShare` is the share of their time this
 * post takes, in (0, 1]. Posts count in every body they sit in.
 */
export interface Post {
  readonly id: PostId;
  readonly body: BodyId;
  readonly role: PostRole;
  readonly holder: PersonId | null;
  readonly timeShare?: number;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}
