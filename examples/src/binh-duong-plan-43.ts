/**
 * Bình Dương, Plan 43-KH/TU of 12 February 2018 (seed 003 B.II.1, "Đối với các cơ quan khối Đảng Tỉnh"):
 * the office divisions of the party-building committees dissolved into the Party Office (in operation
 * from 01/2019), the Bình Dương newspaper merged into the radio-TV station (in 2018), four concurrent
 * appointments of party committee heads to state and Front bodies (from 9/2018, 3/2019 and 2020), and the
 * officials' health-care board handing its doctors to the general hospital (by 2020).
 *
 * Baseline: the real province (code 74) with the pre-2025 province template of `@tinhgon/vn` (synthetic
 * figures); each of the four party-building committees gets an office division of 4 positions and a
 * professional division of 6, and the four committee heads are named.
 */

import { pathToFileURL } from 'node:url';
import { type OrgState, runScenario, type ScenarioRun, scenario, stateAt } from '@tinhgon/core';
import { appraiseScheme, type SchemeAppraisal } from '@tinhgon/vn';
import { provinceBaseline } from './vn-baseline.js';

/** Where lines go. */
export type Writer = (line: string) => void;

const PLAN = { document: 'Kế hoạch 43-KH/TU', issuer: 'Tỉnh ủy Bình Dương', date: '2018-02-12' };
const BASIS = { ...PLAN, article: 'Mục B.II.1' };
const ITEM = '003 B.II.1';
const id = (key: string) => `74.${key}`;

/** The four party-building committees, their heads, and the state or Front body each head also leads. */
export const COMMITTEES = [
  {
    key: 'ban-to-chuc',
    person: 'p-to-chuc',
    name: 'Trưởng Ban Tổ chức',
    pair: 'so-noi-vu',
    from: '2018-09-01',
  },
  { key: 'ban-dan-van', person: 'p-dan-van', name: 'Trưởng Ban Dân vận', pair: 'mttq', from: '2019-03-01' },
  {
    key: 'ubkt',
    person: 'p-kiem-tra',
    name: 'Chủ nhiệm Ủy ban Kiểm tra',
    pair: 'thanh-tra-tinh',
    from: '2020-01-01',
  },
  {
    key: 'ban-tuyen-giao',
    person: 'p-tuyen-giao',
    name: 'Trưởng Ban Tuyên giáo',
    pair: 'so-thong-tin',
    from: '2020-01-01',
  },
] as const;

const division = (parent: string, key: string, name: string, functions: string[], quota: number) => ({
  id: id(`${parent}.${key}`),
  name,
  kind: 'division',
  sector: 'party',
  level: 'province' as const,
  unit: '74',
  parent: id(parent),
  functions,
  quota,
  actual: quota,
});

/** The province level of Bình Dương as it stood in February 2018. */
export function binhDuongBaseline(): OrgState {
  return provinceBaseline('74', ['province'], {
    add: COMMITTEES.flatMap((c) => [
      division(c.key, 'van-phong', 'Phòng Văn phòng', ['office'], 4),
      division(c.key, 'nghiep-vu', 'Phòng Nghiệp vụ', ['party-leadership'], 6),
    ]),
    persons: COMMITTEES.map((c) => ({ id: c.person, name: `${c.name} Tỉnh ủy Bình Dương` })),
    posts: COMMITTEES.map((c) => ({
      id: `truong-${c.key}`,
      body: id(c.key),
      role: 'head' as const,
      holder: c.person,
      validFrom: '2015-10-01',
    })),
  });
}

/** The plan's provincial party-sector items as a scenario, in date order. */
export const binhDuongScheme = COMMITTEES.reduce(
  (builder, c) =>
    builder.appointConcurrent({
      effective: c.from,
      basis: BASIS,
      planItem: ITEM,
      person: c.person,
      body: id(c.pair),
      post: `head-${c.pair}`,
      timeShare: 0.5,
    }),
  scenario('Kế hoạch 43-KH/TU — khối Đảng tỉnh Bình Dương'),
)
  .absorb({
    effective: '2018-12-31',
    basis: BASIS,
    planItem: ITEM,
    target: id('dai-phat-thanh-truyen-hinh'),
    sources: [id('bao')],
  })
  .absorb({
    effective: '2019-01-01',
    basis: BASIS,
    planItem: ITEM,
    target: id('van-phong-tinh-uy'),
    sources: COMMITTEES.map((c) => id(`${c.key}.van-phong`)),
  })
  .transfer({
    effective: '2020-12-31',
    basis: BASIS,
    planItem: ITEM,
    from: id('ban-bvcssk'),
    to: id('benh-vien-da-khoa'),
    quota: 6,
    actual: 6,
  });

/** What the example returns. */
export interface BinhDuongResult {
  readonly run: ScenarioRun;
  readonly appraisal: SchemeAppraisal;
  /** Concurrent posts held at a date: `person → body`. */
  readonly concurrentAt: (date: string) => string[];
}

/** Runs the plan, appraises it, and writes who leads what on dates between the steps. */
export function runBinhDuong(write: Writer): BinhDuongResult {
  // The builder sorts nothing: the steps run in the order written, so order them by date here.
  const input = binhDuongScheme.build();
  const steps = [...input.steps].sort((a, b) =>
    a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0,
  );
  const run = runScenario(binhDuongBaseline(), { ...input, steps });
  const appraisal = appraiseScheme(run, { date: '2020-12-31', explain: true });
  const concurrentAt = (date: string): string[] => {
    const state = stateAt(run, date);
    return COMMITTEES.filter((c) => state.posts.get(`head-${c.pair}`)?.holder === c.person).map(
      (c) => `${c.person} → ${id(c.pair)}`,
    );
  };
  write(`# ${run.name} (seed 003 B.II.1)`);
  for (const change of run.log) {
    const what = [
      ...change.ended.map((e) => `${e.id} ended`),
      ...change.posts.map((p) => `${p.post} ${p.change}`),
      ...change.updated,
    ].join(', ');
    write(`${change.effective} ${change.op}: ${what}`);
  }
  for (const date of ['2018-10-01', '2019-01-15', '2019-06-01', '2020-06-01']) {
    const state = stateAt(run, date);
    write(
      `${date}: ${state.bodies.size} bodies; concurrent: ${concurrentAt(date).join(', ') || 'none'}; newspaper ${state.bodies.has(id('bao')) ? 'separate' : 'merged'}`,
    );
  }
  write(
    `Appraisal on 2020-12-31: ${appraisal.approved ? 'approved' : 'not approved'}, ${appraisal.blocking} blocking`,
  );
  return { run, appraisal, concurrentAt };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBinhDuong((line) => process.stdout.write(`${line}\n`));
}
