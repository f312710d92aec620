/**
 * The body steps both benchmarks do on a {@link FloorGraph} (the transform benchmark's kinds and the
 * national reform's plan): absorb, dissolve and establish, each the same state change as tinhgon's
 * transformation of that name, made in place with the floor's primitives.
 */
import type { AbsorbParams, DissolveParams, EstablishParams } from '@tinhgon/core';
import { addFunctions, addSource, type FloorGraph, floorBodyOf } from './floor-graph.js';

/**
 * absorb: the target takes the sources' staff, year-by-year quotas and functions; each source's children
 * move to it, its posts move (a held head becomes `heads`, a deputy by default; a vacant head post, or a
 * post whose holder already holds one in the target, is removed), its relations are re-pointed to the
 * target, and its node goes.
 */
export function absorbOnFloor(floor: FloorGraph, params: AbsorbParams): void {
  const into = floor.body(params.target);
  const sources = [...new Set(params.sources)];
  for (const id of sources) addSource(into, floor.body(id));
  const heads = params.heads === 'release' ? 'release' : (params.heads ?? 'deputy');
  for (const id of sources) {
    floor.moveChildren(id, params.target);
    floor.movePosts(id, params.target, heads);
    floor.endBody(id, params.target);
  }
}

/**
 * dissolve: the children move to `childrenTo`; the staff go to `staffTo` and the functions join
 * `functionsTo` (by default with the staff; nothing is handed on for `'release'` and `'drop'`); the body's
 * posts are removed, its relations re-pointed to the first successor (or removed when there is none), and
 * its node goes.
 */
export function dissolveOnFloor(floor: FloorGraph, params: DissolveParams): void {
  const body = floor.body(params.body);
  const staffTo = params.staffTo === 'release' ? null : params.staffTo;
  const functionsTo =
    params.functionsTo === undefined ? staffTo : params.functionsTo === 'drop' ? null : params.functionsTo;
  if (params.childrenTo !== undefined) floor.moveChildren(params.body, params.childrenTo);
  if (staffTo !== null) {
    const into = floor.body(staffTo);
    into.quota += body.quota;
    into.actual += body.actual;
  }
  if (functionsTo !== null) addFunctions(floor.body(functionsTo).functions, body.functions);
  floor.endBody(params.body, staffTo ?? functionsTo ?? params.childrenTo ?? null);
}

/** establish: a new node with the body's fields, an edge from its parent, the unit index updated. */
export function establishOnFloor(floor: FloorGraph, params: EstablishParams): void {
  floor.addBody(params.body.id, floorBodyOf(params.body), params.body.parent ?? null);
}
