/**
 * Conclusion 34 pilot on a real district (seed 000 II.1): the Organization Committee head also heads Phòng
 * Nội vụ (II.1.1), then three party–state consolidations (II.1.3–1.5), then a 10 % cut of the common office
 * (seed 002 II.1.4). Runs the plan, appraises it with the Vietnam rule pack, and reports the deltas.
 */
import {
  againstYear,
  aggregate,
  headcountBridge,
  type OrgState,
  runScenario,
  type ScenarioRun,
  scenario,
} from '@tinhgon/core';
import { appraiseScheme } from '@tinhgon/vn';

/** Where lines go. */
export type Writer = (line: string) => void;

const BASIS = { document: 'Kết luận 34-KL/TW', issuer: 'Bộ Chính trị' };

const partyState = (id: string, name: string) => ({
  id,
  name,
  kind: 'party-state-body',
  sector: 'party',
  level: 'district' as const,
  unit: '362',
  parent: 'huyen-uy',
});

/** The pilot as a scenario: the same JSON a person could write by hand. */
export const pilotScenario = scenario('Thí điểm Kết luận 34 — huyện Nam Trực')
  .appointConcurrent({
    effective: '2019-01-01',
    basis: { ...BASIS, article: 'II.1.1' },
    planItem: '000 II.1.1',
    person: 'p-duc',
    body: 'phong-noi-vu',
    post: 'truong-phong-noi-vu',
    timeShare: 0.5,
  })
  .consolidate({
    effective: '2019-03-01',
    basis: { ...BASIS, article: 'II.1.3' },
    planItem: '000 II.1.3',
    sources: ['ban-to-chuc', 'phong-noi-vu'],
    into: partyState('ban-to-chuc-noi-vu', 'Ban Tổ chức - Nội vụ huyện'),
    headPost: 'truong-ban-tc',
    alsoServes: 'ubnd',
  })
  .consolidate({
    effective: '2019-03-01',
    basis: { ...BASIS, article: 'II.1.4' },
    planItem: '000 II.1.4',
    sources: ['ubkt', 'thanh-tra'],
    into: partyState('ubkt-thanh-tra', 'Cơ quan Ủy ban Kiểm tra - Thanh tra huyện'),
    alsoServes: 'ubnd',
  })
  .consolidate({
    effective: '2019-03-01',
    basis: { ...BASIS, article: 'II.1.5' },
    planItem: '000 II.1.5',
    sources: ['vp-huyen-uy', 'vp-hdnd-ubnd'],
    into: partyState('van-phong-huyen', 'Văn phòng huyện'),
    headPost: 'chanh-van-phong',
    alsoServes: 'ubnd',
  })
  .cutStaff({
    effective: '2021-01-01',
    basis: { document: 'Nghị quyết 39-NQ/TW' },
    planItem: '002 II.1.4',
    body: 'van-phong-huyen',
    percent: 10,
  });

/** Runs the pilot on a baseline and writes what happened, what the rules say, and the figures. */
export function runPilot(baseline: OrgState, write: Writer): ScenarioRun {
  const run = runScenario(baseline, pilotScenario.build());
  write(`## ${run.name}`);
  for (const change of run.log) {
    const ended = change.ended.map((e) => e.id).join(' + ');
    const what =
      change.began.length > 0
        ? `${ended} → ${change.began.join(', ')}`
        : change.updated.join(', ') || change.posts.map((p) => `${p.post} (${p.change})`).join(', ');
    write(`${change.effective} ${change.planItem ?? ''} ${change.op}: ${what}`);
  }
  write('');
  const appraisal = appraiseScheme(
    { before: run.baseline, after: run.final, log: run.log },
    { date: '2021-01-01' },
  );
  write(
    `## Appraisal (thẩm định): ${appraisal.approved ? 'approved' : 'not approved'}, ${appraisal.blocking} blocking, ${appraisal.advisory} advisory`,
  );
  for (const finding of appraisal.findings.filter((f) => f.status !== 'pass')) {
    const where = finding.body?.name ?? finding.subject ?? '';
    write(`- [${finding.status}] ${finding.rule} ${where}: ${finding.message.vi}`);
    write(
      `  ${finding.message.en} — ${finding.citation.map((c) => `${c.document}${c.seed === undefined ? '' : ` (${c.seed})`}`).join('; ')}`,
    );
  }
  write('');
  write('## Staff by sector (quota before → after)');
  for (const row of aggregate(run.baseline, run.final, 'sector')) {
    write(
      `${row.group}: ${row.bodies.before} → ${row.bodies.after} bodies, quota ${row.quota.before} → ${row.quota.after}`,
    );
  }
  write('');
  write('## Headcount bridge (quota)');
  for (const row of headcountBridge(run, 'sector', 'quota')) {
    write(
      `${row.group}: start ${row.start}, cut −${row.cut}, released −${row.released}, restructured ${row.restructured >= 0 ? '+' : ''}${row.restructured}, end ${row.end}`,
    );
  }
  const [year] = againstYear(run.final, '2015');
  if (year !== undefined) {
    write('');
    write(
      `## Against 2015: ${year.current} vs ${year.baseline} positions (${year.percentChange} %), over ${year.covered} of ${year.bodies} bodies`,
    );
  }
  return run;
}
