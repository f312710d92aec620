import { describe, expect, it } from 'vitest';
import { runDakNong } from '../src/dak-nong-divisions.js';

// Seed 002 (Đắk Nông, Plan 300/KH-UBND), Sở Nội vụ. Figures by hand from the baseline in
// src/dak-nong-divisions.ts (province template of @tinhgon/vn, synthetic figures, with the edits named there):
// Sở Nội vụ 4 (2015: 5); Văn phòng Sở 8 (2015: 8); Phòng Tổ chức, biên chế 7 (2015: 8);
// Phòng Công chức, viên chức 4 (2015: 5); Ban Tôn giáo 6 (2015: 7), no divisions.
describe('Đắk Nông: divisions of Sở Nội vụ (seed 002 I, II.1.2–II.1.4)', () => {
  const lines: string[] = [];
  const result = runDakNong((line) => lines.push(line));
  const failing = (rule: string, a = result.draftAppraisal) =>
    a.findings.filter((f) => f.rule === rule && f.status === 'fail');

  it('sends the draft back: a division of 4 positions (R1) and 3 → 4 divisions with no merger (R2)', () => {
    expect(result.draft.ok).toBe(true);
    expect(result.draftAppraisal.approved).toBe(false);
    expect(result.draftAppraisal.blockingRules).toEqual([
      'vn.r1.min-division-staff',
      'vn.r2.fewer-divisions',
    ]);
    // R1: 4 < 5 (002 I: "khi có đủ 05 biên chế trở lên").
    expect(failing('vn.r1.min-division-staff').map((f) => [f.body?.id, f.values.quota])).toEqual([
      ['67.so-noi-vu.cong-chuc-vien-chuc', 4],
    ]);
    // R2: Văn phòng, Tổ chức - biên chế, Công chức - viên chức + the new Tôn giáo division: 3 → 4.
    expect(failing('vn.r2.fewer-divisions').map((f) => [f.values.before, f.values.after])).toEqual([[3, 4]]);
  });

  it('approves the corrected scheme: the merge fixes R1, and 3 → 3 divisions pass by the merger exception', () => {
    const a = result.fixedAppraisal;
    expect(a.approved).toBe(true);
    // 7 + 4 = 11 positions in the merged division.
    expect(result.fixed.final.bodies.get('67.so-noi-vu.to-chuc-bien-che')?.quota).toBe(11);
    const r2 = a.findings.find((f) => f.rule === 'vn.r2.fewer-divisions');
    // Before: Văn phòng, Tổ chức - biên chế, Công chức - viên chức (the board had none) = 3;
    // after: Văn phòng, Tổ chức - biên chế, Tôn giáo = 3. Not fewer, but the Sở gained religious-affairs.
    expect(r2).toMatchObject({ status: 'excepted', values: { before: 3, after: 3 } });
    expect(r2?.exception?.id).toBe('vn.r2.merger-adds-functions');
    expect(result.fixed.final.bodies.get('67.so-noi-vu')?.functions).toEqual([
      'home-affairs',
      'religious-affairs',
    ]);
  });

  it('checks the 10 % cut against 2015 on 2021-12-31: the office must fall from 8 to 7', () => {
    // Without the cut: Văn phòng Sở 8 vs 8 in 2015, a 0 % cut < 10 %.
    expect(result.withoutCutIn2021.blockingRules).toEqual(['vn.r3.staff-cut-2015']);
    expect(
      failing('vn.r3.staff-cut-2015', result.withoutCutIn2021).map((f) => [f.body?.id, f.values.cutPercent]),
    ).toEqual([['67.so-noi-vu.van-phong', 0]]);
    // With it: 8 − round(8 × 0.125) = 7, (8 − 7) / 8 = 12.5 % ≥ 10 %. The merged division: 2015 quota
    // 8 + 5 = 13 against 11 now, 15.4 %.
    expect(result.fixedIn2021.approved).toBe(true);
    const r3 = (id: string) =>
      result.fixedIn2021.findings.find((f) => f.rule === 'vn.r3.staff-cut-2015' && f.body?.id === id)?.values;
    expect(r3('67.so-noi-vu.van-phong')).toMatchObject({ quota2015: 8, quota: 7, cutPercent: 12.5 });
    expect(r3('67.so-noi-vu.to-chuc-bien-che')).toMatchObject({ quota2015: 13, quota: 11, cutPercent: 15.4 });
  });

  it('ends with three divisions and 28 positions in the Sở, one fewer than the 29 before', () => {
    // Before: 4 + 8 + 7 + 4 + 6 = 29. After: Sở 4 + 6 (board) − 6 (to the new division) = 4; 7 + 11 + 6 = 24.
    const total = (state: typeof result.fixed.final) =>
      [...state.bodies.values()]
        .filter((b) => b.id.startsWith('67.so-noi-vu'))
        .reduce((sum, b) => sum + b.quota, 0);
    expect([total(result.fixed.baseline), total(result.fixed.final)]).toEqual([29, 28]);
    expect(lines).toContain(
      'Divisions of Sở Nội vụ: Văn phòng Sở 7; Phòng Tổ chức, biên chế 11; Phòng Quản lý nhà nước về tôn giáo 6',
    );
  });
});
