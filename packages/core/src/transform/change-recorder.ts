import { type Draft, produce } from 'immer';
import type { AdminUnit } from '../model/admin-unit.js';
import type { Body, BodyId } from '../model/body.js';
import { levelRank } from '../model/level.js';
import type { Person, Post, PostRole } from '../model/post.js';
import { MAX_STAFF } from '../schema/primitives.js';
import { frozenRecord } from '../state/build-state.js';
import type { OrgState } from '../state/org-state.js';
import { StateDraft } from '../state/state-draft.js';
import type {
  Change,
  EndedBody,
  EndReason,
  Flow,
  FlowKind,
  PostChange,
  RelationChange,
  StepMeta,
  StepOp,
  UnitChange,
} from './change.js';
import { TransformError, type TransformErrorCode } from './transform-error.js';

interface MutableFlow {
  from: BodyId | null;
  to: BodyId | null;
  kind: FlowKind;
  quota: number;
  actual: number;
  functions: string[];
  children: BodyId[];
  posts: string[];
}

/** What a flow carries; every part is optional. */
export interface FlowLoad {
  readonly quota?: number;
  readonly actual?: number;
  readonly functions?: readonly string[];
  readonly children?: readonly BodyId[];
  readonly posts?: readonly string[];
}

/** Plain fields a step sets on a body: see {@link ChangeRecorder.patchBody}. */
export type BodyPatch = Partial<
  Pick<
    Body,
    'name' | 'nameEn' | 'level' | 'parent' | 'unit' | 'functions' | 'quota' | 'actual' | 'quotaByYear'
  >
>;

/** True when a patch would change the body (a field it sets holds another value). */
function changes(body: Body, fields: BodyPatch): boolean {
  for (const key in fields) {
    if (fields[key as keyof BodyPatch] !== body[key as keyof BodyPatch]) return true;
  }
  return false;
}

function frozenFields(fields: BodyPatch): BodyPatch {
  if (fields.functions !== undefined && !Object.isFrozen(fields.functions)) {
    fields = { ...fields, functions: Object.freeze([...fields.functions]) };
  }
  if (fields.quotaByYear !== undefined && !Object.isFrozen(fields.quotaByYear)) {
    fields = { ...fields, quotaByYear: frozenRecord(fields.quotaByYear) };
  }
  return fields;
}

/** The result of every transformation: the new state and the typed record of what changed. */
export interface TransformResult {
  readonly state: OrgState;
  readonly changes: Change;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const NONE: readonly never[] = Object.freeze([]);

/** A list of a change record, frozen in place; most steps leave most lists empty, which share one. */
const frozen = <T>(list: T[]): readonly T[] => (list.length === 0 ? NONE : Object.freeze(list));

/**
 * The one place where transformations change a state. It wraps a {@link StateDraft} (so the base state is
 * never touched and a thrown error leaves nothing behind) and writes the change record as it goes: every
 * body created, updated or ended, every flow of staff, functions, children and posts, every post, relation
 * and unit change. Transformations check their preconditions first, then call these primitives.
 */
export class ChangeRecorder {
  readonly op: StepOp;
  readonly meta: StepMeta;
  readonly draft: StateDraft;
  readonly #began: BodyId[] = [];
  readonly #ended: EndedBody[] = [];
  /**
   * The record each body had before this step first changed it, for the bodies it changed: made on the
   * first change, as most steps change a body or two and the recorder is made for every step.
   */
  #original: Map<BodyId, Body> | undefined;
  #flows: Map<string, MutableFlow> | undefined;
  readonly #posts: PostChange[] = [];
  readonly #relations: RelationChange[] = [];
  readonly #units: UnitChange[] = [];

  constructor(state: OrgState, op: StepOp, meta: StepMeta) {
    this.op = op;
    this.meta = meta;
    this.draft = new StateDraft(state);
  }

  fail(reason: TransformErrorCode, subjects: readonly string[], message: string): never {
    throw new TransformError(this.op, reason, subjects, message);
  }

  // ---- lookups that name what is missing ----

  body(id: BodyId, role = 'body'): Body {
    const body = this.draft.body(id);
    if (body === undefined) this.fail('unknown-body', [id], `${role} "${id}" is not in the state`);
    return body;
  }

  post(id: string): Post {
    const post = this.draft.post(id);
    if (post === undefined) this.fail('unknown-post', [id], `post "${id}" is not in the state`);
    return post;
  }

  person(id: string): Person {
    const person = this.draft.person(id);
    if (person === undefined) this.fail('unknown-person', [id], `person "${id}" is not in the state`);
    return person;
  }

  unit(code: string): AdminUnit {
    const unit = this.draft.unit(code);
    if (unit === undefined) this.fail('unknown-unit', [code], `admin unit "${code}" is not in the state`);
    return unit;
  }

  /** Children of a body, sorted by id so that records are deterministic. */
  childrenOf(id: BodyId): BodyId[] {
    return this.draft.children(id).toArray().sort(byCodeUnits);
  }

  postsOf(id: BodyId): Post[] {
    return this.draft
      .postsOf(id)
      .toArray()
      .sort(byCodeUnits)
      .map((postId) => this.post(postId));
  }

  // ---- checks ----

  assertFreeId(id: BodyId): void {
    if (this.draft.body(id) !== undefined) {
      this.fail('duplicate-id', [id], `body id "${id}" is already in use; choose a new id`);
    }
  }

  /** True when `ancestor` is `node` or above it in the tree. Walks parent links: O(depth), O(1) for a leaf. */
  isAncestorOrSelf(ancestor: BodyId, node: BodyId): boolean {
    if (ancestor === node) return true;
    if (this.draft.children(ancestor).size === 0) return false;
    let current: BodyId | null = node;
    while (current !== null) {
      if (current === ancestor) return true;
      current = this.draft.body(current)?.parent ?? null;
    }
    return false;
  }

  /** `child` (a body at `level`) may sit under `parent`: it exists, is not below `child`, and is not lower. */
  assertCanParent(child: BodyId, level: Body['level'], parent: BodyId | null): void {
    if (parent === null) return;
    const parentBody = this.body(parent, 'parent');
    if (this.draft.body(child) !== undefined && this.isAncestorOrSelf(child, parent)) {
      this.fail(
        'would-create-cycle',
        [child, parent],
        `body "${child}" cannot go under "${parent}", which lies inside it`,
      );
    }
    if (levelRank(level) < levelRank(parentBody.level)) {
      this.fail(
        'level-above-parent',
        [child, parent],
        `body "${child}" at level ${level} cannot go under "${parent}" at the lower level ${parentBody.level}`,
      );
    }
  }

  /** A body at `level` may sit in `unit`: the unit exists and is of that level. */
  assertUnit(body: BodyId, level: Body['level'], unit: string | undefined): void {
    if (unit === undefined) return;
    const record = this.unit(unit);
    if (record.level !== level) {
      this.fail(
        'unit-level-mismatch',
        [body, unit],
        `body "${body}" at level ${level} cannot sit in admin unit "${unit}", a ${record.level}`,
      );
    }
  }

  // ---- bodies ----

  /** Staff figures stay within what a state document may hold. */
  assertStaffLimit(body: Body): void {
    if (body.quota > MAX_STAFF || body.actual > MAX_STAFF) {
      this.fail(
        'staff-limit',
        [body.id],
        `body "${body.id}" would have quota ${body.quota} and actual ${body.actual}, above the limit of ${MAX_STAFF}`,
      );
    }
  }

  createBody(body: Body): void {
    this.assertStaffLimit(body);
    this.assertFreeId(body.id);
    this.assertCanParent(body.id, body.level, body.parent);
    this.assertUnit(body.id, body.level, body.unit);
    this.draft.putBody(body);
    this.#began.push(body.id);
  }

  /** Changes a body's record through an immer recipe; the result is frozen. */
  updateBody(id: BodyId, recipe: (draft: Draft<Body>) => void): Body {
    const before = this.body(id);
    const after = produce(before, recipe);
    if (after !== before) {
      this.assertStaffLimit(after);
      if (after.parent !== before.parent) this.assertCanParent(id, after.level, after.parent);
      this.#remember(before);
      this.draft.putBody(after);
    }
    return after;
  }

  /** Ends a body that has handed on its children (they must have been moved first). */
  endBody(id: BodyId, reason: EndReason, successors: readonly BodyId[]): void {
    const current = this.body(id);
    if (this.draft.children(id).size > 0) {
      this.fail('has-children', [id], `body "${id}" still has children; say where they go`);
    }
    for (const postId of this.draft.postsOf(id).toArray()) this.removePost(postId);
    this.#moveRelationsAway(id, successors[0] ?? null);
    const original = this.#original?.get(id) ?? current;
    this.draft.removeBody(id);
    const record = Object.freeze({ ...original, validUntil: this.meta.effective });
    this.#ended.push(Object.freeze({ id, reason, successors: Object.freeze([...successors]), record }));
  }

  // ---- lineage ----

  /** Records that `load` went from `from` to `to` (either may be `null`: nowhere). Adds up per edge. */
  flow(from: BodyId | null, to: BodyId | null, kind: FlowKind, load: FlowLoad): void {
    const key = `${from ?? ''}\u0000${to ?? ''}\u0000${kind}`;
    this.#flows ??= new Map();
    let entry = this.#flows.get(key);
    if (entry === undefined) {
      entry = { from, to, kind, quota: 0, actual: 0, functions: [], children: [], posts: [] };
      this.#flows.set(key, entry);
    }
    entry.quota += load.quota ?? 0;
    entry.actual += load.actual ?? 0;
    // Loops, not push(...): a body may hand on more children than a call can take arguments.
    for (const tag of load.functions ?? []) entry.functions.push(tag);
    for (const child of load.children ?? []) entry.children.push(child);
    for (const post of load.posts ?? []) entry.posts.push(post);
  }

  /**
   * Sets plain fields of a body without a recipe: the cheap path for the commonest edits (staff sums,
   * joined functions, re-parenting). Arrays and objects given are frozen. Checks and records exactly as
   * {@link updateBody} does.
   */
  patchBody(id: BodyId, fields: BodyPatch): Body {
    const before = this.body(id);
    if (!changes(before, fields)) return before;
    const after: Body = Object.freeze({ ...before, ...frozenFields(fields) });
    this.assertStaffLimit(after);
    if (after.parent !== before.parent) this.assertCanParent(id, after.level, after.parent);
    if (after.unit !== before.unit) this.assertUnit(id, after.level, after.unit);
    this.#remember(before);
    this.draft.putBody(after);
    return after;
  }

  /** Keeps a body's record from before the step's first change to it. */
  #remember(before: Body): void {
    this.#original ??= new Map();
    if (!this.#original.has(before.id)) this.#original.set(before.id, before);
  }

  /** Re-parents every child of `from` under `to`, recording them on the flow of `kind`. */
  moveChildren(from: BodyId, to: BodyId, kind: FlowKind, only?: readonly BodyId[]): BodyId[] {
    const children = only ?? this.childrenOf(from);
    for (const child of children) this.patchBody(child, { parent: to });
    if (children.length > 0) this.flow(from, to, kind, { children });
    return [...children];
  }

  // ---- posts ----

  putPost(post: Post, change: PostChange['change'], previous?: Post): void {
    this.draft.putPost(post);
    this.#posts.push({
      post: post.id,
      change,
      body: post.body,
      role: post.role,
      holder: post.holder,
      ...(previous !== undefined && previous.body !== post.body ? { previousBody: previous.body } : {}),
      ...(previous !== undefined && previous.role !== post.role ? { previousRole: previous.role } : {}),
      ...(previous !== undefined && previous.holder !== post.holder
        ? { previousHolder: previous.holder }
        : {}),
    });
  }

  /** True when `person` holds any post in `body`. */
  holdsAny(person: string, body: BodyId): boolean {
    return this.draft.postsHeldBy(person).some((id) => this.draft.post(id)?.body === body);
  }

  /** True when `person` holds a post of `role` in `body`. */
  holds(person: string, body: BodyId, role: PostRole): boolean {
    return this.draft.postsHeldBy(person).some((id) => {
      const post = this.draft.post(id);
      return post !== undefined && post.body === body && post.role === role;
    });
  }

  removePost(id: string): void {
    const post = this.post(id);
    this.draft.removePost(id);
    this.#posts.push({ post: id, change: 'removed', body: post.body, role: post.role, holder: post.holder });
  }

  /**
   * Moves a body's posts to another body. Held head posts become `headsBecome` (a deputy post by default)
   * or are removed (`'release'`); a head post may move as head only when the target has none. A vacant
   * head post is removed: the receiving body has its own. A post whose holder already holds a post in the
   * target is removed too: one person, one post per body (a head consolidated with a body they already
   * head concurrently keeps the head post only).
   */
  movePosts(from: BodyId, to: BodyId, kind: FlowKind, headsBecome: PostRole | 'release'): void {
    const moved: string[] = [];
    const targetHasHead = () => this.postsOf(to).some((p) => p.role === 'head' && p.body === to);
    for (const post of this.postsOf(from)) {
      const vacantHead = post.role === 'head' && post.holder === null;
      if (
        post.role === 'head' &&
        (vacantHead || headsBecome === 'release' || (headsBecome === 'head' && targetHasHead()))
      ) {
        this.removePost(post.id);
        continue;
      }
      const role = post.role === 'head' ? (headsBecome as PostRole) : post.role;
      if (post.holder !== null && this.holdsAny(post.holder, to)) {
        this.removePost(post.id);
        continue;
      }
      const next = Object.freeze({ ...post, body: to, role });
      this.putPost(next, role === post.role ? 'moved' : 'role-changed', post);
      moved.push(post.id);
    }
    if (moved.length > 0) this.flow(from, to, kind, { posts: moved });
  }

  // ---- relations ----

  recordRelation(relation: string, change: RelationChange['change']): void {
    this.#relations.push({ relation, change });
  }

  /** Re-points the relations of an ending body to its successor; drops those that would loop or repeat. */
  #moveRelationsAway(id: BodyId, successor: BodyId | null): void {
    const own = this.draft.relationsOf(id);
    if (own.size === 0) return;
    // The relations already there, as `kind from to`, gathered once per body from the ends it re-points to.
    const existing = new Map<string, string>();
    const keyOf = (r: { kind: string; from: string; to: string }) => `${r.kind}\u0000${r.from}\u0000${r.to}`;
    const gathered = new Set<BodyId>();
    const gather = (end: BodyId): void => {
      if (gathered.has(end)) return;
      gathered.add(end);
      for (const other of this.draft.relationsOf(end)) {
        const r = this.draft.relation(other);
        if (r !== undefined && !existing.has(keyOf(r))) existing.set(keyOf(r), r.id);
      }
    };
    for (const relationId of [...own].sort(byCodeUnits)) {
      const relation = this.draft.relation(relationId);
      if (relation === undefined) continue;
      const from = relation.from === id ? successor : relation.from;
      const to = relation.to === id ? successor : relation.to;
      let repeats = false;
      if (from !== null && to !== null) {
        gather(from);
        const holder = existing.get(keyOf({ kind: relation.kind, from, to }));
        repeats = holder !== undefined && holder !== relation.id;
      }
      if (from === null || to === null || from === to || repeats) {
        this.draft.removeRelation(relationId);
        this.recordRelation(relationId, 'removed');
      } else {
        const moved = Object.freeze({ ...relation, from, to });
        this.draft.putRelation(moved);
        existing.set(keyOf(moved), moved.id);
        this.recordRelation(relationId, 'repointed');
      }
    }
  }

  // ---- units ----

  recordUnit(record: AdminUnit, change: UnitChange['change']): void {
    this.#units.push({ code: record.code, change, record });
  }

  // ---- result ----

  /** Bodies touched that neither began nor ended in this step, in no particular order. */
  #updatedIds(): BodyId[] {
    const touched = this.#original === undefined ? [] : [...this.#original.keys()];
    if (this.#ended.length === 0 && this.#began.length === 0) return touched;
    const notUpdated = new Set(this.#began);
    for (const ended of this.#ended) notUpdated.add(ended.id);
    return touched.filter((id) => !notUpdated.has(id));
  }

  /** Seals the step: the new state and its change record. The recorder must not be used afterwards. */
  finish(): TransformResult {
    const updated = this.#updatedIds();
    if (updated.length > 1) updated.sort(byCodeUnits);
    // Read from the draft before it is sealed: the step wrote these, so they come from its own changes.
    const records: Body[] = [];
    for (const ids of [this.#began, updated]) {
      for (const id of ids) {
        const record = this.draft.body(id);
        // No transformation ends a body it began or updated in the same step: this would be a bug in one.
        if (record === undefined)
          throw new Error(
            `@tinhgon/core/${this.op}: body "${id}" is recorded as changed but is not in the state`,
          );
        records.push(record);
      }
    }
    const state = this.draft.finish();
    const flows: Flow[] = [];
    for (const f of this.#flows?.values() ?? []) {
      // Written out field by field, not spread from the mutable entry: a frozen clone of an object whose
      // fields were written after it was made gets a hidden class of its own in V8, so every flow of a run
      // had one (a national reform made 100,000), and every read of a flow's field was megamorphic.
      flows.push(
        Object.freeze({
          from: f.from,
          to: f.to,
          kind: f.kind,
          quota: f.quota,
          actual: f.actual,
          functions: frozen(f.functions.length > 1 ? [...new Set(f.functions)] : f.functions),
          children: frozen(f.children),
          posts: frozen(f.posts),
        }),
      );
    }
    // The recorder's own lists become the record's: it is not used after this.
    const changes: Change = Object.freeze({
      op: this.op,
      effective: this.meta.effective,
      basis: this.meta.basis ?? null,
      planItem: this.meta.planItem ?? null,
      began: frozen(this.#began),
      ended: frozen(this.#ended),
      updated: frozen(updated),
      records: frozen(records),
      flows: frozen(flows),
      posts: frozen(this.#posts),
      relations: frozen(this.#relations),
      units: frozen(this.#units),
    });
    return { state, changes };
  }
}
