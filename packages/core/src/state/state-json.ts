import type { AdminUnit } from '../model/admin-unit.js';
import type { Body } from '../model/body.js';
import type { Person, Post } from '../model/post.js';
import type { Relation } from '../model/relation.js';
import { STATE_FORMAT } from '../schema/state-schema.js';
import { freezeBody, freezePerson, freezePost, freezeRelation, freezeUnit } from './build-state.js';
import type { OrgState, PersistentMap } from './org-state.js';

/** A state document as {@link stateToJson} writes it: every list present, each sorted by id. */
export interface StateJson {
  readonly format: typeof STATE_FORMAT;
  readonly bodies: readonly Body[];
  readonly relations: readonly Relation[];
  readonly persons: readonly Person[];
  readonly posts: readonly Post[];
  readonly units: readonly AdminUnit[];
}

function sortedValues<V>(map: PersistentMap<string, V>): V[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}

/**
 * The canonical JSON document of a state: lists sorted by id (code-unit order, independent of locale), keys
 * in schema order (records are rewritten on the way out, so a key a transformation added last still comes
 * out in its place). `parseState(stateToJson(s))` gives a state equal to `s`, and the same state always gives
 * the same document.
 */
export function stateToJson(state: OrgState): StateJson {
  return {
    format: STATE_FORMAT,
    bodies: sortedValues(state.bodies).map(freezeBody),
    relations: sortedValues(state.relations).map(freezeRelation),
    persons: sortedValues(state.persons).map(freezePerson),
    posts: sortedValues(state.posts).map(freezePost),
    units: sortedValues(state.units).map(freezeUnit),
  };
}

/** {@link stateToJson} as text; byte-identical for equal states. */
export function stringifyState(state: OrgState, indent?: number): string {
  return JSON.stringify(stateToJson(state), null, indent);
}
