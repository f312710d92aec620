/**
 * The floor of the national-reform benchmark: the steps of a plan done in place on one mutable graphology
 * graph, the way a hand-written mutable program would, with the same effect on bodies, posts, relations and
 * admin units as tinhgon's transformations, and nothing else: no validation, no versions, no change records.
 *
 * Bodies are nodes (quota, actual, functions, year-by-year quotas, unit, post ids); a parent link is an edge
 * parent → child, a relation an edge keyed by its id. Posts, persons' posts, units and the two lookups
 * tinhgon also keeps as indices (bodies by unit, units by parent) are mutable maps.
 *
 * Ops: `reorganizeUnits`, `absorb`, `dissolve`, `establish` and `abolishLevel`, the ones the 2025 reform
 * uses; any other op throws.
 */
import type { OrgState, PostRole, Step } from '@tinhgon/core';
import { DirectedGraph } from 'graphology';

export interface FloorBody {
  quota: number;
  actual: number;
  functions: string[];
  quotaByYear: Record<string, number> | undefined;
  unit: string | undefined;
  posts: string[];
}

/** An edge: a parent link (`relation` undefined) or a relation of that kind. */
interface FloorEdge {
  relation?: string;
}

interface FloorPost {
  body: string;
  role: PostRole;
  holder: string | null;
}

interface FloorUnit {
  level: string;
  parent: string | null;
}

export interface Floor {
  readonly graph: DirectedGraph<FloorBody, FloorEdge>;
  readonly posts: Map<string, FloorPost>;
  readonly postsByPerson: Map<string, Set<string>>;
  readonly units: Map<string, FloorUnit>;
  readonly unitChildren: Map<string, Set<string>>;
  readonly bodiesByUnit: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/** The floor's copy of a state (not timed: tinhgon's state is built before its run too). */
export function buildFloor(state: OrgState): Floor {
  const graph = new DirectedGraph<FloorBody, FloorEdge>();
  const floor: Floor = {
    graph,
    posts: new Map(),
    postsByPerson: new Map(),
    units: new Map(),
    unitChildren: new Map(),
    bodiesByUnit: new Map(),
  };
  for (const [id, body] of state.bodies) {
    graph.addNode(id, {
      quota: body.quota,
      actual: body.actual,
      functions: [...body.functions],
      quotaByYear: body.quotaByYear === undefined ? undefined : { ...body.quotaByYear },
      unit: body.unit,
      posts: [],
    });
    if (body.unit !== undefined) addTo(floor.bodiesByUnit, body.unit, id);
  }
  for (const [id, body] of state.bodies) if (body.parent !== null) graph.addEdge(body.parent, id, {});
  for (const [id, relation] of state.relations)
    graph.addDirectedEdgeWithKey(id, relation.from, relation.to, { relation: relation.kind });
  for (const [id, post] of state.posts) {
    floor.posts.set(id, { body: post.body, role: post.role, holder: post.holder });
    graph.getNodeAttributes(post.body).posts.push(id);
    if (post.holder !== null) addTo(floor.postsByPerson, post.holder, id);
  }
  for (const [code, unit] of state.units) {
    floor.units.set(code, { level: unit.level, parent: unit.parent });
    if (unit.parent !== null) addTo(floor.unitChildren, unit.parent, code);
  }
  return floor;
}

function moveChildren(floor: Floor, from: string, to: string): void {
  const { graph } = floor;
  for (const edge of graph.outEdges(from)) {
    if (graph.getEdgeAttribute(edge, 'relation') !== undefined) continue;
    const child = graph.target(edge);
    graph.dropEdge(edge);
    graph.addEdge(to, child, {});
  }
}

function removePost(floor: Floor, id: string): void {
  const post = floor.posts.get(id) as FloorPost;
  floor.posts.delete(id);
  if (post.holder !== null) floor.postsByPerson.get(post.holder)?.delete(id);
}

/** Moves a body's posts: held heads become `heads`, vacant heads go, one post per person per body. */
function movePosts(floor: Floor, from: string, to: string, heads: PostRole | 'release'): void {
  const source = floor.graph.getNodeAttributes(from);
  const target = floor.graph.getNodeAttributes(to);
  for (const id of source.posts) {
    const post = floor.posts.get(id) as FloorPost;
    if (post.role === 'head' && (post.holder === null || heads === 'release')) {
      removePost(floor, id);
      continue;
    }
    const holder = post.holder;
    if (
      holder !== null &&
      [...(floor.postsByPerson.get(holder) ?? [])].some((p) => floor.posts.get(p)?.body === to)
    ) {
      removePost(floor, id);
      continue;
    }
    if (post.role === 'head') post.role = heads as PostRole;
    post.body = to;
    target.posts.push(id);
  }
  source.posts = [];
}

/** Ends a body: its posts go, its relations move to the successor (or go when they would loop or repeat). */
function endBody(floor: Floor, id: string, successor: string | null): void {
  const { graph } = floor;
  const attrs = graph.getNodeAttributes(id);
  for (const post of attrs.posts) removePost(floor, post);
  for (const edge of graph.edges(id)) {
    const kind = graph.getEdgeAttribute(edge, 'relation');
    if (kind === undefined) continue;
    const source = graph.source(edge);
    const target = graph.target(edge);
    const from = source === id ? successor : source;
    const to = target === id ? successor : target;
    graph.dropEdge(edge);
    if (from === null || to === null || from === to) continue;
    const other = graph.edge(from, to);
    if (other !== undefined && graph.getEdgeAttribute(other, 'relation') === kind) continue;
    graph.addDirectedEdgeWithKey(edge, from, to, { relation: kind });
  }
  if (attrs.unit !== undefined) floor.bodiesByUnit.get(attrs.unit)?.delete(id);
  graph.dropNode(id);
}

function setUnitParent(floor: Floor, code: string, parent: string | null): void {
  const unit = floor.units.get(code) as FloorUnit;
  if (unit.parent !== null) floor.unitChildren.get(unit.parent)?.delete(code);
  unit.parent = parent;
  if (parent !== null) addTo(floor.unitChildren, parent, code);
}

function removeUnit(floor: Floor, code: string): void {
  const unit = floor.units.get(code) as FloorUnit;
  if (unit.parent !== null) floor.unitChildren.get(unit.parent)?.delete(code);
  floor.units.delete(code);
}

function applyOne(floor: Floor, step: Step): void {
  const { graph } = floor;
  switch (step.op) {
    case 'reorganizeUnits': {
      for (const unit of step.establish ?? []) {
        floor.units.set(unit.code, { level: unit.level, parent: unit.parent });
        if (unit.parent !== null) addTo(floor.unitChildren, unit.parent, unit.code);
      }
      const targets = new Map<string, string[]>();
      for (const row of step.mapping) {
        const list = targets.get(row.from);
        if (list === undefined) targets.set(row.from, [row.to]);
        else if (!list.includes(row.to)) list.push(row.to);
      }
      const kept = new Set(step.mapping.map((row) => row.to));
      const assigned = new Map((step.assign ?? []).map((row) => [row.body, row.unit]));
      const ending = new Set([...targets.keys()].filter((code) => !kept.has(code)));
      for (const code of ending) {
        const to = targets.get(code) as string[];
        for (const body of [...(floor.bodiesByUnit.get(code) ?? [])]) {
          const unit = assigned.get(body) ?? (to[0] as string);
          graph.setNodeAttribute(body, 'unit', unit);
          floor.bodiesByUnit.get(code)?.delete(body);
          addTo(floor.bodiesByUnit, unit, body);
        }
        for (const child of [...(floor.unitChildren.get(code) ?? [])])
          if (!ending.has(child)) setUnitParent(floor, child, to[0] as string);
      }
      for (const code of ending) {
        for (const child of [...(floor.unitChildren.get(code) ?? [])]) setUnitParent(floor, child, null);
        removeUnit(floor, code);
      }
      return;
    }
    case 'absorb': {
      const target = graph.getNodeAttributes(step.target);
      const sources = [...new Set(step.sources)];
      const seen = new Set(target.functions);
      let years = target.quotaByYear === undefined ? undefined : { ...target.quotaByYear };
      for (const id of sources) {
        const source = graph.getNodeAttributes(id);
        target.quota += source.quota;
        target.actual += source.actual;
        for (const tag of source.functions) {
          if (!seen.has(tag)) {
            seen.add(tag);
            target.functions.push(tag);
          }
        }
        for (const [year, quota] of Object.entries(source.quotaByYear ?? {})) {
          years ??= {};
          years[year] = (years[year] ?? 0) + quota;
        }
      }
      target.quotaByYear = years;
      for (const id of sources) {
        moveChildren(floor, id, step.target);
        movePosts(floor, id, step.target, step.heads === 'release' ? 'release' : (step.heads ?? 'deputy'));
        endBody(floor, id, step.target);
      }
      return;
    }
    case 'dissolve': {
      const body = graph.getNodeAttributes(step.body);
      const staffTo = step.staffTo === 'release' ? null : step.staffTo;
      const functionsTo =
        step.functionsTo === undefined ? staffTo : step.functionsTo === 'drop' ? null : step.functionsTo;
      if (step.childrenTo !== undefined) moveChildren(floor, step.body, step.childrenTo);
      if (staffTo !== null) {
        const receiver = graph.getNodeAttributes(staffTo);
        receiver.quota += body.quota;
        receiver.actual += body.actual;
      }
      if (functionsTo !== null) {
        const receiver = graph.getNodeAttributes(functionsTo);
        for (const tag of body.functions) if (!receiver.functions.includes(tag)) receiver.functions.push(tag);
      }
      const successor = staffTo ?? functionsTo ?? step.childrenTo ?? null;
      endBody(floor, step.body, successor);
      return;
    }
    case 'establish': {
      const b = step.body;
      graph.addNode(b.id, {
        quota: b.quota,
        actual: b.actual,
        functions: [...b.functions],
        quotaByYear: b.quotaByYear === undefined ? undefined : { ...b.quotaByYear },
        unit: b.unit,
        posts: [],
      });
      if (b.parent !== null && b.parent !== undefined) graph.addEdge(b.parent, b.id, {});
      if (b.unit !== undefined) addTo(floor.bodiesByUnit, b.unit, b.id);
      return;
    }
    case 'abolishLevel': {
      for (const [code, unit] of [...floor.units]) {
        if (unit.level !== step.level) continue;
        for (const child of [...(floor.unitChildren.get(code) ?? [])])
          setUnitParent(floor, child, unit.parent);
        removeUnit(floor, code);
      }
      return;
    }
    default:
      throw new Error(`@tinhgon/bench/reform-floor: op "${step.op}" is not implemented by the floor`);
  }
}

/** Does the steps in order, in place. */
export function applyFloor(floor: Floor, steps: readonly Step[]): void {
  for (const step of steps) applyOne(floor, step);
}

/** What both sides must agree on: bodies, post placement, relations and units, in one comparable form. */
export interface Snapshot {
  readonly bodies: Map<string, string>;
  readonly posts: Map<string, string>;
  readonly relations: Map<string, string>;
  readonly units: Map<string, string>;
}

const years = (q: Readonly<Record<string, number>> | undefined) =>
  q === undefined
    ? ''
    : Object.keys(q)
        .sort()
        .map((y) => `${y}:${q[y]}`)
        .join(',');

/** The snapshot of a tinhgon state. */
export function stateSnapshot(state: OrgState): Snapshot {
  const bodies = new Map<string, string>();
  for (const [id, b] of state.bodies) {
    const fns = [...b.functions].sort().join(',');
    bodies.set(
      id,
      `parent=${b.parent} quota=${b.quota} actual=${b.actual} fns=${fns} years=${years(b.quotaByYear)} unit=${b.unit}`,
    );
  }
  const posts = new Map<string, string>();
  for (const [id, p] of state.posts) posts.set(id, `${p.body} ${p.role} ${p.holder}`);
  const relations = new Map<string, string>();
  for (const [id, r] of state.relations) relations.set(id, `${r.kind} ${r.from} → ${r.to}`);
  const units = new Map<string, string>();
  for (const [code, u] of state.units) units.set(code, `${u.level} in ${u.parent}`);
  return { bodies, posts, relations, units };
}

/** The snapshot of the floor. */
export function floorSnapshot(floor: Floor): Snapshot {
  const { graph } = floor;
  const bodies = new Map<string, string>();
  graph.forEachNode((id, b) => {
    let parent: string | null = null;
    graph.forEachInEdge(id, (_edge, attrs, source) => {
      if (attrs.relation === undefined) parent = source;
    });
    const fns = [...b.functions].sort().join(',');
    bodies.set(
      id,
      `parent=${parent} quota=${b.quota} actual=${b.actual} fns=${fns} years=${years(b.quotaByYear)} unit=${b.unit}`,
    );
  });
  const posts = new Map<string, string>();
  for (const [id, p] of floor.posts) posts.set(id, `${p.body} ${p.role} ${p.holder}`);
  const relations = new Map<string, string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.relation !== undefined) relations.set(edge, `${attrs.relation} ${source} → ${target}`);
  });
  const units = new Map<string, string>();
  for (const [code, u] of floor.units) units.set(code, `${u.level} in ${u.parent}`);
  return { bodies, posts, relations, units };
}

/** The differences between two snapshots (at most `max`), empty when they agree. */
export function snapshotDifferences(a: Snapshot, b: Snapshot, max = 10): string[] {
  const out: string[] = [];
  for (const part of ['bodies', 'posts', 'relations', 'units'] as const) {
    const x = a[part];
    const y = b[part];
    for (const [key, value] of x) {
      if (out.length >= max) return out;
      if (y.get(key) !== value) out.push(`${part} ${key}: ${value} ≠ ${y.get(key) ?? '(none)'}`);
    }
    for (const key of y.keys()) {
      if (out.length >= max) return out;
      if (!x.has(key)) out.push(`${part} ${key}: (none) ≠ ${y.get(key)}`);
    }
  }
  return out;
}
