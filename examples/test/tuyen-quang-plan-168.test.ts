import { describe, expect, it } from 'vitest';
import { runTuyenQuang } from '../src/tuyen-quang-plan-168.js';

// Seed 004 (Tuyên Quang, Plan 168-KH/TU), III.1 and III.4. Figures by hand from the templates of
// @tinhgon/vn (synthetic): province 87 bodies + 7 districts × 29 = 290. Offices: NA delegation 12 (11 in
// post), People's Council 22 (21), People's Committee 55 (54). District Front 6; Youth Union and Women's
// Union 4; Farmers, Veterans, Labour 3.
describe('Tuyên Quang: Plan 168-KH/TU (seed 004 III.1, III.4)', () => {
  const lines: string[] = [];
  const { run, appraisal } = runTuyenQuang((line) => lines.push(line));
  const body = (id: string) => run.final.bodies.get(id);

  it('runs 24 steps: 1 + 7 secretaries, 7 Front chairs, the common Front office (1 + 6 + 1), 3 offices → 1', () => {
    expect(run.ok).toBe(true);
    expect(run.log).toHaveLength(24);
    // 290 + 1 common Front office − 3 offices + 1 common office = 289.
    expect(lines).toContain('Steps: 24; bodies 290 → 289');
  });

  it('consolidates the three offices before 2020 into one that also serves the People’s Council', () => {
    // 12 + 22 + 55 = 89 positions; 11 + 21 + 54 = 86 in post.
    expect(body('08.vp-chung')).toMatchObject({ quota: 89, actual: 86, parent: '08.ubnd' });
    for (const gone of ['08.vp-doan-dbqh', '08.vp-hdnd', '08.vp-ubnd']) expect(body(gone)).toBeUndefined();
    const serves = [...run.final.relations.values()].filter((r) => r.kind === 'serves');
    expect(serves.map((r) => [r.from, r.to])).toEqual([['08.vp-chung', '08.hdnd']]);
    expect(run.log.at(-1)?.effective).toBe('2019-12-31');
  });

  it('makes each secretary chair of the People’s Council and each district Mass Mobilization head chair of the Front', () => {
    // 1 province + 7 districts secretaries, 7 Mass Mobilization heads: 15 concurrent posts.
    expect(lines).toContain('Concurrent posts: 15');
    expect(run.final.posts.get('head-08.hdnd')?.holder).toBe('p-08-bi-thu');
    const r6 = appraisal.findings.filter((f) => f.rule === 'vn.r6.concurrent-appointment');
    // Secretary–Council pairs differ in function, allowed by the exception vn.r6.secretary-chair (004 III.4):
    // 8 excepted; Mass Mobilization ~ Front share a family: 7 passes.
    expect(
      r6.filter((f) => f.status === 'excepted' && f.exception?.id === 'vn.r6.secretary-chair'),
    ).toHaveLength(8);
    expect(r6.filter((f) => f.status === 'pass')).toHaveLength(7);
    expect(r6.filter((f) => f.status === 'fail')).toHaveLength(0);
  });

  it('sets up the common advisory office of the Front and organisations in Tuyên Quang city, one position smaller', () => {
    // 2 from the Front + 1 from each of 5 organisations = 7, cut by 1 = 6.
    expect(body('070.co-quan-chung-mttq')).toMatchObject({ quota: 6, actual: 6, parent: '070.mttq' });
    // Front 6 − 2 = 4; Youth Union 4 − 1 = 3; Farmers 3 − 1 = 2. The other districts keep theirs.
    expect([body('070.mttq')?.quota, body('070.huyen-doan')?.quota, body('070.hoi-nong-dan')?.quota]).toEqual(
      [4, 3, 2],
    );
    expect(body('071.mttq')?.quota).toBe(6);
  });

  it('is approved on 2020-01-01, with advice only', () => {
    expect(appraisal.approved).toBe(true);
    expect(appraisal.blocking).toBe(0);
    expect(
      appraisal.findings.filter((f) => f.status === 'fail').every((f) => f.severity === 'advisory'),
    ).toBe(true);
  });
});
