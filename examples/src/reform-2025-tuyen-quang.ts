/**
 * The 1 July 2025 reform on real units: Hà Giang (02) merged into Tuyên Quang (08) (Resolution
 * 202/2025/QH15), their 330 communes reorganised into 124 (Resolution 1684/NQ-UBTVQH15 as transcribed in
 * `commune-mapping-2025.csv`, with its full and partial rows), and the district level abolished. The seeds
 * point at this direction: communes below the criteria merged (003 B.II.5; 004 III.2) and fewer focal points
 * (002 I; 004 II.1, R8).
 *
 * Baseline: the pre-2025 bodies of both provinces from the templates of `@tinhgon/vn` (synthetic figures).
 * The plan is `reform2025Steps` of `@tinhgon/vn` (the same reform for any set of provinces, or the whole
 * country) on these two; all effective 2025-07-01:
 * 1. `reorganizeUnits` with the province row 02 → 08 and the 335 commune rows. Every new commune keeps the
 *    code of one of its predecessors, so no unit is established: the 206 old communes that are no target
 *    end, and their bodies follow them. Bodies of an old commune split between several new ones (partial
 *    rows) are assigned to its first target in the file.
 * 2. The bodies of Hà Giang are absorbed into the same bodies of Tuyên Quang, and each new commune's bodies
 *    absorb those that followed their communes into it (children before parents).
 * 3. Each district body is dissolved, its staff released and its children (the commune party committee,
 *    People's Committee, Front and organisations) handed to the same body of the province.
 * 4. `abolishLevel('district')`: the communes now lie directly in the province.
 */
import { pathToFileURL } from 'node:url';
import { type OrgState, parseState, runScenario, type ScenarioRun, type Step, scenario } from '@tinhgon/core';
import { type CommuneMappingRow, loadCommuneMapping, nationalStateJson, reform2025Steps } from '@tinhgon/vn';

/** Where lines go. */
export type Writer = (line: string) => void;

/** The new province and the old ones merged into it. */
export const NEW_PROVINCE = '08';
export const OLD_PROVINCES = ['02', '08'] as const;

/** The pre-2025 bodies of Hà Giang and Tuyên Quang. */
export function reformBaseline(): OrgState {
  return parseState(nationalStateJson({ era: 'pre-2025', provinces: [...OLD_PROVINCES] }));
}

/** The commune mapping rows of the old provinces. */
export function communeRows(): readonly CommuneMappingRow[] {
  return loadCommuneMapping().filter((row) => (OLD_PROVINCES as readonly string[]).includes(row.oldProvince));
}

/** The plan's steps (see the file comment): `reform2025Steps` of `@tinhgon/vn` on the two provinces. */
export function reformSteps(baseline: OrgState): Step[] {
  return reform2025Steps(baseline, { provinces: OLD_PROVINCES });
}

/** Counts of units by level, e.g. `{ province: 1, commune: 124 }`. */
export function unitCounts(state: OrgState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const unit of state.units.values()) out[unit.level] = (out[unit.level] ?? 0) + 1;
  return out;
}

/** Positions by level of the bodies in a state. */
export function quotaByLevel(state: OrgState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const body of state.bodies.values()) out[body.level] = (out[body.level] ?? 0) + body.quota;
  return out;
}

/** Runs the reform and writes the figures before and after. */
export function runReform2025(write: Writer): ScenarioRun {
  const baseline = reformBaseline();
  const plan = reformSteps(baseline).reduce(
    (b, step) => b.step(step),
    scenario('Sắp xếp đơn vị hành chính 2025 — Hà Giang + Tuyên Quang'),
  );
  const run = runScenario(baseline, plan.build());
  write(
    `# ${run.name} (${run.log.length} steps${run.ok ? '' : `, stopped: ${run.failures[0]?.message ?? ''}`})`,
  );
  write(`Units: ${JSON.stringify(unitCounts(run.baseline))} → ${JSON.stringify(unitCounts(run.final))}`);
  write(`Bodies: ${run.baseline.bodies.size} → ${run.final.bodies.size}`);
  write(
    `Positions by level: ${JSON.stringify(quotaByLevel(run.baseline))} → ${JSON.stringify(quotaByLevel(run.final))}`,
  );
  return run;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReform2025((line) => process.stdout.write(`${line}\n`));
}
