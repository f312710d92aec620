/**
 * dissolve (giải thể): a body ended, its children and staff handed to its parent (one step in four
 * releases the staff and drops the functions instead). Floor: the children move; the parent takes the
 * staff and joins the functions (or nothing is handed on); the body's posts are removed, its relations
 * re-pointed to the first successor (or removed when there is none), and the node goes.
 */
import { type DissolveParams, dissolve } from '@tinhgon/core';
import { addFunctions, type FloorGraph } from '../floor/floor-graph.js';
import { childrenOf, unrelatedBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

function dissolveOnFloor(floor: FloorGraph, params: DissolveParams): void {
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

export const dissolveBench: KindBench<DissolveParams> = {
  op: 'dissolve',
  pick: (state, count) =>
    unrelatedBodies(state, count, (body) => body.parent !== null).map((body, i) => {
      const parent = body.parent as string;
      const children = childrenOf(state, body.id).length > 0 ? { childrenTo: parent } : {};
      return i % 4 === 3
        ? { effective: EFFECTIVE, body: body.id, ...children, staffTo: 'release', functionsTo: 'drop' }
        : { effective: EFFECTIVE, body: body.id, ...children, staffTo: parent };
    }),
  step: dissolve,
  floor: dissolveOnFloor,
};
