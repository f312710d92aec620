// The README's example, run by test/readme.test.ts; the README must contain the region verbatim.
// #region readme
import { readFileSync } from 'node:fs';
import { parseState, runScenario, scenario } from '@tinhgon/core';
import { appraiseScheme, vnRuleSet } from '@tinhgon/vn';

// Đắk Nông, 2018: Sở Tài chính with four divisions (a fixture of this package).
const fixture = JSON.parse(readFileSync('packages/vn/test/fixtures/rules/r2-fewer-divisions.json', 'utf8'));
const baseline = parseState(fixture.state);

// A scheme that adds a fifth division of 4 positions.
const plan = scenario('Thêm Phòng Đầu tư')
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

const result = appraiseScheme(runScenario(baseline, plan));
result.approved; // false: R10, the scheme is not put up for approval
result.blockingRules; // ['vn.r1.min-division-staff', 'vn.r2.fewer-divisions']
result.findings[0]?.message.vi; // 'Không đủ biên chế để thành lập phòng: có 4, cần ≥ 5 theo Kế hoạch 300/KH-UBND, Mục I'
vnRuleSet.rules.length; // 13 rules (R1–R9) and 8 parameter tables

// #endregion

export { result };
