/**
 * fast-check arbitraries for tinhgon state documents that are valid by construction: every document
 * `arbStateDoc` produces passes `safeParseState` with no issue. Laws for parsing, serialisation, the graph
 * view and (later) transformations start from these and inject faults or edits of their own.
 *
 * @example
 * fc.assert(fc.property(arbStateDoc({ maxBodies: 20 }), (doc) => safeParseState(doc).ok));
 */
import {
  LEVELS,
  type Level,
  levelRank,
  MAX_STAFF,
  type OrgState,
  POST_ROLES,
  type PostRole,
  parseState,
  RELATION_KINDS,
  type RelationKind,
  STATE_FORMAT,
  UNIT_LEVELS,
  type UnitLevel,
} from '@tinhgon/core';
import fc from 'fast-check';
import {
  FUNCTION_TAGS,
  KIND_TABLE,
  PERSON_NAMES,
  PLACES,
  SHARES,
  UNIT_NAMES,
  UNIT_TYPES,
} from './vocabulary.js';

// ── Document types: plain, mutable JSON, so laws can change a copy before parsing it ─────────────────

export interface BodyDoc {
  id: string;
  name: string;
  nameEn?: string;
  kind: string;
  sector: string;
  level: Level;
  unit?: string;
  parent: string | null;
  functions: string[];
  quota: number;
  actual: number;
  quotaByYear?: Record<string, number>;
  attributes?: Record<string, string | number | boolean>;
  validFrom?: string;
  validUntil?: string;
}

export interface RelationDoc {
  id: string;
  kind: RelationKind;
  from: string;
  to: string;
  validFrom?: string;
  validUntil?: string;
}

export interface PersonDoc {
  id: string;
  name: string;
}

export interface PostDoc {
  id: string;
  body: string;
  role: PostRole;
  holder: string | null;
  timeShare?: number;
  validFrom?: string;
  validUntil?: string;
}

export interface UnitDoc {
  code: string;
  name: string;
  level: UnitLevel;
  parent: string | null;
  type?: string;
  attributes?: Record<string, string | number | boolean>;
  validFrom?: string;
  validUntil?: string;
}

/** A state document with every list present (the format tag is sometimes left out, as input may). */
export interface StateDoc {
  format?: typeof STATE_FORMAT;
  bodies: BodyDoc[];
  relations: RelationDoc[];
  persons: PersonDoc[];
  posts: PostDoc[];
  units: UnitDoc[];
}

export interface StateDocOptions {
  /** Fewest bodies (default 1). With 0, a document may be empty and then has no posts or relations. */
  readonly minBodies?: number;
  /** Most bodies (default 12). */
  readonly maxBodies?: number;
  /** Most relations (default `maxBodies`). */
  readonly maxRelations?: number;
  /** Most persons (default half of `maxBodies`, at least 1). */
  readonly maxPersons?: number;
  /** Most posts (default `maxBodies`). */
  readonly maxPosts?: number;
  /** Most admin units (default 6; 0 for none, and then no body names a unit). */
  readonly maxUnits?: number;
  /** Whether records may carry validity periods (default true). */
  readonly withDates?: boolean;
}

// ── Primitive arbitraries ────────────────────────────────────────────────────────────────────────────

/**
 * Ids as people write them: kebab-case ASCII mostly, Vietnamese in NFC, and the names of Object.prototype
 * members, which must behave as ordinary ids.
 */
export const arbId: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5}){0,2}$/) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'ban-tổ-chức',
        'sở-nội-vụ',
        'ủy-ban',
        'Đảng-ủy',
        'văn-phòng',
        'phòng-tccb',
        'hđnd',
        'ubnd',
      )
      .chain((stem) =>
        fc
          .option(fc.nat({ max: 99 }), { nil: undefined })
          .map((n) => (n === undefined ? stem : `${stem}-${n}`)),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z0-9_.:]{0,8}$/) },
);

/** Unit codes: official-looking digit strings with leading zeros. */
export const arbUnitCode: fc.Arbitrary<string> = fc.stringMatching(/^\d{2,5}$/);

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 40 * 366;

const isoDay = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);

/** A real calendar date between 2000 and 2040. */
export const arbIsoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: SPAN_DAYS }).map(isoDay);

export interface Period {
  validFrom?: string;
  validUntil?: string;
}

/** A validity period with either bound optional; when both are present, `validUntil` is later. */
export const arbPeriod: fc.Arbitrary<Period> = fc
  .record({
    from: fc.option(fc.integer({ min: 0, max: SPAN_DAYS }), { nil: undefined }),
    length: fc.option(fc.integer({ min: 1, max: 15 * 366 }), { nil: undefined }),
  })
  .map(({ from, length }) => {
    const period: Period = {};
    if (from !== undefined) period.validFrom = isoDay(from);
    if (length !== undefined) period.validUntil = isoDay((from ?? 0) + length);
    return period;
  });

/** A staff figure: usually a few dozen, sometimes zero or the maximum. */
export const arbStaff: fc.Arbitrary<number> = fc.oneof(
  { weight: 10, arbitrary: fc.nat({ max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, MAX_STAFF) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_STAFF }) },
);

/**
 * Open attributes as presets use them (province class, pilot flags, population), now and then with a key
 * named like an Object.prototype member.
 */
export const arbAttributes: fc.Arbitrary<Record<string, string | number | boolean>> = fc.dictionary(
  fc.constantFrom(
    'provinceClass',
    'pilot',
    'population',
    'area.km2',
    'decision_no',
    'constructor',
    'toString',
  ),
  fc.oneof(
    fc.constantFrom('I', 'II', 'III', '40/2017/NQ-HĐND'),
    fc.boolean(),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  ),
  { minKeys: 1, maxKeys: 3 },
);

// ── Genes: the random choices for one record, turned into a document by `assemble` ──────────────────

interface UnitGene {
  code: string;
  parentPick: number | undefined;
  step: number;
  name: number;
  type: boolean;
  attributes: Record<string, string | number | boolean> | undefined;
  period: Period | undefined;
}

interface BodyGene {
  id: string;
  kind: readonly [sector: string, kind: string, names: readonly string[]];
  name: number;
  place: string | undefined;
  nameEn: string | undefined;
  parentPick: number | undefined;
  rootLevel: Level;
  step: number;
  unitPick: number | undefined;
  functions: string[];
  quota: number;
  actual: number;
  quotaByYear: Record<string, number> | undefined;
  attributes: Record<string, string | number | boolean> | undefined;
  period: Period | undefined;
}

interface RelationGene {
  id: string;
  kind: RelationKind;
  from: number;
  offset: number;
  period: Period | undefined;
}

interface PostGene {
  id: string;
  bodyPick: number;
  role: PostRole;
  holderPick: number | undefined;
  share: number | undefined;
  period: Period | undefined;
}

/** `arb` or `undefined`, with the odds `present : absent`. */
const rarely = <T>(arb: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });

function arbUnitGene(withDates: boolean): fc.Arbitrary<UnitGene> {
  return fc.record({
    code: arbUnitCode,
    parentPick: rarely(fc.nat(), 3, 1),
    step: fc.constantFrom(1, 1, 1, 1, 2),
    name: fc.nat(),
    type: fc.boolean(),
    attributes: rarely(arbAttributes, 1, 4),
    period: withDates ? rarely(arbPeriod, 1, 5) : fc.constant(undefined),
  });
}

function arbBodyGene(withDates: boolean): fc.Arbitrary<BodyGene> {
  return fc.record({
    id: arbId,
    kind: fc.constantFrom(...KIND_TABLE),
    name: fc.nat(),
    place: rarely(fc.constantFrom(...PLACES), 1, 1),
    nameEn: rarely(
      fc.constantFrom('Organization Committee', 'Department of Home Affairs', 'Party Office'),
      1,
      2,
    ),
    parentPick: rarely(fc.nat(), 5, 1),
    rootLevel: fc.constantFrom<Level>(
      'central',
      'province',
      'province',
      'province',
      'district',
      'district',
      'commune',
    ),
    step: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 1, 1, 2),
    unitPick: rarely(fc.nat(), 3, 1),
    functions: fc.uniqueArray(fc.constantFrom(...FUNCTION_TAGS), { maxLength: 3 }),
    quota: arbStaff,
    actual: arbStaff,
    quotaByYear: rarely(
      fc.dictionary(fc.integer({ min: 2010, max: 2030 }).map(String), arbStaff, { minKeys: 1, maxKeys: 3 }),
      2,
      3,
    ),
    attributes: rarely(arbAttributes, 1, 4),
    period: withDates ? rarely(arbPeriod, 1, 2) : fc.constant(undefined),
  });
}

function arbRelationGene(withDates: boolean): fc.Arbitrary<RelationGene> {
  return fc.record({
    id: arbId,
    kind: fc.constantFrom(...RELATION_KINDS),
    from: fc.nat(),
    offset: fc.nat(),
    period: withDates ? rarely(arbPeriod, 1, 2) : fc.constant(undefined),
  });
}

function arbPostGene(withDates: boolean): fc.Arbitrary<PostGene> {
  return fc.record({
    id: arbId,
    bodyPick: fc.nat(),
    role: fc.constantFrom(...POST_ROLES),
    holderPick: rarely(fc.nat(), 4, 1),
    share: rarely(fc.constantFrom(...SHARES), 1, 1),
    period: withDates ? rarely(arbPeriod, 2, 3) : fc.constant(undefined),
  });
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

function withPeriod<T extends object>(record: T, period: Period | undefined): T {
  return period === undefined ? record : { ...record, ...period };
}

function assembleUnits(genes: readonly UnitGene[]): UnitDoc[] {
  const units: UnitDoc[] = [];
  for (const gene of genes) {
    let level: UnitLevel = 'province';
    let parent: string | null = null;
    if (gene.parentPick !== undefined && units.length > 0) {
      const above = pick(units, gene.parentPick);
      const rank = UNIT_LEVELS.indexOf(above.level) + gene.step;
      if (rank < UNIT_LEVELS.length) {
        level = UNIT_LEVELS[rank] as UnitLevel;
        parent = above.code;
      }
    }
    const unit: UnitDoc = { code: gene.code, name: pick(UNIT_NAMES[level], gene.name), level, parent };
    if (gene.type) unit.type = pick(UNIT_TYPES[level], gene.name);
    if (gene.attributes !== undefined) unit.attributes = gene.attributes;
    units.push(withPeriod(unit, gene.period));
  }
  return units;
}

function assembleBodies(genes: readonly BodyGene[], units: readonly UnitDoc[]): BodyDoc[] {
  const bodies: BodyDoc[] = [];
  for (const gene of genes) {
    // A parent always comes earlier in the list, so belongs-to is a forest by construction.
    const parent =
      gene.parentPick === undefined || bodies.length === 0 ? undefined : pick(bodies, gene.parentPick);
    const level =
      parent === undefined
        ? gene.rootLevel
        : (LEVELS[Math.min(LEVELS.length - 1, levelRank(parent.level) + gene.step)] as Level);
    const [sector, kind, names] = gene.kind;
    const name = pick(names, gene.name);
    const body: BodyDoc = {
      id: gene.id,
      name: gene.place === undefined ? name : `${name} ${gene.place}`,
      kind,
      sector,
      level,
      parent: parent?.id ?? null,
      functions: gene.functions,
      quota: gene.quota,
      actual: gene.actual,
    };
    if (gene.nameEn !== undefined) body.nameEn = gene.nameEn;
    const candidates = units.filter((u) => u.level === level);
    if (gene.unitPick !== undefined && candidates.length > 0)
      body.unit = pick(candidates, gene.unitPick).code;
    if (gene.quotaByYear !== undefined) body.quotaByYear = gene.quotaByYear;
    if (gene.attributes !== undefined) body.attributes = gene.attributes;
    bodies.push(withPeriod(body, gene.period));
  }
  return bodies;
}

function assembleRelations(genes: readonly RelationGene[], bodies: readonly BodyDoc[]): RelationDoc[] {
  if (bodies.length < 2) return [];
  return genes.map((gene) => {
    const from = gene.from % bodies.length;
    const to = (from + 1 + (gene.offset % (bodies.length - 1))) % bodies.length;
    const relation: RelationDoc = {
      id: gene.id,
      kind: gene.kind,
      from: (bodies[from] as BodyDoc).id,
      to: (bodies[to] as BodyDoc).id,
    };
    return withPeriod(relation, gene.period);
  });
}

/**
 * Posts that keep the post invariants whatever their dates: at most one head per body ever, a person holds
 * a (body, role) pair at most once, and each person's shares add up to at most 1 over all their posts.
 */
function assemblePosts(
  genes: readonly PostGene[],
  bodies: readonly BodyDoc[],
  persons: readonly PersonDoc[],
): PostDoc[] {
  if (bodies.length === 0) return [];
  const headed = new Set<string>();
  const held = new Set<string>();
  const used = new Map<string, number>();
  return genes.map((gene) => {
    const body = pick(bodies, gene.bodyPick).id;
    const role: PostRole = gene.role === 'head' && headed.has(body) ? 'deputy' : gene.role;
    if (role === 'head') headed.add(body);
    let holder: string | null = null;
    if (gene.holderPick !== undefined && persons.length > 0) {
      const candidate = pick(persons, gene.holderPick).id;
      const key = JSON.stringify([candidate, body, role]);
      if (!held.has(key)) {
        held.add(key);
        holder = candidate;
      }
    }
    const post: PostDoc = { id: gene.id, body, role, holder };
    if (gene.share !== undefined) {
      const sum = holder === null ? 0 : (used.get(holder) ?? 0);
      if (sum + gene.share <= 1 + 1e-9) {
        post.timeShare = gene.share;
        if (holder !== null) used.set(holder, sum + gene.share);
      }
    }
    return withPeriod(post, gene.period);
  });
}

// ── The public arbitraries ───────────────────────────────────────────────────────────────────────────

/** A valid state document, sized by `options`. */
export function arbStateDoc(options: StateDocOptions = {}): fc.Arbitrary<StateDoc> {
  const maxBodies = options.maxBodies ?? 12;
  const minBodies = Math.min(options.minBodies ?? 1, maxBodies);
  const maxRelations = options.maxRelations ?? maxBodies;
  const maxPersons = options.maxPersons ?? Math.max(1, Math.ceil(maxBodies / 2));
  const maxPosts = options.maxPosts ?? maxBodies;
  const maxUnits = options.maxUnits ?? 6;
  const withDates = options.withDates ?? true;
  const byId = { selector: (gene: { id: string }) => gene.id };
  return fc
    .record({
      format: fc.boolean(),
      units: fc.uniqueArray(arbUnitGene(withDates), { selector: (g) => g.code, maxLength: maxUnits }),
      bodies: fc.uniqueArray(arbBodyGene(withDates), { ...byId, minLength: minBodies, maxLength: maxBodies }),
      relations: fc.uniqueArray(arbRelationGene(withDates), { ...byId, maxLength: maxRelations }),
      persons: fc.uniqueArray(fc.record({ id: arbId, name: fc.constantFrom(...PERSON_NAMES) }), {
        ...byId,
        maxLength: maxPersons,
      }),
      posts: fc.uniqueArray(arbPostGene(withDates), { ...byId, maxLength: maxPosts }),
    })
    .map((genes) => {
      const units = assembleUnits(genes.units);
      const bodies = assembleBodies(genes.bodies, units);
      const persons = genes.persons.map((p) => ({ id: p.id, name: p.name }));
      const doc: StateDoc = {
        bodies,
        relations: assembleRelations(genes.relations, bodies),
        persons,
        posts: assemblePosts(genes.posts, bodies, persons),
        units,
      };
      return genes.format ? { format: STATE_FORMAT, ...doc } : doc;
    });
}

/** A valid state: {@link arbStateDoc} parsed. */
export function arbOrgState(options: StateDocOptions = {}): fc.Arbitrary<OrgState> {
  return arbStateDoc(options).map((doc) => parseState(doc));
}

/** A permutation of a list (every element once, in any order). */
export function arbPermutation<T>(list: readonly T[]): fc.Arbitrary<T[]> {
  return list.length === 0 ? fc.constant([]) : fc.shuffledSubarray([...list], { minLength: list.length });
}

/** The same document with every entity list in another order (the order of `functions` is content). */
export function arbShuffledDoc(doc: StateDoc): fc.Arbitrary<StateDoc> {
  return fc
    .record({
      bodies: arbPermutation(doc.bodies),
      relations: arbPermutation(doc.relations),
      persons: arbPermutation(doc.persons),
      posts: arbPermutation(doc.posts),
      units: arbPermutation(doc.units),
    })
    .map((lists) => ({ ...doc, ...lists }));
}

/** A deep copy of a document, for laws that change one before parsing it. */
export function cloneDoc(doc: StateDoc): StateDoc {
  return structuredClone(doc);
}
