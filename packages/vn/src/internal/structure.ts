import type { Body, BodyId, OrgState, PostRole, StateContext } from '@tinhgon/core';
import { PROVINCE_CLASS_ATTRIBUTE } from '../taxonomy/province-class.js';

/** Compares ids by UTF-16 code units, the order core sorts ids in. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Bodies in id order (UTF-16 code units). */
export const byBodyId = (a: Body, b: Body): number => byCodeUnits(a.id, b.id);

/** The children of a body (sorted by id) whose kind is one of `kinds`. */
export function childrenOfKind(state: OrgState, id: BodyId, kinds: readonly string[]): Body[] {
  const out: Body[] = [];
  for (const child of state.index.children.get(id) ?? []) {
    const body = state.bodies.get(child);
    if (body !== undefined && kinds.includes(body.kind)) out.push(body);
  }
  return out.sort((a, b) => byCodeUnits(a.id, b.id));
}

/**
 * Where bodies are looked up by id: a state, or a state rule's context, which remembers its lookups for
 * the rest of the evaluation (cheaper when many bodies look up the same parents).
 */
export type Bodies = OrgState | Pick<StateContext, 'body'>;

/** The body with this id in a state, or through a rule context. */
export function bodyIn(from: Bodies, id: BodyId): Body | undefined {
  return 'index' in from ? from.bodies.get(id) : from.body(id);
}

/** The parent record of a body, if it has one in the state. */
export function parentOf(state: Bodies, body: Body): Body | undefined {
  return body.parent === null ? undefined : bodyIn(state, body.parent);
}

/**
 * The body whose attributes and admin unit decide a body's province class: the body itself when it has a
 * unit or its own `provinceClass`, else its nearest ancestor that does. Divisions are often recorded
 * without a unit; their department has one.
 */
export function classCarrier(state: Bodies, body: Body): Body {
  let current: Body | undefined = body;
  for (let guard = 0; current !== undefined && guard < 64; guard += 1) {
    if (current.unit !== undefined || current.attributes?.[PROVINCE_CLASS_ATTRIBUTE] !== undefined) {
      return current;
    }
    current = parentOf(state, current);
  }
  return body;
}

/** The posts of a role in a body, held or vacant, sorted by id. */
export function postsOf(state: OrgState, body: BodyId, role: PostRole): string[] {
  const out: string[] = [];
  for (const id of state.index.postsByBody.get(body) ?? []) {
    if (state.posts.get(id)?.role === role) out.push(id);
  }
  return out.sort(byCodeUnits);
}

/** The holder of a body's head post, or `undefined` when it has none or it is vacant. */
export function headOf(state: OrgState, body: BodyId): string | undefined {
  for (const id of postsOf(state, body, 'head')) {
    const holder = state.posts.get(id)?.holder;
    if (holder !== null && holder !== undefined) return holder;
  }
  return undefined;
}

/**
 * The admin unit a body sits in: its own, else its nearest ancestor's (divisions are often recorded without
 * one). Parents are looked up in the given states in turn (after a change, then before it).
 */
export function unitOf(body: Body, ...states: readonly Bodies[]): string | undefined {
  let current: Body | undefined = body;
  for (let guard = 0; current !== undefined && guard < 64; guard += 1) {
    if (current.unit !== undefined) return current.unit;
    const parent: string | null = current.parent;
    current = undefined;
    if (parent !== null) {
      for (const state of states) {
        current = bodyIn(state, parent);
        if (current !== undefined) break;
      }
    }
  }
  return undefined;
}
