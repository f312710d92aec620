/**
 * Tuyên Quang, Plan 168-KH/TU of 18 February 2018 (seed 004): the offices of the NA delegation, the
 * People's Council and the People's Committee consolidated into one common office before 2020 (III.1);
 * the party secretary also chair of the People's Council, at the province and in every district, and the
 * district Mass Mobilization head also chair of the Fatherland Front (III.4); and, in Tuyên Quang city,
 * the pilot of a common advisory office for the Front and the socio-political organisations (III.4),
 * one position smaller than the staff it takes over (fewer people in office work, II.2).
 *
 * Baseline: the real province (code 08) and its 7 districts with the pre-2025 templates of `@tinhgon/vn`
 * (synthetic figures); each party secretary and district Mass Mobilization head is named.
 */

import { pathToFileURL } from 'node:url';
import { type OrgState, runScenario, type ScenarioRun, type Step, scenario } from '@tinhgon/core';
import { appraiseScheme, type SchemeAppraisal } from '@tinhgon/vn';
import { provinceBaseline } from './vn-baseline.js';

/** Where lines go. */
export type Writer = (line: string) => void;

const PLAN = { document: 'Kế hoạch 168-KH/TU', issuer: 'Tỉnh ủy Tuyên Quang', date: '2018-02-18' };
/** The 7 districts of Tuyên Quang before 2025 (districts-2024.csv). */
export const DISTRICTS = ['070', '071', '072', '073', '074', '075', '076'] as const;
/** The district of the common Front office pilot: Thành phố Tuyên Quang. */
export const PILOT = '070';
const MASS = ['huyen-doan', 'hoi-phu-nu', 'hoi-nong-dan', 'hoi-cuu-chien-binh', 'lien-doan-lao-dong'];

/** The province and districts of Tuyên Quang in February 2018, with the secretaries and heads named. */
export function tuyenQuangBaseline(): OrgState {
  const heads = [
    { person: 'p-08-bi-thu', body: '08.tinh-uy', name: 'Bí thư Tỉnh ủy Tuyên Quang' },
    ...DISTRICTS.flatMap((d) => [
      { person: `p-${d}-bi-thu`, body: `${d}.huyen-uy`, name: `Bí thư cấp ủy huyện ${d}` },
      { person: `p-${d}-dan-van`, body: `${d}.ban-dan-van`, name: `Trưởng Ban Dân vận huyện ${d}` },
    ]),
  ];
  return provinceBaseline('08', ['province', 'district'], {
    persons: heads.map((h) => ({ id: h.person, name: h.name })),
    posts: heads.map((h) => ({
      id: `head-${h.body}`,
      body: h.body,
      role: 'head' as const,
      holder: h.person,
    })),
  });
}

const concurrent = (effective: string, person: string, body: string): Step => ({
  op: 'appointConcurrent',
  effective,
  basis: { ...PLAN, article: 'Mục III.4' },
  planItem: '004 III.4',
  person,
  body,
  post: `head-${body}`,
  timeShare: 0.3,
});

const FRONT_OFFICE = `${PILOT}.co-quan-chung-mttq`;
const III4 = { basis: { ...PLAN, article: 'Mục III.4' }, planItem: '004 III.4' };

/** The plan's steps, in date order. */
const STEPS: readonly Step[] = [
  // Secretary also chair of the People's Council "các cấp", from 2019 (III.4).
  concurrent('2019-01-01', 'p-08-bi-thu', '08.hdnd'),
  ...DISTRICTS.map((d) => concurrent('2019-01-01', `p-${d}-bi-thu`, `${d}.hdnd`)),
  // District Mass Mobilization head also chair of the Fatherland Front (III.4).
  ...DISTRICTS.map((d) => concurrent('2019-07-01', `p-${d}-dan-van`, `${d}.mttq`)),
  // Common advisory office of the Front and the organisations in Tuyên Quang city (III.4): 2 positions
  // from the Front, 1 from each of the 5 organisations, then one fewer (II.2).
  {
    op: 'establish',
    effective: '2019-10-01',
    ...III4,
    body: {
      id: FRONT_OFFICE,
      name: 'Cơ quan tham mưu, giúp việc chung khối Mặt trận Tổ quốc và các đoàn thể thành phố Tuyên Quang',
      kind: 'fatherland-front',
      sector: 'front',
      level: 'district',
      unit: PILOT,
      parent: `${PILOT}.mttq`,
      functions: ['office', 'front-work'],
      quota: 0,
      actual: 0,
    },
  },
  ...[`${PILOT}.mttq`, ...MASS.map((m) => `${PILOT}.${m}`)].map(
    (from): Step => ({
      op: 'transfer',
      effective: '2019-10-01',
      ...III4,
      from,
      to: FRONT_OFFICE,
      quota: from.endsWith('.mttq') ? 2 : 1,
      actual: from.endsWith('.mttq') ? 2 : 1,
    }),
  ),
  {
    op: 'cutStaff',
    effective: '2019-10-01',
    basis: { ...PLAN, article: 'Mục II.2' },
    planItem: '004 II.2',
    body: FRONT_OFFICE,
    quota: 1,
    actual: 1,
  },
  // The three offices into one common office before 2020 (III.1).
  {
    op: 'consolidate',
    effective: '2019-12-31',
    basis: { ...PLAN, article: 'Mục III.1' },
    planItem: '004 III.1',
    sources: ['08.vp-doan-dbqh', '08.vp-hdnd', '08.vp-ubnd'],
    into: {
      id: '08.vp-chung',
      name: 'Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Tuyên Quang',
      kind: 'council-committee-office',
      sector: 'state',
      level: 'province',
      unit: '08',
      parent: '08.ubnd',
    },
    alsoServes: '08.hdnd',
  },
];

/** The plan as a scenario. */
export const tuyenQuangScheme = STEPS.reduce(
  (builder, step) => builder.step(step),
  scenario('Kế hoạch 168-KH/TU — Tuyên Quang'),
);

/** What the example returns. */
export interface TuyenQuangResult {
  readonly run: ScenarioRun;
  readonly appraisal: SchemeAppraisal;
}

/** Runs the plan, appraises it on 2020-01-01, and writes the figures. */
export function runTuyenQuang(write: Writer): TuyenQuangResult {
  const run = runScenario(tuyenQuangBaseline(), tuyenQuangScheme.build());
  const appraisal = appraiseScheme(run, { date: '2020-01-01', explain: true });
  write(`# ${run.name} (seed 004 III.1, III.4)`);
  write(`Steps: ${run.log.length}; bodies ${run.baseline.bodies.size} → ${run.final.bodies.size}`);
  const office = run.final.bodies.get('08.vp-chung');
  write(`${office?.name}: ${office?.quota} positions (${office?.actual} in post)`);
  const front = run.final.bodies.get(FRONT_OFFICE);
  write(`${front?.name}: ${front?.quota} positions`);
  const concurrentPosts = [...run.final.posts.values()].filter((p) => p.timeShare === 0.3).length;
  write(`Concurrent posts: ${concurrentPosts}`);
  write(
    `Appraisal on 2020-01-01: ${appraisal.approved ? 'approved' : 'not approved'}, ${appraisal.blocking} blocking, ${appraisal.advisory} advisory`,
  );
  return { run, appraisal };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runTuyenQuang((line) => process.stdout.write(`${line}\n`));
}
