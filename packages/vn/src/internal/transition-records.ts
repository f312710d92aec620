import type { Body, BodyId, EndedBody, TransitionContext } from '@tinhgon/core';
import { perEvaluation } from './per-evaluation.js';

/** How far up the tree a unit is looked for (as `unitOf`). */
const MAX_DEPTH = 64;

/**
 * What the transition rules look up about the bodies a change log names, shared between the rules of one
 * evaluation: a national reform's log of 50,000 steps names most bodies several times.
 */
export interface TransitionRecords {
  /** The last record of a body that ended in the log (ids are never reused). */
  ended(id: BodyId): EndedBody | undefined;
  /** The body with this id before the change. */
  before(id: BodyId): Body | undefined;
  /** The body with this id after the change. */
  after(id: BodyId): Body | undefined;
  /** A body's record: after the change, else before it, else its last record in the log (`recordOf`). */
  record(id: BodyId): Body | undefined;
  /** The admin unit a body sits in, its own or its nearest ancestor's, after then before (`unitOf`). */
  unit(body: Body): string | undefined;
  /** Every body of the state before or after the change, read once and shared by the rules. */
  bodies(which: 'before' | 'after'): readonly Body[];
  /** The admin unit of a body of the state before or after, resolved in that state alone (`unitOf`). */
  unitIn(which: 'before' | 'after'): (body: Body) => string | undefined;
}

/**
 * The admin unit of a body with parents looked up by `parentOf`: its own unit, else its nearest ancestor's,
 * each body's answer remembered by id, so the bodies of one parent (the divisions of a department) walk
 * up once. Gives what `unitOf` gives with the same lookups.
 */
export function unitResolver(parentOf: (id: BodyId) => Body | undefined): (body: Body) => string | undefined {
  const known = new Map<BodyId, string | undefined>();
  const resolve = (body: Body, depth: number): string | undefined => {
    if (body.unit !== undefined) return body.unit;
    if (body.parent === null || depth >= MAX_DEPTH - 1) return undefined;
    if (known.has(body.parent)) return known.get(body.parent);
    const parent = parentOf(body.parent);
    const unit = parent === undefined ? undefined : resolve(parent, depth + 1);
    known.set(body.parent, unit);
    return unit;
  };
  return (body) => resolve(body, 0);
}

const RECORDS = Symbol('transition-records');

/** The {@link TransitionRecords} of one evaluation of a change. */
export function transitionRecords(ctx: TransitionContext): TransitionRecords {
  return perEvaluation(ctx, RECORDS, () => {
    // Looked up in the states themselves: their maps answer at native speed (the first read of the state
    // before moves the shared table to it, once, whether it is read by id or whole).
    const before = (id: BodyId): Body | undefined => ctx.before.bodies.get(id);
    const after = (id: BodyId): Body | undefined => ctx.after.bodies.get(id);
    // Most ids the rules ask about are in one of the states: the log's ended bodies are indexed only when
    // one is not (a body that began and ended within the log) or a rule asks for one.
    let endedById: Map<BodyId, EndedBody> | undefined;
    const ended = (id: BodyId): EndedBody | undefined => {
      if (endedById === undefined) {
        endedById = new Map();
        for (const change of ctx.log) for (const gone of change.ended) endedById.set(gone.id, gone);
      }
      return endedById.get(id);
    };
    const lists: { before?: Body[]; after?: Body[] } = {};
    const bodies = (which: 'before' | 'after'): readonly Body[] => {
      let list = lists[which];
      if (list === undefined) {
        const all: Body[] = [];
        ctx[which].bodies.forEach((body) => {
          all.push(body);
        });
        list = all;
        lists[which] = all;
      }
      return list;
    };
    const record = (id: BodyId): Body | undefined => after(id) ?? before(id) ?? ended(id)?.record;
    const unit = unitResolver((id) => after(id) ?? before(id));
    const resolvers = { before: unitResolver(before), after: unitResolver(after) };
    return { ended, before, after, record, unit, bodies, unitIn: (which) => resolvers[which] };
  });
}
