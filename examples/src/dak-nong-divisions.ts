/**
 * Đắk Nông, Plan 300/KH-UBND of 20 June 2018 (seed 002): the divisions of a provincial department (Sở Nội
 * vụ) restructured under the principles of section I: a division needs at least 5 positions (R1), the
 * number of divisions must fall unless a merger added functions (R2), and by 2021 staff must be at least
 * 10 % below 2015 (II.1.4, R3). A draft scheme is sent back; the corrected one is approved.
 *
 * Baseline: the real province (code 67) with the pre-2025 province template of `@tinhgon/vn`
 * (synthetic figures), where the Phòng Công chức, viên chức has only 4 positions, the Văn phòng Sở has
 * not been cut since 2015 (8 and 8), and the Ban Tôn giáo (religious affairs board) is a separate
 * sub-department of the Sở, with 6 positions and no divisions.
 */

import { pathToFileURL } from 'node:url';
import { type OrgState, runScenario, type ScenarioRun, scenario } from '@tinhgon/core';
import { appraiseScheme, type SchemeAppraisal } from '@tinhgon/vn';
import { provinceBaseline } from './vn-baseline.js';

/** Where lines go. */
export type Writer = (line: string) => void;

const PLAN = { document: 'Kế hoạch 300/KH-UBND', issuer: 'UBND tỉnh Đắk Nông', date: '2018-06-20' };
const SO = '67.so-noi-vu';
const TCBC = `${SO}.to-chuc-bien-che`;
const CCVC = `${SO}.cong-chuc-vien-chuc`;
const VP = `${SO}.van-phong`;
const BAN_TON_GIAO = `${SO}.ban-ton-giao`;

/** Sở Nội vụ Đắk Nông and the province level around it, as it stood in June 2018. */
export function dakNongBaseline(): OrgState {
  return provinceBaseline('67', ['province'], {
    patch: {
      [CCVC]: { quota: 4, actual: 4, quotaByYear: { '2015': 5 } },
      [VP]: { quota: 8, actual: 8, quotaByYear: { '2015': 8 } },
    },
    add: [
      {
        id: BAN_TON_GIAO,
        name: 'Ban Tôn giáo tỉnh Đắk Nông',
        nameEn: 'Religious affairs board',
        kind: 'sub-department',
        sector: 'state',
        level: 'province',
        unit: '67',
        parent: SO,
        functions: ['religious-affairs'],
        quota: 6,
        actual: 6,
        quotaByYear: { '2015': 7 },
      },
    ],
  });
}

const division = (id: string, name: string, quota: number) => ({
  id,
  name,
  kind: 'division',
  sector: 'state',
  level: 'province' as const,
  unit: '67',
  parent: SO,
  functions: ['religious-affairs'],
  quota,
  actual: quota,
});

/** The draft: a new religious-affairs division beside the board, and the 4-position division kept. */
export const draftScheme = scenario('Đề án sắp xếp Sở Nội vụ Đắk Nông (dự thảo)').establish({
  effective: '2018-10-01',
  basis: { ...PLAN, article: 'Mục II.1.2' },
  planItem: '002 II.1.2',
  body: division(`${SO}.ton-giao`, 'Phòng Quản lý nhà nước về tôn giáo', 5),
});

/**
 * The corrected scheme, without the 2021 cut: the 4-position division merged into Phòng Tổ chức, biên chế (II.1.2), the board
 * absorbed by the Sở, whose new religious-affairs division takes its 6 positions (II.1.3).
 */
export const correctedScheme = scenario('Đề án sắp xếp Sở Nội vụ Đắk Nông')
  .absorb({
    effective: '2018-10-01',
    basis: { ...PLAN, article: 'Mục II.1.2' },
    planItem: '002 II.1.2',
    target: TCBC,
    sources: [CCVC],
  })
  .absorb({
    effective: '2019-01-01',
    basis: { ...PLAN, article: 'Mục II.1.3' },
    planItem: '002 II.1.3',
    target: SO,
    sources: [BAN_TON_GIAO],
  })
  .establish({
    effective: '2019-01-01',
    basis: { ...PLAN, article: 'Mục II.1.3' },
    planItem: '002 II.1.3',
    body: division(`${SO}.ton-giao`, 'Phòng Quản lý nhà nước về tôn giáo', 0),
  })
  .transfer({
    effective: '2019-01-01',
    basis: { ...PLAN, article: 'Mục II.1.3' },
    planItem: '002 II.1.3',
    from: SO,
    to: `${SO}.ton-giao`,
    quota: 6,
    actual: 6,
  });

/** The corrected scheme with the 2021 cut of the office: 8 − round(8 × 12.5 %) = 7 (II.1.4). */
export const fixedScheme = correctedScheme.cutStaff({
  effective: '2021-06-30',
  basis: { document: 'Nghị quyết 39-NQ/TW' },
  planItem: '002 II.1.4',
  body: VP,
  percent: 12.5,
});

function writeAppraisal(write: Writer, title: string, appraisal: SchemeAppraisal): void {
  write(
    `## ${title}: ${appraisal.approved ? 'approved' : 'not approved'}, ${appraisal.blocking} blocking (${appraisal.blockingRules.join(', ')})`,
  );
  for (const f of appraisal.findings.filter((x) => x.severity === 'blocking' && x.status === 'fail')) {
    write(`- [${f.status}] ${f.rule} ${f.body?.name ?? ''}: ${f.message.vi}`);
  }
  for (const f of appraisal.findings.filter((x) => x.status === 'excepted' && x.severity === 'blocking')) {
    write(`- [excepted: ${f.exception?.id}] ${f.rule} ${f.body?.name ?? ''}: ${f.exception?.reason.vi}`);
  }
}

/** The three appraisals of the example, and the runs they judge. */
export interface DakNongResult {
  readonly draft: ScenarioRun;
  readonly fixed: ScenarioRun;
  readonly draftAppraisal: SchemeAppraisal;
  readonly fixedAppraisal: SchemeAppraisal;
  readonly fixedIn2021: SchemeAppraisal;
  readonly withoutCutIn2021: SchemeAppraisal;
}

/** Runs and appraises the draft and the corrected scheme, and writes what the rules say. */
export function runDakNong(write: Writer): DakNongResult {
  const baseline = dakNongBaseline();
  const draft = runScenario(baseline, draftScheme.build());
  const fixed = runScenario(baseline, fixedScheme.build());
  const withoutCut = runScenario(baseline, correctedScheme.build());
  const draftAppraisal = appraiseScheme(draft, { date: '2019-01-01', explain: true });
  const fixedAppraisal = appraiseScheme(withoutCut, { date: '2019-01-01', explain: true });
  const fixedIn2021 = appraiseScheme(fixed, { date: '2021-12-31', explain: true });
  const withoutCutIn2021 = appraiseScheme(withoutCut, { date: '2021-12-31', explain: true });
  write(`# ${fixed.name} (seed 002 I, II.1.2–II.1.4)`);
  writeAppraisal(write, 'Draft, 2019-01-01', draftAppraisal);
  writeAppraisal(write, 'Corrected, 2019-01-01', fixedAppraisal);
  writeAppraisal(write, 'Corrected without the office cut, 2021-12-31', withoutCutIn2021);
  writeAppraisal(write, 'Corrected, 2021-12-31', fixedIn2021);
  const so = fixed.final.index.children.get(SO) ?? [];
  const divisions = [...so].map((id) => fixed.final.bodies.get(id)).filter((b) => b?.kind === 'division');
  write(`Divisions of Sở Nội vụ: ${divisions.map((b) => `${b?.name} ${b?.quota}`).join('; ')}`);
  return { draft, fixed, draftAppraisal, fixedAppraisal, fixedIn2021, withoutCutIn2021 };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDakNong((line) => process.stdout.write(`${line}\n`));
}
