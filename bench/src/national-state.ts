/**
 * A synthetic, national-shaped state for load benchmarks: the central party, assembly, government and
 * front bodies, then provinces, each with its party committee and commissions, people's council and
 * committee with departments and divisions, and front and mass organisations; below them districts,
 * communes and villages with their own bodies. Leadership posts are filled, with the usual concurrent
 * appointments (the party secretary chairs the people's council; the people's committee chair is a deputy
 * secretary). Deterministic: the same shape and seed give the same document, byte for byte.
 */
import type { StateJsonInput } from '@tinhgon/core';
import { createRng, type Rng } from './prng.js';
import {
  ASSEMBLY_BODIES,
  CENTRAL_PARTY,
  CENTRAL_UNITS,
  DEPARTMENTS,
  DISTRICT_OFFICES,
  DISTRICT_SERVICES,
  DIVISIONS,
  GIVEN_NAMES,
  MASS_ORGS,
  MIDDLE_NAMES,
  MINISTRIES,
  PARTY_COMMISSIONS,
  PLACE_SYLLABLES,
  PROVINCES,
  SURNAMES,
} from './vn-names.js';

type BodyJson = StateJsonInput['bodies'][number];
type Level = BodyJson['level'];
type Range = readonly [min: number, max: number];

/** How big a national state to make. Ranges are `[min, max]` per parent, drawn uniformly. */
export interface NationalShape {
  /** How many of the 63 provinces, taken evenly spaced from the list. */
  readonly provinces: number;
  readonly districtsPerProvince: Range;
  readonly communesPerDistrict: Range;
  readonly villagesPerCommune: Range;
  /** Divisions (vụ, phòng) in each central commission, ministry and provincial department. */
  readonly divisions: Range;
}

/**
 * The benchmark sizes, about 3,000 / 30,000 / 300,000 bodies. `large` has the real country's shape before
 * the 2025 reform: 63 provinces, about 700 districts, 10,600 communes and 80,000 villages.
 */
export const SIZES = {
  small: {
    // Fewer provinces than the others so that, with a division in about half the departments (and the
    // service units that come with divisions), it stays near 3,000 bodies and R1 has divisions to judge.
    provinces: 23,
    districtsPerProvince: [1, 1],
    communesPerDistrict: [1, 3],
    villagesPerCommune: [0, 0],
    divisions: [0, 1],
  },
  medium: {
    provinces: 63,
    districtsPerProvince: [1, 3],
    communesPerDistrict: [7, 12],
    villagesPerCommune: [0, 2],
    divisions: [3, 7],
  },
  large: {
    provinces: 63,
    districtsPerProvince: [8, 14],
    communesPerDistrict: [12, 18],
    villagesPerCommune: [7, 10],
    divisions: [4, 8],
  },
} as const satisfies Record<string, NationalShape>;

export type SizeName = keyof typeof SIZES;

export const DEFAULT_SEED = 20251122;

interface BodySpec {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly sector: string;
  readonly level: Level;
  readonly unit?: string;
  readonly parent: string | null;
  readonly functions: readonly string[];
  /** Assigned staff: a fixed number, or a range to draw from. */
  readonly staff: number | Range;
}

/** Ids of the bodies a lower level attaches to. */
interface Parents {
  readonly party: string;
  readonly council: string;
  readonly committee: string;
  readonly front: string;
  /** Mass organisations by key (`hoi-nd`, …). */
  readonly mass: ReadonlyMap<string, string>;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

class StateBuilder {
  readonly bodies: BodyJson[] = [];
  readonly relations: NonNullable<StateJsonInput['relations']> = [];
  readonly persons: NonNullable<StateJsonInput['persons']> = [];
  readonly posts: NonNullable<StateJsonInput['posts']> = [];
  readonly units: NonNullable<StateJsonInput['units']> = [];
  readonly rng: Rng;
  #personSeq = 0;
  #postSeq = 0;
  #relationSeq = 0;

  constructor(seed: number) {
    this.rng = createRng(seed);
  }

  body(spec: BodySpec): string {
    const { rng } = this;
    const quota = typeof spec.staff === 'number' ? spec.staff : rng.int(spec.staff[0], spec.staff[1]);
    const actual = Math.max(0, quota - rng.int(0, 2));
    const body: BodyJson = {
      id: spec.id,
      name: spec.name,
      kind: spec.kind,
      sector: spec.sector,
      level: spec.level,
      ...(spec.unit === undefined ? {} : { unit: spec.unit }),
      parent: spec.parent,
      functions: [...spec.functions],
      quota,
      actual,
      ...(quota > 0 && rng.chance(0.5)
        ? { quotaByYear: { '2015': Math.round(quota * (1.05 + rng.next() * 0.2)) } }
        : {}),
      ...(rng.chance(0.15) ? { validFrom: this.date(1990, 2024) } : {}),
    };
    this.bodies.push(body);
    return spec.id;
  }

  date(fromYear: number, toYear: number): string {
    const { rng } = this;
    return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
  }

  person(): string {
    const { rng } = this;
    this.#personSeq += 1;
    const id = `n${this.#personSeq}`;
    this.persons.push({
      id,
      name: `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`,
    });
    return id;
  }

  /** A post in `body`; a new person holds it unless `holder` is given (or, 5 % of the time, it is vacant). */
  post(
    body: string,
    role: 'head' | 'deputy' | 'member',
    options: { holder?: string; timeShare?: number; validFrom?: string } = {},
  ): string | null {
    const holder = options.holder ?? (this.rng.chance(0.05) ? null : this.person());
    this.#postSeq += 1;
    this.posts.push({
      id: `x${this.#postSeq}`,
      body,
      role,
      holder,
      ...(options.timeShare === undefined ? {} : { timeShare: options.timeShare }),
      ...(options.validFrom === undefined ? {} : { validFrom: options.validFrom }),
    });
    return holder;
  }

  relation(kind: 'leads' | 'serves' | 'coordinates', from: string, to: string): void {
    this.#relationSeq += 1;
    this.relations.push({ id: `r${this.#relationSeq}`, kind, from, to });
  }

  /**
   * The usual leadership of one unit: the party secretary also chairs the people's council, and the
   * people's committee chair is a deputy secretary, with time shares that add up to 1.
   */
  leadership(parents: Parents, congress: string): void {
    const secretary = this.person();
    const chair = this.person();
    this.post(parents.party, 'head', { holder: secretary, timeShare: 0.6, validFrom: congress });
    this.post(parents.council, 'head', { holder: secretary, timeShare: 0.4, validFrom: congress });
    this.post(parents.party, 'deputy', { holder: chair, timeShare: 0.2, validFrom: congress });
    this.post(parents.committee, 'head', { holder: chair, timeShare: 0.8, validFrom: congress });
    this.post(parents.party, 'deputy', { validFrom: congress });
    this.post(parents.front, 'head');
    this.relation('leads', parents.party, parents.council);
    this.relation('leads', parents.party, parents.committee);
    this.relation('leads', parents.party, parents.front);
  }

  placeName(): string {
    const { rng } = this;
    const first = rng.pick(PLACE_SYLLABLES);
    let second = rng.pick(PLACE_SYLLABLES);
    while (second === first) second = rng.pick(PLACE_SYLLABLES);
    return `${first} ${second}`;
  }
}

function central(b: StateBuilder, shape: NationalShape): Parents & { assemblyOffice: string } {
  const party = b.body({
    id: 'tw',
    name: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
    kind: 'central-committee',
    sector: 'party',
    level: 'central',
    parent: null,
    functions: ['party-leadership'],
    staff: 0,
  });
  const unitsRange: Range = [shape.divisions[0] * 2, shape.divisions[1] * 2];
  for (const [key, name, functions, kind, sector] of CENTRAL_PARTY) {
    const id = b.body({
      id: `tw-${key}`,
      name,
      kind,
      sector,
      level: 'central',
      parent: party,
      functions,
      staff: [60, 250],
    });
    b.post(id, 'head');
    b.rng.sample(CENTRAL_UNITS, b.rng.int(...unitsRange)).forEach((unitName, i) => {
      b.body({
        id: `${id}-u${i + 1}`,
        name: unitName,
        kind: 'department',
        sector,
        level: 'central',
        parent: id,
        functions,
        staff: [10, 40],
      });
    });
  }

  const council = b.body({
    id: 'qh',
    name: 'Quốc hội',
    kind: 'national-assembly',
    sector: 'state',
    level: 'central',
    parent: null,
    functions: ['legislation', 'oversight', 'budget-approval'],
    staff: 0,
  });
  for (const [key, name, functions] of ASSEMBLY_BODIES) {
    const id = b.body({
      id: `qh-${key}`,
      name,
      kind: key === 'van-phong' ? 'state-office' : 'assembly-committee',
      sector: 'state',
      level: 'central',
      parent: council,
      functions,
      staff: [10, 60],
    });
    b.post(id, 'head');
  }

  const committee = b.body({
    id: 'cp',
    name: 'Chính phủ',
    kind: 'government',
    sector: 'state',
    level: 'central',
    parent: null,
    functions: ['state-administration'],
    staff: 0,
  });
  for (const [key, name, functions] of MINISTRIES) {
    const id = b.body({
      id: `cp-${key}`,
      name,
      kind: 'ministry',
      sector: 'state',
      level: 'central',
      parent: committee,
      functions,
      staff: [30, 90],
    });
    b.post(id, 'head');
    b.rng.sample(CENTRAL_UNITS, b.rng.int(...unitsRange)).forEach((unitName, i) => {
      b.body({
        id: `${id}-u${i + 1}`,
        name: unitName,
        kind: unitName.startsWith('Cục') ? 'general-department' : 'department',
        sector: 'state',
        level: 'central',
        parent: id,
        functions,
        staff: [15, 80],
      });
    });
  }
  for (const [id, name, kind, functions] of [
    ['vp-ctn', 'Văn phòng Chủ tịch nước', 'state-office', ['office', 'state-administration-support']],
    ['tandtc', 'Tòa án nhân dân tối cao', 'court', ['adjudication']],
    ['vksndtc', 'Viện kiểm sát nhân dân tối cao', 'procuracy', ['prosecution', 'judicial-oversight']],
    ['ktnn', 'Kiểm toán nhà nước', 'state-audit', ['audit']],
  ] as const) {
    b.body({ id, name, kind, sector: 'state', level: 'central', parent: null, functions, staff: [80, 300] });
    b.post(id, 'head');
  }

  const front = b.body({
    id: 'mttq',
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    kind: 'front-committee',
    sector: 'front',
    level: 'central',
    parent: null,
    functions: ['mass-mobilization', 'social-oversight'],
    staff: [80, 150],
  });
  const mass = new Map<string, string>();
  for (const [key, name] of MASS_ORGS) {
    const id = b.body({
      id: `mttq-${key}`,
      name,
      kind: 'mass-organization',
      sector: 'mass',
      level: 'central',
      parent: front,
      functions: ['mass-mobilization'],
      staff: [60, 200],
    });
    mass.set(key, id);
  }
  b.leadership({ party, council, committee, front, mass }, '2021-01-31');
  b.relation('serves', 'qh-van-phong', 'tw-van-phong');
  return { party, council, committee, front, mass, assemblyOffice: 'qh-van-phong' };
}

function province(
  b: StateBuilder,
  shape: NationalShape,
  up: Parents & { assemblyOffice: string },
  [code, placeName, city]: readonly [string, string, true?],
): Parents {
  const unit = code;
  const at = { level: 'province', unit } as const;
  const prefix = `p${code}`;
  const typeLower = city ? 'thành phố' : 'tỉnh';
  const committeeWord = city ? 'Thành ủy' : 'Tỉnh ủy';
  b.units.push({
    code,
    name: placeName,
    level: 'province',
    parent: null,
    type: city ? 'Thành phố trực thuộc trung ương' : 'Tỉnh',
  });

  const party = b.body({
    id: `${prefix}-tinh-uy`,
    name: `${committeeWord} ${placeName}`,
    kind: 'party-committee',
    sector: 'party',
    ...at,
    parent: up.party,
    functions: ['party-leadership'],
    staff: 0,
  });
  for (const [key, stem, functions, kind] of PARTY_COMMISSIONS) {
    const id = b.body({
      id: `${prefix}-${key}`,
      name: `${stem} ${committeeWord}`,
      kind,
      sector: 'party',
      ...at,
      parent: party,
      functions,
      staff: [12, 35],
    });
    b.post(id, 'head');
    b.post(id, 'deputy');
    for (let d = 1, n = b.rng.int(...shape.divisions); d <= n; d += 1) {
      b.body({
        id: `${id}-d${d}`,
        name: `Phòng ${d}`,
        kind: 'division',
        sector: 'party',
        ...at,
        parent: id,
        functions,
        staff: [3, 8],
      });
    }
  }
  for (const [key, name, kind, sector, functions] of [
    [
      'truong-chinh-tri',
      `Trường Chính trị ${typeLower} ${placeName}`,
      'school',
      'public-service',
      ['political-training'],
    ],
    ['bao', `Báo ${placeName}`, 'newspaper', 'public-service', ['press']],
    [
      'dang-uy-khoi-cq',
      `Đảng ủy Khối các cơ quan ${typeLower}`,
      'party-bloc-committee',
      'party',
      ['party-leadership'],
    ],
    [
      'dang-uy-khoi-dn',
      `Đảng ủy Khối Doanh nghiệp ${typeLower}`,
      'party-bloc-committee',
      'party',
      ['party-leadership'],
    ],
  ] as const) {
    const id = b.body({
      id: `${prefix}-${key}`,
      name,
      kind,
      sector,
      ...at,
      parent: party,
      functions,
      staff: [8, 60],
    });
    b.post(id, 'head');
  }

  const council = b.body({
    id: `${prefix}-hdnd`,
    name: `Hội đồng nhân dân ${typeLower} ${placeName}`,
    kind: 'peoples-council',
    sector: 'state',
    ...at,
    parent: up.council,
    functions: ['legislation-local', 'oversight'],
    staff: 0,
  });
  for (const [key, name] of [
    ['ban-phap-che', 'Ban Pháp chế'],
    ['ban-kt-ns', 'Ban Kinh tế – Ngân sách'],
    ['ban-vh-xh', 'Ban Văn hóa – Xã hội'],
    ...(b.rng.chance(0.5) ? ([['ban-dan-toc-hdnd', 'Ban Dân tộc']] as const) : []),
  ] as const) {
    b.body({
      id: `${prefix}-${key}`,
      name: `${name} Hội đồng nhân dân ${typeLower}`,
      kind: 'council-committee',
      sector: 'state',
      ...at,
      parent: council,
      functions: ['oversight'],
      staff: [0, 2],
    });
  }
  const councilOffice = b.body({
    id: `${prefix}-vp-doan-dbqh-hdnd`,
    name: `Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân ${typeLower}`,
    kind: 'state-office',
    sector: 'state',
    ...at,
    parent: council,
    functions: ['office', 'state-administration-support'],
    staff: [25, 45],
  });
  b.relation('serves', councilOffice, up.assemblyOffice);

  const committee = b.body({
    id: `${prefix}-ubnd`,
    name: `Ủy ban nhân dân ${typeLower} ${placeName}`,
    kind: 'peoples-committee',
    sector: 'state',
    ...at,
    parent: up.committee,
    functions: ['state-administration'],
    staff: 0,
  });
  b.body({
    id: `${prefix}-vp-ubnd`,
    name: `Văn phòng Ủy ban nhân dân ${typeLower}`,
    kind: 'state-office',
    sector: 'state',
    ...at,
    parent: committee,
    functions: ['office', 'state-administration-support'],
    staff: [40, 70],
  });
  for (const [key, name, functions] of DEPARTMENTS) {
    if (key === 'ban-dan-toc' && !b.rng.chance(0.5)) continue;
    if (key === 'so-ngoai-vu' && !b.rng.chance(0.4)) continue;
    const id = b.body({
      id: `${prefix}-${key}`,
      name,
      kind: key === 'thanh-tra' ? 'inspectorate' : 'department',
      sector: 'state',
      ...at,
      parent: committee,
      functions,
      staff: [25, 90],
    });
    b.post(id, 'head');
    b.post(id, 'deputy');
    b.rng.sample(DIVISIONS, b.rng.int(...shape.divisions)).forEach((division, d) => {
      b.body({
        id: `${id}-d${d + 1}`,
        name: division,
        kind: 'division',
        sector: 'state',
        ...at,
        parent: id,
        functions,
        staff: [4, 12],
      });
    });
    if (shape.divisions[1] > 0) {
      for (let s = 1, n = b.rng.int(0, 3); s <= n; s += 1) {
        b.body({
          id: `${id}-s${s}`,
          name: `Trung tâm ${s} trực thuộc ${name}`,
          kind: 'service-unit',
          sector: 'public-service',
          ...at,
          parent: id,
          functions,
          staff: [5, 120],
        });
      }
    }
  }
  b.relation('coordinates', `${prefix}-ubkt`, `${prefix}-thanh-tra`);

  const front = b.body({
    id: `${prefix}-mttq`,
    name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${typeLower} ${placeName}`,
    kind: 'front-committee',
    sector: 'front',
    ...at,
    parent: up.front,
    functions: ['mass-mobilization', 'social-oversight'],
    staff: [12, 25],
  });
  const mass = new Map<string, string>();
  for (const [key, , local] of MASS_ORGS) {
    const id = b.body({
      id: `${prefix}-${key}`,
      name:
        key === 'doan-tn'
          ? `${city ? 'Thành' : 'Tỉnh'} đoàn ${placeName}`
          : `${local} ${typeLower} ${placeName}`,
      kind: 'mass-organization',
      sector: 'mass',
      ...at,
      parent: up.mass.get(key) ?? front,
      functions: ['mass-mobilization'],
      staff: [8, 30],
    });
    b.post(id, 'head');
    mass.set(key, id);
  }
  const parents = { party, council, committee, front, mass };
  b.leadership(parents, '2020-10-15');
  return parents;
}

const DISTRICT_TYPES = [
  ['Huyện', 'Huyện ủy', 'huyện'],
  ['Thị xã', 'Thị ủy', 'thị xã'],
  ['Thành phố', 'Thành ủy', 'thành phố'],
  ['Quận', 'Quận ủy', 'quận'],
] as const;

function district(
  b: StateBuilder,
  up: Parents,
  province: string,
  code: string,
  cityProvince: boolean,
): { parents: Parents; urban: boolean } {
  const roll = b.rng.next();
  const [type, committeeWord, typeLower] =
    DISTRICT_TYPES[cityProvince ? (roll < 0.5 ? 3 : 0) : roll < 0.82 ? 0 : roll < 0.92 ? 1 : 2];
  const placeName = b.placeName();
  const at = { level: 'district', unit: code } as const;
  const prefix = `d${code}`;
  b.units.push({ code, name: placeName, level: 'district', parent: province, type });

  const party = b.body({
    id: `${prefix}-huyen-uy`,
    name: `${committeeWord} ${placeName}`,
    kind: 'party-committee',
    sector: 'party',
    ...at,
    parent: up.party,
    functions: ['party-leadership'],
    staff: 0,
  });
  for (const [key, stem, functions, kind] of PARTY_COMMISSIONS.slice(0, 5)) {
    const id = b.body({
      id: `${prefix}-${key}`,
      name: `${stem} ${committeeWord}`,
      kind,
      sector: 'party',
      ...at,
      parent: party,
      functions,
      staff: [4, 12],
    });
    b.post(id, 'head');
  }
  b.body({
    id: `${prefix}-tt-chinh-tri`,
    name: `Trung tâm Chính trị ${typeLower}`,
    kind: 'training-centre',
    sector: 'public-service',
    ...at,
    parent: party,
    functions: ['political-training'],
    staff: [3, 7],
  });

  const council = b.body({
    id: `${prefix}-hdnd`,
    name: `Hội đồng nhân dân ${typeLower} ${placeName}`,
    kind: 'peoples-council',
    sector: 'state',
    ...at,
    parent: up.council,
    functions: ['legislation-local', 'oversight'],
    staff: 0,
  });
  for (const [key, name] of [
    ['ban-phap-che', 'Ban Pháp chế'],
    ['ban-kt-xh', 'Ban Kinh tế – Xã hội'],
  ] as const) {
    b.body({
      id: `${prefix}-${key}`,
      name: `${name} Hội đồng nhân dân ${typeLower}`,
      kind: 'council-committee',
      sector: 'state',
      ...at,
      parent: council,
      functions: ['oversight'],
      staff: 0,
    });
  }

  const committee = b.body({
    id: `${prefix}-ubnd`,
    name: `Ủy ban nhân dân ${typeLower} ${placeName}`,
    kind: 'peoples-committee',
    sector: 'state',
    ...at,
    parent: up.committee,
    functions: ['state-administration'],
    staff: 0,
  });
  b.body({
    id: `${prefix}-vp-hdnd-ubnd`,
    name: `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${typeLower}`,
    kind: 'state-office',
    sector: 'state',
    ...at,
    parent: committee,
    functions: ['office', 'state-administration-support'],
    staff: [12, 20],
  });
  for (const [key, name, functions] of DISTRICT_OFFICES) {
    if (key === 'phong-dan-toc' && !b.rng.chance(0.3)) continue;
    const id = b.body({
      id: `${prefix}-${key}`,
      name: key === 'thanh-tra' ? `Thanh tra ${typeLower}` : name,
      kind: key === 'thanh-tra' ? 'inspectorate' : 'district-office',
      sector: 'state',
      ...at,
      parent: committee,
      functions,
      staff: [5, 15],
    });
    b.post(id, 'head');
  }
  for (const [key, name, functions] of DISTRICT_SERVICES) {
    b.body({
      id: `${prefix}-${key}`,
      name: `${name} ${typeLower}`,
      kind: 'service-unit',
      sector: 'public-service',
      ...at,
      parent: committee,
      functions,
      staff: key === 'tt-y-te' ? [80, 300] : [8, 40],
    });
  }
  b.relation('coordinates', `${prefix}-ubkt`, `${prefix}-thanh-tra`);

  const front = b.body({
    id: `${prefix}-mttq`,
    name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${typeLower} ${placeName}`,
    kind: 'front-committee',
    sector: 'front',
    ...at,
    parent: up.front,
    functions: ['mass-mobilization', 'social-oversight'],
    staff: [4, 8],
  });
  const mass = new Map<string, string>();
  for (const [key, , local] of MASS_ORGS) {
    const id = b.body({
      id: `${prefix}-${key}`,
      name: key === 'doan-tn' ? `${type} đoàn ${placeName}` : `${local} ${typeLower} ${placeName}`,
      kind: 'mass-organization',
      sector: 'mass',
      ...at,
      parent: up.mass.get(key) ?? front,
      functions: ['mass-mobilization'],
      staff: [2, 5],
    });
    mass.set(key, id);
  }
  const parents = { party, council, committee, front, mass };
  b.leadership(parents, '2020-08-15');
  return { parents, urban: type === 'Quận' };
}

function commune(
  b: StateBuilder,
  up: Parents,
  districtCode: string,
  code: string,
  urban: boolean,
  villages: number,
): void {
  const type = urban ? 'Phường' : b.rng.chance(0.08) ? 'Thị trấn' : 'Xã';
  const typeLower = type.toLowerCase();
  const placeName = b.placeName();
  const at = { level: 'commune', unit: code } as const;
  const prefix = `c${code}`;
  b.units.push({ code, name: placeName, level: 'commune', parent: districtCode, type });

  const body = (
    key: string,
    name: string,
    kind: string,
    sector: string,
    parent: string,
    functions: readonly string[],
    staff: Range,
  ): string => b.body({ id: `${prefix}-${key}`, name, kind, sector, ...at, parent, functions, staff });
  const party = body(
    'dang-uy',
    `Đảng ủy ${typeLower} ${placeName}`,
    'party-committee',
    'party',
    up.party,
    ['party-leadership'],
    [2, 4],
  );
  const council = body(
    'hdnd',
    `Hội đồng nhân dân ${typeLower} ${placeName}`,
    'peoples-council',
    'state',
    up.council,
    ['legislation-local', 'oversight'],
    [1, 2],
  );
  const committee = body(
    'ubnd',
    `Ủy ban nhân dân ${typeLower} ${placeName}`,
    'peoples-committee',
    'state',
    up.committee,
    ['state-administration'],
    [8, 14],
  );
  body(
    'quan-su',
    `Ban Chỉ huy Quân sự ${typeLower}`,
    'military-command',
    'state',
    committee,
    ['defence'],
    [1, 2],
  );
  const front = body(
    'mttq',
    `Ủy ban Mặt trận Tổ quốc Việt Nam ${typeLower} ${placeName}`,
    'front-committee',
    'front',
    up.front,
    ['mass-mobilization'],
    [1, 2],
  );
  const mass = new Map<string, string>();
  for (const [key, , local, atCommune] of MASS_ORGS) {
    if (!atCommune) continue;
    mass.set(
      key,
      body(
        key,
        `${local} ${typeLower} ${placeName}`,
        'mass-organization',
        'mass',
        up.mass.get(key) ?? front,
        ['mass-mobilization'],
        [1, 1],
      ),
    );
  }
  b.leadership({ party, council, committee, front, mass }, '2020-06-20');

  for (let v = 1; v <= villages; v += 1) {
    const villageCode = `${code}${pad(v, 2)}`;
    const villageName = `${urban ? 'Tổ dân phố' : 'Thôn'} ${v}`;
    b.units.push({ code: villageCode, name: villageName, level: 'village', parent: code });
    const vat = { level: 'village', unit: villageCode } as const;
    const cell = b.body({
      id: `v${villageCode}-chi-bo`,
      name: `Chi bộ ${villageName.toLowerCase()}`,
      kind: 'party-cell',
      sector: 'party',
      ...vat,
      parent: party,
      functions: ['party-leadership'],
      staff: 0,
    });
    const frontBoard = b.body({
      id: `v${villageCode}-ban-ctmt`,
      name: `Ban Công tác Mặt trận ${villageName.toLowerCase()}`,
      kind: 'front-board',
      sector: 'front',
      ...vat,
      parent: front,
      functions: ['mass-mobilization'],
      staff: 0,
    });
    const secretary = b.post(cell, 'head', { timeShare: 0.5 });
    b.post(frontBoard, 'member', secretary === null ? {} : { holder: secretary, timeShare: 0.3 });
    b.post(frontBoard, 'head');
  }
}

/**
 * A national-shaped state document (the JSON that `safeParseState` reads) of the given shape.
 *
 * @example
 * const doc = generateNationalState(SIZES.small);
 * const text = JSON.stringify(doc);
 */
export function generateNationalState(shape: NationalShape, seed = DEFAULT_SEED): StateJsonInput {
  const b = new StateBuilder(seed);
  const top = central(b, shape);
  const step = PROVINCES.length / Math.max(1, Math.min(shape.provinces, PROVINCES.length));
  let districtSeq = 0;
  let communeSeq = 0;
  for (let p = 0; p < Math.min(shape.provinces, PROVINCES.length); p += 1) {
    const entry = PROVINCES[Math.floor(p * step)] as (typeof PROVINCES)[number];
    const up = province(b, shape, top, entry);
    for (let d = 0, nd = b.rng.int(...shape.districtsPerProvince); d < nd; d += 1) {
      districtSeq += 1;
      const districtCode = pad(districtSeq, 3);
      const { parents: districtUp, urban } = district(b, up, entry[0], districtCode, entry[2] === true);
      for (let c = 0, nc = b.rng.int(...shape.communesPerDistrict); c < nc; c += 1) {
        communeSeq += 1;
        commune(
          b,
          districtUp,
          districtCode,
          pad(communeSeq, 5),
          urban,
          b.rng.int(...shape.villagesPerCommune),
        );
      }
    }
  }
  return {
    format: 'tinhgon/state@1',
    units: b.units,
    bodies: b.bodies,
    relations: b.relations,
    persons: b.persons,
    posts: b.posts,
  };
}
