import type { Body, BodyId, EndedBody, OrgState, TransitionContext } from '@tinhgon/core';
import { perEvaluation } from './per-evaluation.js';

/** How far up the tree a unit is looked for (as `unitOf`). */
const MAX_DEPTH = 64;

/**
 * What the transition rules look up about the bodies a change log names, each looked up once per
 * evaluation and shared between the rules: a national reform's log of 50,000 steps names most bodies
 * several times, and the log is read from two states (the baseline and the final), whose shared table
 * can answer only one of them at native speed until it forks.
 */
export interface TransitionRecords {
  /** Every body that ended in the log, by id (the last record wins; ids are never reused). */
  readonly ended: ReadonlyMap<BodyId, EndedBody>;
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

/** Looks ids up in one state, remembering each answer (`undefined` too). */
function cachedLookup(state: OrgState): (id: BodyId) => Body | undefined {
  const known = new Map<BodyId, Body | undefined>();
  return (id) => {
    let body = known.get(id);
    if (body === undefined && !known.has(id)) {
      body = state.bodies.get(id);
      known.set(id, body);
    }
    return body;
  };
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
    const ended = new Map<BodyId, EndedBody>();
    for (const change of ctx.log) for (const gone of change.ended) ended.set(gone.id, gone);
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
    // A log of as many steps as a quarter of the bodies (a national reform names nearly every body) is
    // served from maps built from the bodies in one pass each; a smaller one looks ids up as they come.
    const large = ctx.log.length * 4 >= ctx.before.bodies.size;
    const lookup = (which: 'before' | 'after'): ((id: BodyId) => Body | undefined) => {
      if (!large) return cachedLookup(ctx[which]);
      let byId: Map<BodyId, Body> | undefined;
      return (id) => {
        if (byId === undefined) {
          byId = new Map();
          for (const body of bodies(which)) byId.set(body.id, body);
        }
        return byId.get(id);
      };
    };
    const before = lookup('before');
    const after = lookup('after');
    const records = new Map<BodyId, Body | undefined>();
    const record = (id: BodyId): Body | undefined => {
      if (large) return after(id) ?? before(id) ?? ended.get(id)?.record;
      let body = records.get(id);
      if (body === undefined && !records.has(id)) {
        body = after(id) ?? before(id) ?? ended.get(id)?.record;
        records.set(id, body);
      }
      return body;
    };
    const unit = unitResolver((id) => after(id) ?? before(id));
    const resolvers = { before: unitResolver(before), after: unitResolver(after) };
    return { ended, before, after, record, unit, bodies, unitIn: (which) => resolvers[which] };
  });
}
