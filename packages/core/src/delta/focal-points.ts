import type { BodyId } from '../model/body.js';
import type { OrgState } from '../state/org-state.js';
import type { Pair } from './body-delta.js';

/** The shape of a tree: how many layers, how wide. */
export interface TreeShape {
  /** Number of levels of the tree: 1 for a lone root. */
  readonly layers: number;
  readonly roots: number;
  /** Largest and mean number of children over bodies that have children. */
  readonly maxSpan: number;
  readonly meanSpan: number;
}

/** Focal points (đầu mối) before and after: body counts by facet, sub-units per body, tree shape. */
export interface FocalPoints {
  readonly byLevel: Readonly<Record<string, Pair>>;
  readonly bySector: Readonly<Record<string, Pair>>;
  readonly byKind: Readonly<Record<string, Pair>>;
  /** For each body with sub-units of the given kinds before or after: how many. */
  readonly subUnits: readonly { readonly body: BodyId; readonly count: Pair }[];
  readonly shape: { readonly before: TreeShape; readonly after: TreeShape };
}

function counts(state: OrgState, facet: 'level' | 'sector' | 'kind'): Map<string, number> {
  const out = new Map<string, number>();
  for (const body of state.bodies.values()) out.set(body[facet], (out.get(body[facet]) ?? 0) + 1);
  return out;
}

function pairs(a: Map<string, number>, b: Map<string, number>): Record<string, Pair> {
  const out: Record<string, Pair> = {};
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort())
    out[key] = { before: a.get(key) ?? 0, after: b.get(key) ?? 0 };
  return out;
}

/** Layers and spans, iteratively (a deep chain is fine): depth is found by walking down from the roots. */
export function treeShape(state: OrgState): TreeShape {
  let layers = 0;
  let frontier = [...state.index.roots];
  while (frontier.length > 0) {
    layers += 1;
    const next: BodyId[] = [];
    for (const id of frontier) for (const child of state.index.children.get(id) ?? []) next.push(child);
    frontier = next;
  }
  let maxSpan = 0;
  let total = 0;
  let parents = 0;
  for (const children of state.index.children.values()) {
    maxSpan = Math.max(maxSpan, children.size);
    total += children.size;
    parents += 1;
  }
  return {
    layers,
    roots: state.index.roots.size,
    maxSpan,
    meanSpan: parents === 0 ? 0 : Math.round((total / parents) * 100) / 100,
  };
}

function subUnitCount(state: OrgState, id: BodyId, kinds: ReadonlySet<string>): number {
  let n = 0;
  for (const child of state.index.children.get(id) ?? [])
    if (kinds.has(state.bodies.get(child)?.kind ?? '')) n += 1;
  return n;
}

/**
 * Focal points before and after. `subUnitKinds` names the kinds that count as internal units (for the
 * Vietnamese preset: divisions, sub-departments), so that "divisions per body" can be read off.
 */
export function focalPoints(
  before: OrgState,
  after: OrgState,
  subUnitKinds: readonly string[] = [],
): FocalPoints {
  const kinds = new Set(subUnitKinds);
  const parents = new Set<BodyId>();
  for (const state of [before, after]) {
    for (const body of state.bodies.values())
      if (kinds.has(body.kind) && body.parent !== null) parents.add(body.parent);
  }
  return {
    byLevel: pairs(counts(before, 'level'), counts(after, 'level')),
    bySector: pairs(counts(before, 'sector'), counts(after, 'sector')),
    byKind: pairs(counts(before, 'kind'), counts(after, 'kind')),
    subUnits: [...parents].sort().map((body) => ({
      body,
      count: { before: subUnitCount(before, body, kinds), after: subUnitCount(after, body, kinds) },
    })),
    shape: { before: treeShape(before), after: treeShape(after) },
  };
}
