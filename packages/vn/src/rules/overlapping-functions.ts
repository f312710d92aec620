import type {
  Bilingual,
  Body,
  BodyId,
  OrgState,
  RuleException,
  StateContext,
  StateRule,
  Verdict,
} from '@tinhgon/core';
import { bodiesWithConcurrentHead } from '../internal/concurrent-heads.js';
import { type FocalGroup, focalBodies, sharedGroups } from '../internal/focal-groups.js';
import { listOf, show } from '../internal/format.js';
import { type Cluster, clustersOf } from '../internal/function-clusters.js';
import { groupLabels, levelLabel } from '../internal/labels.js';
import { perEvaluation } from '../internal/per-evaluation.js';
import { headOf } from '../internal/structure.js';
import { PLAN_000, PLAN_168_KH_TU, RESOLUTION_18 } from '../sources/documents.js';
import { seed } from '../sources/seeds.js';

type Where = { readonly unit: string | null; readonly unitName: string | null };

const whereOf = (state: OrgState, unit: string): Where => ({
  unit: unit === '' ? null : unit,
  unitName: unit === '' ? null : (state.units.get(unit)?.name ?? unit),
});

const pass = (body: Body, where: Where): Verdict => ({
  ok: true,
  body: body.id,
  values: { bodyName: body.name, members: [], memberNames: [], shared: [], level: body.level, ...where },
});

function fail(cluster: Cluster, where: Where): Verdict {
  const members = cluster.members;
  const head = members[0] as Body;
  const others: string[] = new Array(members.length - 1);
  const names: string[] = new Array(members.length - 1);
  for (let k = 1; k < members.length; k += 1) {
    others[k - 1] = (members[k] as Body).id;
    names[k - 1] = (members[k] as Body).name;
  }
  return {
    ok: false,
    body: head.id,
    subject: cluster.shared[0] as string,
    values: {
      bodyName: head.name,
      members: others,
      memberNames: names,
      shared: cluster.shared,
      level: head.level,
      unit: where.unit,
      unitName: where.unitName,
    },
  };
}

/**
 * The clusters of the state, by admin unit (`''`, central bodies with no unit, first) and level; with
 * `explain`, each unit and level's clusters are followed by a pass for each of its focal bodies with
 * functions that no cluster covers.
 */
function verdicts(ctx: StateContext): Iterable<Verdict> {
  const shared = sharedGroups(ctx);
  return ctx.explain ? explained(ctx, shared) : fails(ctx.state, shared);
}

/**
 * The fails alone, in a list. The rule context is not read here: it is made afresh for each evaluation,
 * and code that reads it per cluster would be thrown away and optimized again on every evaluation.
 */
function fails(state: OrgState, shared: readonly FocalGroup[]): Verdict[] {
  const out: Verdict[] = [];
  for (const focal of shared) {
    const clusters = clustersOf(state, focal);
    if (clusters.length === 0) continue;
    const where = whereOf(state, focal.unit);
    for (const cluster of clusters) out.push(fail(cluster, where));
  }
  return out;
}

/** The fails and, after those of each unit and level, the passes. */
function* explained(ctx: StateContext, shared: readonly FocalGroup[]): Iterable<Verdict> {
  const byKey = new Map(shared.map((focal) => [`${focal.unit}\u0000${focal.level}`, focal]));
  const all = focalBodies(ctx);
  // The default sort orders strings by UTF-16 code units, as byCodeUnits does; `\0` sorts before any
  // character of a unit code, so the keys sort by unit, then level.
  for (const key of [...all.keys()].sort()) {
    const bodies = all.get(key) as Body[];
    const where = whereOf(ctx.state, key.slice(0, key.lastIndexOf('\u0000')));
    const focal = byKey.get(key);
    const clusters = focal === undefined ? [] : clustersOf(ctx.state, focal);
    const covered = new Set<Body>();
    for (const cluster of clusters) {
      yield fail(cluster, where);
      for (const body of cluster.members) covered.add(body);
      for (const body of cluster.covered) covered.add(body);
    }
    for (const body of bodies) if (!covered.has(body)) yield pass(body, where);
  }
}

const HEADS = Symbol('heads');

/**
 * The holder of each body's head post, looked up once per body and evaluation, and only for bodies one
 * of whose heads heads another body too (no other pair can share a head).
 */
class HeadsOfBodies {
  readonly #state: OrgState;
  readonly #candidates: ReadonlySet<BodyId>;
  readonly #heads = new Map<BodyId, string | undefined>();

  constructor(ctx: StateContext) {
    this.#state = ctx.state;
    this.#candidates = bodiesWithConcurrentHead(ctx);
  }

  of(body: BodyId): string | undefined {
    if (!this.#candidates.has(body)) return undefined;
    if (this.#heads.has(body)) return this.#heads.get(body);
    const head = headOf(this.#state, body);
    this.#heads.set(body, head);
    return head;
  }
}

const headsOfBodies = (ctx: StateContext): HeadsOfBodies => new HeadsOfBodies(ctx);

/**
 * Bodies under one head (a pilot concurrent appointment) are led as one: a cluster whose bodies all have
 * the same head counts as one body, and overlaps with nothing.
 */
const sharedHead: RuleException<StateContext> = {
  id: 'vn.r7.shared-head',
  title: { vi: 'Cùng một người đứng đầu (kiêm nhiệm)', en: 'One head for both (concurrent appointment)' },
  basis: { ...PLAN_000, article: 'Mục II.1.1–1.2', seed: seed('000', 'II.1.1–1.2') },
  applies: (verdict, ctx): Bilingual | undefined => {
    const members = listOf(verdict, 'members');
    if (verdict.body === undefined || members.length === 0) return undefined;
    const heads = perEvaluation(ctx, HEADS, headsOfBodies);
    const head = heads.of(verdict.body);
    if (head === undefined) return undefined;
    for (const member of members) if (heads.of(member) !== head) return undefined;
    const name = ctx.state.persons.get(head)?.name ?? head;
    return members.length === 1
      ? { vi: `${name} đứng đầu cả hai cơ quan`, en: `${name} heads both bodies` }
      : {
          vi: `${name} đứng đầu cả ${members.length + 1} cơ quan`,
          en: `${name} heads all ${members.length + 1} bodies`,
        };
  },
};

/** `Ban Dân vận, Mặt trận Tổ quốc, Hội Nông dân`: the bodies of a cluster, first its own. */
const namesOf = (v: Verdict): string => {
  let text = show(v, 'bodyName');
  for (const name of listOf(v, 'memberNames')) text += `, ${name}`;
  return text;
};

/**
 * R7: avoid overlapping functions and duplicated responsibilities (tránh chồng chéo, trùng lặp chức năng,
 * nhiệm vụ; seed 000 I.2, 004 II.1, and 004 III.6 on party inspection against state inspection). One
 * finding per cluster: the focal bodies of one admin unit and level whose functions share a family of the
 * catalogue or a tag (the group), a body nested under another of them being represented by it (a body and
 * the bodies inside it do not overlap). A cluster of two bodies or more is one fail on its first body (id
 * order), with the others (`members`, `memberNames`) and the groups (`shared`; `subject` is the first);
 * function groups that cluster the same bodies make one finding. Units inside a body (divisions,
 * sub-departments) are left to R1 and R2. Bodies under one head count as one: a cluster whose bodies all
 * have the same head is excepted (`vn.r7.shared-head`). With `explain`, every other focal body with
 * functions passes.
 *
 * Advisory, confidence medium: the seeds ask that overlap be avoided but name no test, and overlap beyond
 * the pairs they list is inferred from our catalogue; appraisal reports it without rejecting a scheme.
 */
export const overlappingFunctions: StateRule = {
  type: 'state',
  id: 'vn.r7.overlapping-functions',
  title: {
    vi: 'Tránh chồng chéo chức năng, nhiệm vụ giữa các cơ quan',
    en: 'No overlapping functions between bodies',
  },
  basis: [
    { ...PLAN_000, article: 'Mục I.2', seed: seed('000', 'I.2') },
    { ...PLAN_168_KH_TU, article: 'Mục B.II.1, B.III.6', seed: seed('004', 'II.1, III.6') },
    RESOLUTION_18,
  ],
  inForce: { from: '2017-10-25' },
  severity: 'advisory',
  confidence: 'medium',
  checkState: verdicts,
  exceptions: [sharedHead],
  messages: {
    vi: (v) => {
      if (v.ok) return 'Không trùng chức năng với cơ quan cùng cấp, cùng địa bàn';
      const where = v.values.unitName === null ? '' : `, địa bàn ${show(v, 'unitName')}`;
      return `${listOf(v, 'members').length + 1} cơ quan cùng cấp ${levelLabel(show(v, 'level'), 'vi')}${where} chồng chéo chức năng (${groupLabels(listOf(v, 'shared'), 'vi')}): ${namesOf(v)}`;
    },
    en: (v) => {
      if (v.ok) return 'No function shared with a body of the same level and admin unit';
      const where = v.values.unitName === null ? '' : ` in ${show(v, 'unitName')}`;
      return `${listOf(v, 'members').length + 1} bodies at ${levelLabel(show(v, 'level'), 'en')} level${where} have overlapping functions (${groupLabels(listOf(v, 'shared'), 'en')}): ${namesOf(v)}`;
    },
  },
};
