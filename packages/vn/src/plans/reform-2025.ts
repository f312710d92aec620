/**
 * The 1 July 2025 reform of local government as a plan, for the whole country or any set of provinces:
 * 63 provinces merged into 34 (Resolution 202/2025/QH15 of the National Assembly, 12 June 2025), 10,035
 * communes reorganised into 3,321 (the 34 resolutions 1654–1687/NQ-UBTVQH15 of the Standing Committee of
 * the National Assembly, 16 June 2025, one per new province), and the district level abolished. The seeds
 * point at this direction: communes below the criteria merged (003 B.II.5; 004 III.2) and fewer focal
 * points (002 I). The units come from `province-mapping-2025.csv` and `commune-mapping-2025.csv` (full and
 * partial rows); the bodies from the pre-2025 templates, as `buildNationalState` makes them.
 *
 * The plan, all effective 2025-07-01:
 * 1. `reorganizeUnits` with the rows of the province mapping that change a code and every commune row.
 *    Every new province and commune keeps the code of one of its predecessors, except the five special
 *    zones (đặc khu) made from island districts without communes, which are established. The old units
 *    that are no target end, and their bodies follow them. Bodies of an old commune split between several
 *    new ones (partial rows) go to its first target in the file.
 * 2. The bodies of each merged province absorb the same bodies of the provinces merged into it, and each
 *    new commune's bodies absorb those that followed their communes into it (children before parents).
 * 3. Each special zone gets the bodies of a commune (`establish`, template figures), under the province's.
 * 4. Each district body is dissolved, its staff released and its children (the commune party committee,
 *    People's Committee, Front and organisations) handed to the same body of the new province. An island
 *    district's bodies end the same way: the special zone that replaces it is a commune.
 * 5. `abolishLevel('district')`: the communes now lie directly in their province.
 *
 * Not modelled: the parts of a split commune that go to its other targets (no staff moves with them), and
 * the `leads` relations of the special zones' party committees (an `establish` step makes no relations).
 */
import {
  type AdminUnit,
  InvalidArgumentError,
  type OrgState,
  type ScenarioInput,
  type Step,
} from '@tinhgon/core';
import { REFORM_2025_DATE } from '../admin-units/admin-era.js';
import type { DataDirOptions } from '../admin-units/data-dir.js';
import {
  type CommuneMappingRow,
  loadCommuneMapping,
  loadProvinceMapping,
  type ProvinceMappingRow,
} from '../admin-units/load-mappings.js';
import { loadAdminUnits } from '../admin-units/load-units.js';
import { instantiateTemplate } from '../templates/structure-template.js';
import { STRUCTURE_TEMPLATES } from '../templates/structure-templates.js';

/** Options of {@link reform2025Steps}. */
export interface Reform2025Options extends DataDirOptions {
  /**
   * The old (pre-2025) provinces to reorganise, by code. By default the provinces of the baseline (all 63
   * for the national baseline). Every province merged into the same new province must be included.
   */
  readonly provinces?: readonly string[];
}

/** Options of {@link reform2025Scenario}. */
export interface Reform2025ScenarioOptions extends Reform2025Options {
  /** The scenario's name; `Sắp xếp đơn vị hành chính 2025` by default. */
  readonly name?: string;
}

type Level = 'province' | 'district' | 'commune';
type LegalBasis = NonNullable<Step['basis']>;

const ORIGIN = '@tinhgon/vn/reform2025Steps';
const PROVINCE_BASIS: LegalBasis = {
  document: 'Nghị quyết 202/2025/QH15',
  issuer: 'Quốc hội',
  date: '2025-06-12',
};

/**
 * The Standing Committee resolution on the communes of each new province, by new province code, as two
 * public admin-unit datasets index them (one with links to the signed originals on the Government
 * e-Portal, datafiles.chinhphu.vn/cpp/files/vbpq/2025/6/<number>-nq.signed.pdf). Nine of them are also
 * quoted clause by clause in `data/vn-admin/README.md` (1654, 1659, 1664, 1668, 1669, 1674, 1677, 1682,
 * 1686) for communes of the same new province, and all nine agree.
 */
const COMMUNE_RESOLUTIONS: Readonly<Record<string, number>> = {
  '91': 1654, // An Giang
  '96': 1655, // Cà Mau
  '01': 1656, // Hà Nội
  '04': 1657, // Cao Bằng
  '24': 1658, // Bắc Ninh
  '48': 1659, // Đà Nẵng
  '66': 1660, // Đắk Lắk
  '11': 1661, // Điện Biên
  '75': 1662, // Đồng Nai
  '82': 1663, // Đồng Tháp
  '52': 1664, // Gia Lai
  '42': 1665, // Hà Tĩnh
  '33': 1666, // Hưng Yên
  '56': 1667, // Khánh Hòa
  '92': 1668, // Cần Thơ
  '31': 1669, // Hải Phòng
  '12': 1670, // Lai Châu
  '68': 1671, // Lâm Đồng
  '20': 1672, // Lạng Sơn
  '15': 1673, // Lào Cai
  '37': 1674, // Ninh Bình
  '46': 1675, // Huế
  '25': 1676, // Phú Thọ
  '51': 1677, // Quảng Ngãi
  '40': 1678, // Nghệ An
  '22': 1679, // Quảng Ninh
  '44': 1680, // Quảng Trị
  '14': 1681, // Sơn La
  '80': 1682, // Tây Ninh
  '19': 1683, // Thái Nguyên
  '08': 1684, // Tuyên Quang
  '79': 1685, // Hồ Chí Minh
  '38': 1686, // Thanh Hóa
  '86': 1687, // Vĩnh Long
};

/** The legal basis of the commune steps of a new province. */
function communeBasis(newProvince: string): LegalBasis {
  const number = COMMUNE_RESOLUTIONS[newProvince];
  if (number === undefined) throw new InvalidArgumentError(`${ORIGIN}: no new province "${newProvince}"`);
  return {
    document: `Nghị quyết ${number}/NQ-UBTVQH15`,
    issuer: 'Ủy ban Thường vụ Quốc hội',
    date: '2025-06-16',
  };
}

const template = (level: Level) => {
  const t = STRUCTURE_TEMPLATES['pre-2025'][level];
  if (t === undefined) throw new InvalidArgumentError(`${ORIGIN}: no pre-2025 ${level} template`);
  return t;
};
/** Template bodies, children before parents (the templates list parents first). */
const leavesFirst = (level: Level) => [...template(level).bodies].reverse();
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The old provinces of the plan, checked against the mapping: every one known, every merger whole. */
function scope(
  baseline: OrgState,
  rows: readonly ProvinceMappingRow[],
  provinces: readonly string[] | undefined,
): ReadonlySet<string> {
  const known = new Set(rows.map((row) => row.oldCode));
  const wanted = new Set(
    provinces ??
      [...baseline.units.values()]
        .filter((u) => u.level === 'province' && known.has(u.code))
        .map((u) => u.code),
  );
  for (const code of wanted) {
    if (!known.has(code)) throw new InvalidArgumentError(`${ORIGIN}: "${code}" is no pre-2025 province code`);
  }
  for (const row of rows) {
    const partner = rows.find((other) => other.newCode === row.newCode && wanted.has(other.oldCode));
    if (partner !== undefined && !wanted.has(row.oldCode)) {
      throw new InvalidArgumentError(
        `${ORIGIN}: ${row.oldName} (${row.oldCode}) merges into ${row.newName} (${row.newCode}) with ${partner.oldName} (${partner.oldCode}); include it too`,
      );
    }
  }
  if (wanted.size === 0) throw new InvalidArgumentError(`${ORIGIN}: no pre-2025 province to reorganise`);
  return wanted;
}

/** The special zones made from island districts: new commune-level units, lying in their new province. */
function specialZones(rows: readonly CommuneMappingRow[], options: DataDirOptions): AdminUnit[] {
  const codes = new Set(rows.filter((row) => row.oldLevel === 'district').map((row) => row.newCode));
  return loadAdminUnits('post-2025', options).filter((unit) => codes.has(unit.code));
}

/**
 * The steps of the 2025 reform (see the file comment) for the provinces of `baseline`, a pre-2025 state
 * such as `buildNationalState({ era: 'pre-2025' })`, or for the `provinces` named. Deterministic: the
 * steps come in the order above, each group in code order.
 *
 * When to use: to run the reform on real units with `runScenario`, whole or in part. Gotchas: for the
 * whole country this is 50,591 steps on 115,980 bodies (about 20 s to run); a province merged with
 * others needs them all.
 *
 * @example
 * const baseline = buildNationalState({ era: 'pre-2025', provinces: ['02', '08'] });
 * const run = runScenario(baseline, { name: 'Hà Giang + Tuyên Quang', steps: reform2025Steps(baseline) });
 * run.final.units.size; // 125: the new Tuyên Quang and its 124 communes
 */
export function reform2025Steps(baseline: OrgState, options: Reform2025Options = {}): Step[] {
  const provinceRows = loadProvinceMapping(options);
  const old = scope(baseline, provinceRows, options.provinces);
  const newProvinceOf = new Map(provinceRows.map((row) => [row.oldCode, row.newCode]));
  const merged = provinceRows.filter((row) => old.has(row.oldCode) && row.oldCode !== row.newCode);
  const rows = loadCommuneMapping(options).filter((row) => old.has(row.oldProvince));
  const communeRows = rows.filter((row) => row.oldLevel === 'commune');
  const zones = specialZones(rows, options);
  const effective = REFORM_2025_DATE;

  const targets = new Set(communeRows.map((row) => row.newCode));
  // Where the bodies of each ending old commune go: its one `full` target, or its first `partial` one.
  const destination = new Map<string, string>();
  for (const row of communeRows)
    if (!targets.has(row.oldCode) && !destination.has(row.oldCode)) destination.set(row.oldCode, row.newCode);
  const partialEnding = new Set(
    communeRows.filter((r) => r.share === 'partial' && !targets.has(r.oldCode)).map((r) => r.oldCode),
  );
  const newProvinceOfCommune = new Map(communeRows.map((row) => [row.newCode, row.newProvince]));

  const steps: Step[] = [
    {
      op: 'reorganizeUnits',
      effective,
      basis: PROVINCE_BASIS,
      planItem: '003 B.II.5; 004 III.2',
      ...(zones.length === 0 ? {} : { establish: zones.map((unit) => ({ ...unit })) }),
      mapping: [
        ...merged.map((row) => ({ from: row.oldCode, to: row.newCode, share: 'full' as const })),
        ...communeRows.map((row) => ({ from: row.oldCode, to: row.newCode, share: row.share })),
      ],
      assign: [...partialEnding].sort(byText).flatMap((code) =>
        template('commune').bodies.map((b) => ({
          body: `${code}.${b.key}`,
          unit: destination.get(code) as string,
        })),
      ),
    },
  ];
  // Each merged province's bodies absorb those of the provinces merged into it.
  const sourcesOfProvince = new Map<string, string[]>();
  for (const row of merged)
    sourcesOfProvince.set(row.newCode, [...(sourcesOfProvince.get(row.newCode) ?? []), row.oldCode]);
  for (const [to, olds] of [...sourcesOfProvince].sort(([a], [b]) => byText(a, b))) {
    for (const b of leavesFirst('province')) {
      steps.push({
        op: 'absorb',
        effective,
        basis: PROVINCE_BASIS,
        planItem: '002 I',
        target: `${to}.${b.key}`,
        sources: [...olds].sort(byText).map((o) => `${o}.${b.key}`),
      });
    }
  }
  // Each new commune's bodies absorb those of the communes merged into it.
  const sourcesOfCommune = new Map<string, string[]>();
  for (const [from, to] of destination) sourcesOfCommune.set(to, [...(sourcesOfCommune.get(to) ?? []), from]);
  for (const [to, olds] of [...sourcesOfCommune].sort(([a], [b]) => byText(a, b))) {
    const basis = communeBasis(newProvinceOfCommune.get(to) as string);
    for (const b of leavesFirst('commune')) {
      steps.push({
        op: 'absorb',
        effective,
        basis,
        planItem: '004 III.2',
        target: `${to}.${b.key}`,
        sources: [...olds].sort(byText).map((o) => `${o}.${b.key}`),
      });
    }
  }
  // Each special zone gets a commune's bodies, under the province's bodies a district's would go to.
  const upperOfDistrictKey = new Map(template('district').bodies.map((b) => [b.key, b.upper]));
  for (const zone of zones) {
    const province = zone.parent as string;
    const made = instantiateTemplate(template('commune'), zone);
    for (const [i, b] of template('commune').bodies.entries()) {
      const body = made.bodies[i] as (typeof made.bodies)[number];
      const upper = b.upper === undefined ? undefined : upperOfDistrictKey.get(b.upper);
      steps.push({
        op: 'establish',
        effective,
        basis: communeBasis(province),
        planItem: '004 III.2',
        body: upper === undefined ? body : { ...body, parent: `${province}.${upper}` },
      });
    }
  }
  // District bodies end; the commune bodies under them go to the new province's.
  const districts = [...baseline.units.values()]
    .filter((u) => u.level === 'district' && u.parent !== null && old.has(u.parent))
    .sort((a, b) => byText(a.code, b.code));
  for (const d of districts) {
    const province = newProvinceOf.get(d.parent as string) as string;
    for (const b of leavesFirst('district')) {
      steps.push({
        op: 'dissolve',
        effective,
        basis: PROVINCE_BASIS,
        planItem: '002 I',
        body: `${d.code}.${b.key}`,
        staffTo: 'release',
        ...(b.upper === undefined ? {} : { childrenTo: `${province}.${b.upper}` }),
      });
    }
  }
  steps.push({ op: 'abolishLevel', effective, basis: PROVINCE_BASIS, planItem: '002 I', level: 'district' });
  return steps;
}

/**
 * {@link reform2025Steps} as a scenario document, ready for `runScenario`.
 *
 * @example
 * const baseline = buildNationalState({ era: 'pre-2025' });
 * const run = runScenario(baseline, reform2025Scenario(baseline)); // 34 provinces, 3,321 communes
 */
export function reform2025Scenario(
  baseline: OrgState,
  options: Reform2025ScenarioOptions = {},
): ScenarioInput {
  return {
    name: options.name ?? 'Sắp xếp đơn vị hành chính 2025',
    steps: reform2025Steps(baseline, options),
  };
}
