import {
  combineRuleSets,
  InvalidArgumentError,
  parseState,
  runScenario,
  type StateRule,
  scenario,
} from '@tinhgon/core';
import { APPRAISAL_RULE, appraiseScheme, type PlanTaskInput, vnRuleSet } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../support/fixtures.js';

const fixtures = new Map(loadFixtures('rules'));
/** The Đắk Nông state of the R2 fixtures: Sở Tài chính with four divisions, Sở Tư pháp with two. */
const dakNong = () => parseState((fixtures.get('r2-fewer-divisions.json') as { state: unknown }).state);

const newSmallDivision = scenario('Thêm phòng Đầu tư')
  .establish({
    effective: '2018-10-01',
    planItem: '002 II.1.2',
    body: {
      id: 'phong-dau-tu',
      name: 'Phòng Đầu tư',
      kind: 'division',
      sector: 'state',
      level: 'province',
      parent: 'so-tai-chinh',
      functions: ['finance'],
      quota: 4,
      actual: 4,
    },
  })
  .build();

const mergeTwoDivisions = scenario('Hợp nhất hai phòng')
  .consolidate({
    effective: '2018-10-01',
    planItem: '002 II.1.2',
    sources: ['phong-ngan-sach', 'phong-tin-hoc'],
    into: {
      id: 'phong-ngan-sach-tin-hoc',
      name: 'Phòng Quản lý ngân sách - Tin học',
      kind: 'division',
      sector: 'state',
      level: 'province',
      parent: 'so-tai-chinh',
    },
  })
  .build();

describe('appraiseScheme (R10)', () => {
  it('does not approve a scheme that breaks a blocking rule, and cites seed 002 I and II.4.7', () => {
    const result = appraiseScheme(runScenario(dakNong(), newSmallDivision));
    expect(result.approved).toBe(false);
    expect(result.passed).toBe(false);
    expect(result.blockingRules).toEqual(['vn.r1.min-division-staff', 'vn.r2.fewer-divisions']);
    expect(result.rule.id).toBe('vn.r10.appraisal');
    expect(result.rule.basis.map((c) => c.seed)).toEqual([
      '002_2601a27634ddaafe.txt I',
      '002_2601a27634ddaafe.txt II.4.7',
    ]);
    expect(result.date).toBe('2018-10-01');
    expect(result.stages).toHaveLength(1);
    expect(result.message.vi).toBe(
      'Không thẩm định, trình ký: 2 vi phạm nguyên tắc (vn.r1.min-division-staff, vn.r2.fewer-divisions)',
    );
    expect(
      result.findings
        .filter((f) => f.status === 'fail')
        .map((f) => `${f.rule} [${f.severity}] ${f.message.vi}`),
    ).toMatchInlineSnapshot(`
      [
        "vn.r1.min-division-staff [blocking] Không đủ biên chế để thành lập phòng: có 4, cần ≥ 5 theo Kế hoạch 300/KH-UBND, Mục I",
        "vn.r2.fewer-divisions [blocking] Số phòng không giảm: trước 4, sau 5 (Sở Tài chính tỉnh Đắk Nông)",
        "vn.r8.fewer-focal-points [advisory] Số đầu mối (Nhà nước, cấp tỉnh, địa bàn 67) không giảm: 9 → 10; cả địa bàn, cùng cấp: 9 → 10",
      ]
    `);
  });

  it('approves a scheme with no blocking finding, and accepts a before/after/log change', () => {
    const run = runScenario(dakNong(), mergeTwoDivisions);
    const result = appraiseScheme(run);
    expect(result).toMatchObject({ approved: true, blocking: 0, blockingRules: [], failures: [] });
    expect(result.message.en).toBe(
      'The scheme may be appraised and put up for approval (0 advisory findings)',
    );
    const change = appraiseScheme(
      { before: run.baseline, after: run.final, log: run.log },
      { date: '2018-10-31' },
    );
    expect(change).toMatchObject({ approved: true, date: '2018-10-31', stages: [] });
    expect(APPRAISAL_RULE.title.vi).toBe('Không thẩm định, trình ký đề án không đúng nguyên tắc');
  });

  it('adds the timeline (R11) when given the task table', () => {
    const tasks: PlanTaskInput[] = [
      {
        planItem: '002 II.1.2',
        title: 'Hoàn thiện việc sắp xếp tổ chức bộ máy bên trong các Sở',
        lead: 'Sở Tài chính',
        start: '2018-06-01',
        deadline: '2018-10-31',
        approvedOn: '2018-10-15',
      },
    ];
    const result = appraiseScheme(runScenario(dakNong(), mergeTwoDivisions), { tasks });
    expect(result.approved).toBe(false);
    expect(result.blockingRules).toEqual(['vn.r11.after-approval']);
  });

  it('does not approve a run with a step that could not be done', () => {
    const broken = scenario('x')
      .cutStaff({ effective: '2018-10-01', body: 'phong-khong-co', quota: 1 })
      .build();
    const result = appraiseScheme(runScenario(dakNong(), broken, { onFailure: 'collect' }), {
      date: '2018-10-31',
    });
    expect(result).toMatchObject({ approved: false, passed: true, blocking: 0 });
    expect(result.failures).toHaveLength(1);
    expect(result.message.en).toBe('Not to be appraised or approved: 1 steps could not be done');
  });

  it('takes a user rule set joined to the pack', () => {
    const noNewDivisions: StateRule = {
      type: 'state',
      id: 'user.divisions-of-7',
      title: { vi: 'x', en: 'x' },
      basis: [{ document: 'x' }],
      severity: 'advisory',
      scope: { kinds: ['division'] },
      checkBody: (body) => ({ ok: body.quota >= 7, values: { quota: body.quota } }),
      messages: { vi: () => 'x', en: () => 'x' },
    };
    const ruleSet = combineRuleSets(vnRuleSet, { rules: [noNewDivisions], parameters: [] });
    const result = appraiseScheme(runScenario(dakNong(), mergeTwoDivisions), { ruleSet });
    expect(result.approved).toBe(true);
    expect(result.advisory).toBe(4);
  });

  it('needs a date when the scheme has no steps', () => {
    const state = dakNong();
    expect(() => appraiseScheme({ before: state, after: state, log: [] })).toThrowError(InvalidArgumentError);
    expect(appraiseScheme({ before: state, after: state, log: [] }, { date: '2019-01-01' }).approved).toBe(
      true,
    );
  });
});
