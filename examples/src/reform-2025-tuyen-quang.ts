/**
 * The 1 July 2025 reform on real units: Hà Giang (02) merged into Tuyên Quang (08) (Resolution
 * 202/2025/QH15), their 330 communes reorganised into 124 (Resolution 1684/NQ-UBTVQH15 as transcribed in
 * `commune-mapping-2025.csv`, with its full and partial rows), and the district level abolished. The seeds
 * point at this direction: communes below the criteria merged (003 B.II.5; 004 III.2) and fewer focal points
 * (002 I; 004 II.1, R8).
 *
 * Baseline: the pre-2025 bodies of both provinces from the templates of `@tinhgon/vn` (synthetic figures).
 * The plan, all effective 2025-07-01:
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
import {
  type CommuneMappingRow,
  loadCommuneMapping,
  loadProvinceMapping,
  nationalStateJson,
  STRUCTURE_TEMPLATES,
  type StructureTemplate,
} from '@tinhgon/vn';

/** Where lines go. */
export type Writer = (line: string) => void;

const EFFECTIVE = '2025-07-01';
const BASIS = { document: 'Nghị quyết 202/2025/QH15', issuer: 'Quốc hội', date: '2025-06-12' };
const COMMUNE_BASIS = { document: 'Nghị quyết 1684/NQ-UBTVQH15', issuer: 'Ủy ban Thường vụ Quốc hội' };
/** The new province and the old ones merged into it. */
export const NEW_PROVINCE = '08';
export const OLD_PROVINCES = ['02', '08'] as const;

const template = (level: 'province' | 'district' | 'commune'): StructureTemplate =>
  STRUCTURE_TEMPLATES['pre-2025'][level] as StructureTemplate;
/** Template keys, children before parents (the templates list parents first). */
const leavesFirst = (level: 'province' | 'district' | 'commune') => [...template(level).bodies].reverse();

/** The pre-2025 bodies of Hà Giang and Tuyên Quang. */
export function reformBaseline(): OrgState {
  return parseState(nationalStateJson({ era: 'pre-2025', provinces: [...OLD_PROVINCES] }));
}

/** The commune mapping rows of the old provinces. */
export function communeRows(): readonly CommuneMappingRow[] {
  return loadCommuneMapping().filter((row) => (OLD_PROVINCES as readonly string[]).includes(row.oldProvince));
}

/** The plan's steps (see the file comment), built from the mapping files. */
export function reformSteps(baseline: OrgState): Step[] {
  const rows = communeRows();
  const targets = new Set(rows.map((row) => row.newCode));
  // Where the bodies of each ending old commune go: its one `full` target, or its first `partial` one.
  const destination = new Map<string, string>();
  for (const row of rows)
    if (!targets.has(row.oldCode) && !destination.has(row.oldCode)) destination.set(row.oldCode, row.newCode);
  const partialEnding = new Set(
    rows.filter((r) => r.share === 'partial' && !targets.has(r.oldCode)).map((r) => r.oldCode),
  );
  const provinceRows = loadProvinceMapping().filter(
    (row) => (OLD_PROVINCES as readonly string[]).includes(row.oldCode) && row.oldCode !== row.newCode,
  );
  const steps: Step[] = [
    {
      op: 'reorganizeUnits',
      effective: EFFECTIVE,
      basis: BASIS,
      planItem: '003 B.II.5; 004 III.2',
      mapping: [
        ...provinceRows.map((row) => ({ from: row.oldCode, to: row.newCode, share: 'full' as const })),
        ...rows.map((row) => ({ from: row.oldCode, to: row.newCode, share: row.share })),
      ],
      assign: [...partialEnding].sort().flatMap((code) =>
        template('commune').bodies.map((b) => ({
          body: `${code}.${b.key}`,
          unit: destination.get(code) as string,
        })),
      ),
    },
  ];
  // The merged province's bodies.
  for (const row of provinceRows) {
    for (const b of leavesFirst('province')) {
      steps.push({
        op: 'absorb',
        effective: EFFECTIVE,
        basis: BASIS,
        planItem: '002 I',
        target: `${row.newCode}.${b.key}`,
        sources: [`${row.oldCode}.${b.key}`],
      });
    }
  }
  // Each new commune's bodies absorb those of the communes merged into it.
  const sources = new Map<string, string[]>();
  for (const [old, to] of [...destination].sort()) sources.set(to, [...(sources.get(to) ?? []), old]);
  for (const [to, olds] of [...sources].sort()) {
    for (const b of leavesFirst('commune')) {
      steps.push({
        op: 'absorb',
        effective: EFFECTIVE,
        basis: COMMUNE_BASIS,
        planItem: '004 III.2',
        target: `${to}.${b.key}`,
        sources: olds.map((o) => `${o}.${b.key}`),
      });
    }
  }
  // District bodies end; the commune bodies under them go to the province's.
  const districts = [...baseline.units.values()]
    .filter((u) => u.level === 'district')
    .map((u) => u.code)
    .sort();
  for (const d of districts) {
    for (const b of leavesFirst('district')) {
      steps.push({
        op: 'dissolve',
        effective: EFFECTIVE,
        basis: BASIS,
        planItem: '002 I',
        body: `${d}.${b.key}`,
        staffTo: 'release',
        ...(b.upper === undefined ? {} : { childrenTo: `${NEW_PROVINCE}.${b.upper}` }),
      });
    }
  }
  steps.push({
    op: 'abolishLevel',
    effective: EFFECTIVE,
    basis: BASIS,
    planItem: '002 I',
    level: 'district',
  });
  return steps;
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
