/**
 * dissolve (giải thể): a body ended, its children and staff handed to its parent (one step in four releases
 * the staff and drops the functions instead). Floor (`dissolveOnFloor`): the children move; the parent
 * takes the staff and joins the functions (or nothing is handed on); the body's posts are removed, its
 * relations re-pointed to the first successor (or removed when there is none), and the node goes.
 */
import { type DissolveParams, dissolve } from '@tinhgon/core';
import { dissolveOnFloor } from '../floor/body-steps.js';
import { childrenOf, unrelatedBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

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
