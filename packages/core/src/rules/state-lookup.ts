import { graphOf } from '../graph/graph-view.js';
import type { Body, BodyId } from '../model/body.js';
import type { OrgState } from '../state/org-state.js';
import type { FindingBody } from './finding.js';

/** Orders bodies by id in UTF-16 code units, as ids are sorted everywhere. */
export const byId = (a: Body, b: Body): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What one evaluation looks up in one state, each worked out once and only when first asked: the bodies
 * as an array, the bodies of a kind in id order, bodies by id, and the body a finding names with its path
 * of names from the root. Made afresh for every `checkState` and `checkTransition` call and dropped with
 * it, so nothing carries over from one evaluation to the next.
 *
 * A state of 300,000 bodies with ten thousand findings is read once here: one pass lists the bodies,
 * parents that many bodies share are looked up once, and each path of names is built once from its
 * parent's. (A transition rule reads two states; the first read of the one that is not the newest moves
 * the shared table to it, see `VersionedMap`.)
 */
export class StateLookup {
  readonly state: OrgState;
  #all: Body[] | undefined;
  readonly #ofKind = new Map<string, readonly Body[]>();
  readonly #bodies = new Map<BodyId, Body | undefined>();
  readonly #described = new Map<BodyId, FindingBody>();

  constructor(state: OrgState) {
    this.state = state;
  }

  /** The body with this id, remembered. */
  body(id: BodyId): Body | undefined {
    let body = this.#bodies.get(id);
    if (body === undefined && !this.#bodies.has(id)) {
      body = this.state.bodies.get(id);
      this.#bodies.set(id, body);
    }
    return body;
  }

  /** Every body, in the state's own order. */
  all(): readonly Body[] {
    this.#all ??= [...this.state.bodies.values()];
    return this.#all;
  }

  /** The bodies of one kind, in id order. */
  ofKind(kind: string): readonly Body[] {
    let sorted = this.#ofKind.get(kind);
    if (sorted === undefined) {
      const list: Body[] = [];
      for (const body of this.all()) if (body.kind === kind) list.push(body);
      sorted = list.sort(byId);
      this.#ofKind.set(kind, sorted);
    }
    return sorted;
  }

  /** The bodies of the listed kinds in id order (a kind listed twice gives its bodies twice). */
  ofKinds(kinds: readonly string[]): readonly Body[] {
    if (kinds.length === 1) return this.ofKind(kinds[0] as string);
    const out: Body[] = [];
    for (const kind of kinds) for (const body of this.ofKind(kind)) out.push(body);
    return out.sort(byId);
  }

  /**
   * A body as a finding names it: id, name and the names from the root down, from the first of `lookups`
   * whose state has it (the state after a change, then before), else its id alone. One frozen object per
   * body, shared by every finding on it.
   */
  static describe(lookups: readonly StateLookup[], id: BodyId): FindingBody {
    for (const lookup of lookups) {
      const described = lookup.#describe(id);
      if (described !== undefined) return described;
    }
    return { id, name: id, path: [id] };
  }

  #describe(id: BodyId): FindingBody | undefined {
    const known = this.#described.get(id);
    if (known !== undefined) return known;
    const body = this.state.bodies.get(id);
    if (body === undefined) return undefined;
    // Walk up to the nearest ancestor already described (or the root), then describe downwards, each
    // body's path built on its parent's.
    const chain: Body[] = [body];
    let above: readonly string[] = [];
    let parent = body.parent;
    while (parent !== null) {
      const described = this.#described.get(parent);
      if (described !== undefined) {
        above = described.path;
        break;
      }
      const record = this.body(parent);
      if (record === undefined) {
        above = [parent];
        break;
      }
      chain.push(record);
      // A belongs-to cycle: let the graph view throw its usage error.
      if (chain.length > this.state.bodies.size) graphOf(this.state).pathToRoot(id);
      parent = record.parent;
    }
    let described: FindingBody | undefined;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const record = chain[i] as Body;
      above = Object.freeze([...above, record.name]);
      described = Object.freeze({ id: record.id, name: record.name, path: above });
      this.#described.set(record.id, described);
    }
    return described;
  }
}
