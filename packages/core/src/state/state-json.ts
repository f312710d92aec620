import type { AdminUnit } from '../model/admin-unit.js';
import type { Body } from '../model/body.js';
import type { Person, Post } from '../model/post.js';
import type { Relation } from '../model/relation.js';
import { STATE_FORMAT } from '../schema/state-schema.js';
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
 * in schema order. `parseState(stateToJson(s))` gives a state equal to `s`, and the same state always gives
 * the same document.
 */
export function stateToJson(state: OrgState): StateJson {
  return {
    format: STATE_FORMAT,
    bodies: sortedValues(state.bodies),
    relations: sortedValues(state.relations),
    persons: sortedValues(state.persons),
    posts: sortedValues(state.posts),
    units: sortedValues(state.units),
  };
}

/** {@link stateToJson} as text; byte-identical for equal states. */
export function stringifyState(state: OrgState, indent?: number): string {
  return JSON.stringify(stateToJson(state), null, indent);
}
