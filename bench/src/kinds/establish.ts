/**
 * establish (thành lập): a new division under an existing body, at its level and in its unit, with its
 * first function. Floor (`establishOnFloor`): a new node with its attributes, an edge from the parent, the
 * unit index updated.
 */
import { type EstablishParams, establish } from '@tinhgon/core';
import { establishOnFloor } from '../floor/body-steps.js';
import { shuffledBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

export const establishBench: KindBench<EstablishParams> = {
  op: 'establish',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((parent) => ({
        effective: EFFECTIVE,
        body: {
          id: `${parent.id}~moi`,
          name: `Phòng mới thuộc ${parent.name}`,
          kind: 'division',
          sector: parent.sector,
          level: parent.level,
          ...(parent.unit === undefined ? {} : { unit: parent.unit }),
          parent: parent.id,
          functions: parent.functions.slice(0, 1),
          quota: 5,
          actual: 4,
        },
      })),
  step: establish,
  floor: establishOnFloor,
};
