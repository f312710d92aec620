/**
 * The staff steps, each one field write or two on the floor: setQuota (quota down by a tenth, actual held
 * within it), cutStaff (10 % of both quota and actual, rounded) and setDeputies (one deputy post more, or
 * one fewer: new posts vacant with the next free `<body>#deputy-<n>` id; vacant posts go first, then held
 * ones, last id first).
 */
import {
  type CutStaffParams,
  cutStaff,
  type SetDeputiesParams,
  type SetQuotaParams,
  setDeputies,
  setQuota,
} from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';
import { postsOf, shuffledBodies } from './candidates.js';
import { EFFECTIVE, type KindBench } from './kind-bench.js';

export const setQuotaBench: KindBench<SetQuotaParams> = {
  op: 'setQuota',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((body) => {
        const quota = Math.round(body.quota * 0.9);
        return { effective: EFFECTIVE, body: body.id, quota, actual: Math.min(body.actual, quota) };
      }),
  step: setQuota,
  floor: (floor: FloorGraph, params) => {
    const body = floor.body(params.body);
    body.quota = params.quota;
    if (params.actual !== undefined) body.actual = params.actual;
  },
};

export const cutStaffBench: KindBench<CutStaffParams> = {
  op: 'cutStaff',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((body) => ({ effective: EFFECTIVE, body: body.id, percent: 10 })),
  step: cutStaff,
  floor: (floor: FloorGraph, params) => {
    const body = floor.body(params.body);
    const byPercent = (n: number) => Math.round((n * (params.percent ?? 0)) / 100);
    const cut =
      params.percent !== undefined
        ? { quota: byPercent(body.quota), actual: byPercent(body.actual) }
        : { quota: params.quota ?? 0, actual: params.actual ?? 0 };
    body.quota -= cut.quota;
    body.actual -= cut.actual;
  },
};

function setDeputiesOnFloor(floor: FloorGraph, params: SetDeputiesParams): void {
  const deputies = floor.postsOf(params.body).filter((post) => post.role === 'deputy');
  if (deputies.length > params.count) {
    const order = [
      ...deputies.filter((d) => d.holder === null).reverse(),
      ...deputies.filter((d) => d.holder !== null).reverse(),
    ];
    for (const post of order.slice(0, deputies.length - params.count)) floor.removePost(post.id);
  }
  let n = 0;
  for (let have = deputies.length; have < params.count; have += 1) {
    let id: string;
    do {
      n += 1;
      id = `${params.body}#deputy-${n}`;
    } while (floor.posts.has(id));
    floor.putPost({ id, body: params.body, role: 'deputy', holder: null, timeShare: undefined });
  }
}

export const setDeputiesBench: KindBench<SetDeputiesParams> = {
  op: 'setDeputies',
  pick: (state, count) =>
    shuffledBodies(state)
      .slice(0, count)
      .map((body, i) => {
        const deputies = postsOf(state, body.id).filter((post) => post.role === 'deputy').length;
        return {
          effective: EFFECTIVE,
          body: body.id,
          count: i % 2 === 0 ? deputies + 1 : Math.max(0, deputies - 1),
        };
      }),
  step: setDeputies,
  floor: setDeputiesOnFloor,
};
