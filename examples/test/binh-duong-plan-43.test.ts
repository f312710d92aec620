import { stateAt } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { runBinhDuong } from '../src/binh-duong-plan-43.js';

// Seed 003 B.II.1 (Bình Dương, Plan 43-KH/TU). Figures by hand from the province template of @tinhgon/vn
// (synthetic) plus the baseline edits in src/binh-duong-plan-43.ts: 87 template bodies + 4 committees ×
// 2 divisions = 95 bodies. Văn phòng Tỉnh ủy 45 (actual 44); Báo Bình Dương 55 (54); Đài PT-TH 60 (59);
// Ban BVCSSK 8 (7); Bệnh viện Đa khoa 400 (399); each committee's office division 4.
describe('Bình Dương: the provincial party bodies under Plan 43-KH/TU (seed 003 B.II.1)', () => {
  const lines: string[] = [];
  const { run, appraisal, concurrentAt } = runBinhDuong((line) => lines.push(line));
  const body = (id: string) => run.final.bodies.get(id);

  it('runs every item in date order: 9/2018, end of 2018, 01/2019, 3/2019, 2020', () => {
    expect(run.ok).toBe(true);
    expect(run.log.map((c) => `${c.effective} ${c.op}`)).toEqual([
      '2018-09-01 appointConcurrent',
      '2018-12-31 absorb',
      '2019-01-01 absorb',
      '2019-03-01 appointConcurrent',
      '2020-01-01 appointConcurrent',
      '2020-01-01 appointConcurrent',
      '2020-12-31 transfer',
    ]);
  });

  it('adds the concurrent appointments on their start dates (stateAt between the steps)', () => {
    expect(concurrentAt('2018-08-31')).toEqual([]);
    expect(concurrentAt('2018-10-01')).toEqual(['p-to-chuc → 74.so-noi-vu']);
    expect(concurrentAt('2019-06-01')).toEqual(['p-to-chuc → 74.so-noi-vu', 'p-dan-van → 74.mttq']);
    expect(concurrentAt('2020-06-01')).toHaveLength(4);
    // Each pair is of the same level with similar functions (R6): four passes.
    const r6 = appraisal.findings.filter((f) => f.rule === 'vn.r6.concurrent-appointment');
    expect(r6.map((f) => f.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('merges the newspaper into the radio-TV station and the four office divisions into the Party Office', () => {
    // 2018-10-01: 95 bodies; 2019-01-15: 95 − 1 newspaper − 4 office divisions = 90.
    expect(lines).toContain('2019-01-15: 90 bodies; concurrent: p-to-chuc → 74.so-noi-vu; newspaper merged');
    // Radio-TV: 60 + 55 = 115 positions, 59 + 54 = 113 in post, with the press function.
    expect(body('74.dai-phat-thanh-truyen-hinh')).toMatchObject({
      quota: 115,
      actual: 113,
      functions: ['broadcasting', 'press'],
    });
    // Party Office: 45 + 4 × 4 = 61.
    expect(body('74.van-phong-tinh-uy')?.quota).toBe(61);
    // Each party-building committee: 2 divisions → 1 (R2 passes; "giảm 1 - 2 phòng").
    const r2 = appraisal.findings.filter((f) => f.rule === 'vn.r2.fewer-divisions');
    expect(r2.map((f) => [f.body?.id, f.values.before, f.values.after, f.status])).toEqual([
      ['74.ban-dan-van', 2, 1, 'pass'],
      ['74.ban-to-chuc', 2, 1, 'pass'],
      ['74.ban-tuyen-giao', 2, 1, 'pass'],
      ['74.ubkt', 2, 1, 'pass'],
    ]);
  });

  it('hands 6 of the health-care board’s positions to the general hospital in 2020', () => {
    expect(stateAt(run, '2020-06-01').bodies.get('74.ban-bvcssk')?.quota).toBe(8);
    // Board 8 − 6 = 2 (actual 7 − 6 = 1); hospital 400 + 6 = 406 (399 + 6 = 405).
    expect(body('74.ban-bvcssk')).toMatchObject({ quota: 2, actual: 1 });
    expect(body('74.benh-vien-da-khoa')).toMatchObject({ quota: 406, actual: 405 });
  });

  it('is approved, with the advice that office staff did not fall (275 → 275: the offices moved, uncut)', () => {
    expect(appraisal.approved).toBe(true);
    const r9 = appraisal.findings.find((f) => f.rule === 'vn.r9.fewer-office-staff' && f.status === 'fail');
    expect(r9?.severity).toBe('advisory');
    expect(r9?.message.en).toContain('275 → 275');
  });
});
