import type { AdminUnit, UnitCode } from '../model/admin-unit.js';
import type { Body, BodyId } from '../model/body.js';
import type { IsoDate } from '../model/dates.js';
import type { PersonId, PostId, PostRole } from '../model/post.js';
import type { RelationId } from '../model/relation.js';

/** The legal basis of a step: the document and article that order it. */
export interface LegalBasis {
  /** Document number, e.g. `Kết luận 34-KL/TW` or `Kế hoạch 300/KH-UBND`. */
  readonly document: string;
  readonly article?: string;
  readonly issuer?: string;
  readonly date?: IsoDate;
}

/** When and why a step happens: carried by every step and copied into its change record. */
export interface StepMeta {
  readonly effective: IsoDate;
  readonly basis?: LegalBasis;
  /** The plan item the step implements, e.g. `000 II.1.3`. */
  readonly planItem?: string;
}

/** The transformations, by name. */
export type StepOp =
  | 'establish'
  | 'absorb'
  | 'consolidate'
  | 'dissolve'
  | 'transfer'
  | 'move'
  | 'rename'
  | 'split'
  | 'appoint'
  | 'release'
  | 'appointConcurrent'
  | 'endConcurrent'
  | 'setQuota'
  | 'cutStaff'
  | 'setDeputies'
  | 'reorganizeUnits'
  | 'abolishLevel';

/**
 * What a flow of lineage records:
 * - `created`: new positions (from nowhere); `cut`: positions abolished; `released`: people let go;
 * - `absorbed`, `consolidated`, `split`, `dissolved`: a body that ended handed this on;
 * - `transferred`: a surviving body handed this on.
 */
export type FlowKind =
  | 'created'
  | 'absorbed'
  | 'consolidated'
  | 'split'
  | 'dissolved'
  | 'transferred'
  | 'cut'
  | 'released';

/**
 * One edge of lineage: what moved from one body to another (or came from / went to nowhere, `null`).
 * Staff is counted in positions (quota) and people in post (actual).
 */
export interface Flow {
  readonly from: BodyId | null;
  readonly to: BodyId | null;
  readonly kind: FlowKind;
  readonly quota: number;
  readonly actual: number;
  readonly functions: readonly string[];
  readonly children: readonly BodyId[];
  readonly posts: readonly PostId[];
}

export type EndReason = 'absorbed' | 'consolidated' | 'dissolved' | 'split';

/** A body that ended in a step: its last record (with `validUntil` set) and where it went. */
export interface EndedBody {
  readonly id: BodyId;
  readonly reason: EndReason;
  readonly successors: readonly BodyId[];
  readonly record: Body;
}

/** A post that changed. `before`/`after` are absent for a created or removed post respectively. */
export interface PostChange {
  readonly post: PostId;
  readonly change: 'created' | 'moved' | 'role-changed' | 'appointed' | 'vacated' | 'removed';
  readonly body: BodyId;
  readonly role: PostRole;
  readonly holder: PersonId | null;
  readonly previousBody?: BodyId;
  readonly previousRole?: PostRole;
  readonly previousHolder?: PersonId | null;
}

export interface RelationChange {
  readonly relation: RelationId;
  readonly change: 'created' | 'repointed' | 'removed';
}

export interface UnitChange {
  readonly code: UnitCode;
  readonly change: 'created' | 'ended' | 'reparented' | 'updated';
  readonly record: AdminUnit;
}

/**
 * The typed record of one step: when, why, and exactly what changed. Lists are in a deterministic order
 * so that the same step on the same state always gives the same record.
 */
export interface Change {
  readonly op: StepOp;
  readonly effective: IsoDate;
  readonly basis: LegalBasis | null;
  readonly planItem: string | null;
  readonly began: readonly BodyId[];
  readonly ended: readonly EndedBody[];
  /** Bodies that existed before and after and whose record changed (staff, functions, parent, name, …). */
  readonly updated: readonly BodyId[];
  /**
   * The record the step left for each body of `began`, then of `updated`, in their order: what the state
   * after the step holds for them, so that a reader of the log can follow bodies through a run without
   * reading every intermediate state.
   */
  readonly records: readonly Body[];
  readonly flows: readonly Flow[];
  readonly posts: readonly PostChange[];
  readonly relations: readonly RelationChange[];
  readonly units: readonly UnitChange[];
}
