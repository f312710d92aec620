import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { InvalidArgumentError, NotFoundError, UsageError } from '../errors/errors.js';
import type { Body, BodyId } from '../model/body.js';
import type { Level } from '../model/level.js';
import type { Relation, RelationKind } from '../model/relation.js';
import type { OrgState } from '../state/org-state.js';
import { findOrphans, findParentCycles } from '../validate/parent-cycles.js';

const ORIGIN = '@tinhgon/core/graphOf';

type Facet = 'level' | 'sector' | 'kind' | 'unit';

// graphology keeps adjacency in plain objects, so a node key such as `constructor`, `toString` or
// `__proto__` collides with Object.prototype. The internal graphs prefix every key; body ids stay as given.
const nodeKey = (id: BodyId): string => `#${id}`;
const bodyIdOf = (key: string): BodyId => key.slice(1);

/**
 * A read-only graph view of one state: the org tree (belongs-to) as a graphology `DirectedGraph` with
 * parent → child edges, and the typed relations as a `MultiDirectedGraph`. Built on first use and cached
 * for that state object; a transformation returns a new state and so gets a new view, which is how the
 * view can never be stale. Every walk is iterative: a million-deep chain or a million siblings work.
 *
 * Get one with {@link graphOf}.
 */
export class OrgGraph {
  readonly state: OrgState;
  #tree: DirectedGraph | undefined;
  #relations: MultiDirectedGraph | undefined;
  readonly #facets = new Map<Facet, Map<string, BodyId[]>>();

  constructor(state: OrgState) {
    this.state = state;
  }

  /** The body with this id, or a {@link NotFoundError} that names it. */
  body(id: BodyId): Body {
    const body = this.state.bodies.get(id);
    if (body === undefined) {
      throw new NotFoundError(
        `${ORIGIN}: body "${id}" not found; check the id, or test state.bodies.has(id) first`,
      );
    }
    return body;
  }

  /** The bodies directly below `id`, sorted by id. */
  children(id: BodyId): BodyId[] {
    this.body(id);
    return this.#treeGraph().outNeighbors(nodeKey(id)).map(bodyIdOf).sort(byCodeUnits);
  }

  /** The bodies with no parent, sorted by id. */
  roots(): BodyId[] {
    return [...this.state.index.roots].sort(byCodeUnits);
  }

  /** The parent's id, or `null` for a root. */
  parent(id: BodyId): BodyId | null {
    return this.body(id).parent;
  }

  /** From the parent up to the root (nearest first); empty for a root. */
  ancestors(id: BodyId): BodyId[] {
    return this.pathToRoot(id).slice(1);
  }

  /** `id`, its parent, and so on up to the root. */
  pathToRoot(id: BodyId): BodyId[] {
    const path: BodyId[] = [];
    const limit = this.state.bodies.size;
    let node: BodyId | null = this.body(id).id;
    while (node !== null) {
      path.push(node);
      if (path.length > limit) {
        throw new UsageError(
          `${ORIGIN}: body "${id}" lies on a belongs-to cycle; this state was not built by parseState or a transformation`,
        );
      }
      node = this.state.bodies.get(node)?.parent ?? null;
    }
    return path;
  }

  /** The names from the root down to `id`, e.g. `Tỉnh ủy / Ban Tổ chức / Phòng Tổ chức cán bộ`. */
  namePath(id: BodyId, separator = ' / '): string {
    return this.pathToRoot(id)
      .reverse()
      .map((node) => this.state.bodies.get(node)?.name ?? node)
      .join(separator);
  }

  /** Number of edges from the root to `id`: 0 for a root. */
  depth(id: BodyId): number {
    return this.pathToRoot(id).length - 1;
  }

  /** `id` and everything below it, breadth first (graphology-traversal). */
  subtree(id: BodyId): BodyId[] {
    this.body(id);
    const out: BodyId[] = [];
    bfsFromNode(this.#treeGraph(), nodeKey(id), (node) => {
      out.push(bodyIdOf(node));
    });
    return out;
  }

  /** The relations that leave `id` (or arrive, with `direction: 'in'`), optionally of one kind. */
  relationsOf(id: BodyId, options: { kind?: RelationKind; direction?: 'out' | 'in' } = {}): Relation[] {
    this.body(id);
    const graph = this.#relationGraph();
    const key = nodeKey(id);
    const edges = options.direction === 'in' ? graph.inEdges(key) : graph.outEdges(key);
    const out: Relation[] = [];
    for (const edge of edges) {
      const relation = this.state.relations.get(graph.getEdgeAttribute(edge, 'id') as string);
      if (relation !== undefined && (options.kind === undefined || relation.kind === options.kind))
        out.push(relation);
    }
    return out.sort((a, b) => byCodeUnits(a.id, b.id));
  }

  /** The bodies at one level, sorted by id. */
  byLevel(level: Level): readonly BodyId[] {
    return this.#facet('level').get(level) ?? [];
  }

  /** The bodies of one sector, sorted by id. */
  bySector(sector: string): readonly BodyId[] {
    return this.#facet('sector').get(sector) ?? [];
  }

  /** The bodies of one kind, sorted by id. */
  byKind(kind: string): readonly BodyId[] {
    return this.#facet('kind').get(kind) ?? [];
  }

  /** The bodies that sit in one admin unit (not its sub-units), sorted by id. */
  byUnit(code: string): readonly BodyId[] {
    return this.#facet('unit').get(code) ?? [];
  }

  /** Bodies whose parent is not in the state. Always empty for a state that passed validation. */
  orphans(): BodyId[] {
    return findOrphans(this.state.bodies.keys(), (id) => this.state.bodies.get(id)?.parent).sort(byCodeUnits);
  }

  /** Cycles of belongs-to. Always empty for a state that passed validation. */
  cycles(): BodyId[][] {
    return findParentCycles(this.state.bodies.keys(), (id) => this.state.bodies.get(id)?.parent);
  }

  /**
   * A fresh graphology multigraph of the whole state that is yours to change: nodes carry the body's
   * attributes, edges carry `kind` (`belongs-to`, `leads`, `serves`, `coordinates`) and, for relations, `id`.
   * Use it to run graphology's algorithms; changing it does not change the state.
   *
   * Node keys are the body ids, or `keyPrefix` + id with the option (the attributes keep the plain `id`).
   *
   * Gotchas: graphology keeps adjacency in plain objects, so a node key that names an `Object.prototype`
   * member (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, …) corrupts neighbours, degrees and
   * traversals. Such a key is refused with an {@link InvalidArgumentError} that names the id; pass
   * `{ keyPrefix: '#' }` to get keys like `#constructor`, or use this view's own walks, which take any id.
   *
   * @example
   * const graph = graphOf(state).toGraph();
   * graph.outDegree('tinh-uy');                                   // belongs-to and relation edges
   * graphOf(state).toGraph({ keyPrefix: '#' }).hasNode('#constructor');
   */
  toGraph(options: { readonly keyPrefix?: string } = {}): MultiDirectedGraph {
    const prefix = options.keyPrefix ?? '';
    if (typeof prefix !== 'string') {
      throw new InvalidArgumentError(
        `${ORIGIN}.toGraph: keyPrefix must be a string, not ${typeof prefix}; for example { keyPrefix: '#' }`,
      );
    }
    const key = (id: BodyId): string => prefix + id;
    for (const id of this.state.bodies.keys()) {
      if (key(id) in Object.prototype) {
        throw new InvalidArgumentError(
          `${ORIGIN}.toGraph: node key "${key(id)}" (body "${id}") is the name of an Object.prototype member, which graphology cannot hold: it keeps adjacency in plain objects, so neighbours, degrees and traversals would be wrong; call toGraph({ keyPrefix: '#' }) for keys like "#${id}" (each node's attributes keep the id), or use the graphOf(state) walks, which take any id`,
        );
      }
    }
    const graph = new MultiDirectedGraph();
    for (const [id, body] of this.state.bodies) graph.addNode(key(id), { ...body });
    for (const [id, body] of this.state.bodies) {
      if (body.parent !== null && this.state.bodies.has(body.parent))
        graph.addEdge(key(body.parent), key(id), { kind: 'belongs-to' });
    }
    for (const [id, relation] of this.state.relations) {
      graph.addEdge(key(relation.from), key(relation.to), { kind: relation.kind, id });
    }
    return graph;
  }

  #treeGraph(): DirectedGraph {
    if (this.#tree === undefined) {
      const graph = new DirectedGraph();
      for (const id of this.state.bodies.keys()) graph.addNode(nodeKey(id));
      for (const [id, body] of this.state.bodies) {
        const parent = body.parent === null ? null : nodeKey(body.parent);
        if (parent !== null && graph.hasNode(parent)) graph.addEdge(parent, nodeKey(id));
      }
      this.#tree = graph;
    }
    return this.#tree;
  }

  #relationGraph(): MultiDirectedGraph {
    if (this.#relations === undefined) {
      const graph = new MultiDirectedGraph();
      for (const id of this.state.bodies.keys()) graph.addNode(nodeKey(id));
      for (const [id, relation] of this.state.relations)
        graph.addEdge(nodeKey(relation.from), nodeKey(relation.to), { id });
      this.#relations = graph;
    }
    return this.#relations;
  }

  #facet(facet: Facet): Map<string, BodyId[]> {
    let index = this.#facets.get(facet);
    if (index === undefined) {
      index = new Map();
      for (const [id, body] of this.state.bodies) {
        const value = body[facet];
        if (value === undefined) continue;
        const list = index.get(value);
        if (list === undefined) index.set(value, [id]);
        else list.push(id);
      }
      for (const list of index.values()) list.sort(byCodeUnits);
      this.#facets.set(facet, index);
    }
    return index;
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const views = new WeakMap<OrgState, OrgGraph>();

/**
 * The graph view of a state, built lazily and cached per state object (a `WeakMap`, so it goes when the
 * state goes).
 *
 * @example
 * const g = graphOf(state);
 * g.children('tinh-uy');       // ['ban-dan-van', 'ban-to-chuc', …]
 * g.namePath('phong-tccb');    // 'Tỉnh ủy / Ban Tổ chức / Phòng Tổ chức cán bộ'
 */
export function graphOf(state: OrgState): OrgGraph {
  let view = views.get(state);
  if (view === undefined) {
    view = new OrgGraph(state);
    views.set(state, view);
  }
  return view;
}
