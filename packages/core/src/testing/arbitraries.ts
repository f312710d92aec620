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
import { arbAttributes, arbId, arbPeriod, arbStaff, arbUnitCode, type Period } from './primitives.js';
import type {
  BodyDoc,
  PersonDoc,
  PostDoc,
  RelationDoc,
  StateDoc,
  StateDocOptions,
  UnitDoc,
} from './state-doc.js';
import {
  FUNCTION_TAGS,
  KIND_TABLE,
  PERSON_NAMES,
  PLACES,
  SHARES,
  UNIT_NAMES,
  UNIT_TYPES,
} from './vocabulary.js';

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
