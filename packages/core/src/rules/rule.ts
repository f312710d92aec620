import type { OrgGraph } from '../graph/graph-view.js';
import type { Bilingual } from '../locale/lang.js';
import type { AttributeValue, Body, BodyId } from '../model/body.js';
import type { IsoDate } from '../model/dates.js';
import type { Level } from '../model/level.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import type { Citation, Confidence } from './citation.js';
import type { ResolvedParameter } from './parameter.js';

/** `blocking` findings make an appraisal fail (R10); `advisory` ones are reported only. */
export type Severity = 'blocking' | 'advisory';

/** The values that decided a verdict: plain data, shown in findings and reports. */
export type Values = Readonly<Record<string, number | string | boolean | null | readonly string[]>>;

/** The bound a value was held to: `value relation limit`, e.g. `quota >= 5`. */
export interface Bound {
  readonly relation: '>=' | '<=' | '<' | '>' | '=';
  readonly limit: number;
  /** The parameter the limit came from, with its version and source. */
  readonly parameter?: ResolvedParameter;
}

/** What a check says about one subject. `ok: false` becomes a finding unless an exception applies. */
export interface Verdict {
  readonly ok: boolean;
  /** The body the verdict is about, if any. */
  readonly body?: BodyId;
  /** Another subject (a person, a plan item) when the verdict is not about a body. */
  readonly subject?: string;
  readonly values: Values;
  readonly bound?: Bound;
}

/** Facts shared by every check. */
export interface RuleContextBase {
  readonly date: IsoDate;
  /**
   * Whether passes are reported (`explain`). When they are not, a rule that judges many subjects may leave
   * its passing verdicts out: the findings are the same, without building verdicts that would be dropped.
   */
  readonly explain: boolean;
  /** A parameter's value on the context date for a body (its attributes and its unit's), or `undefined`. */
  param(id: string, body?: Body, input?: number): ResolvedParameter | undefined;
  /** An attribute of a body, else of its admin unit, else of the units above it. */
  attribute(body: Body, name: string): AttributeValue | undefined;
}

/**
 * What a state rule sees: the state, its graph view, and lookups that each evaluation works out once and
 * shares between its rules (a state of 300,000 bodies is read once, not once per rule).
 */
export interface StateContext extends RuleContextBase {
  readonly state: OrgState;
  readonly graph: OrgGraph;
  /** The body with this id, or `undefined`: `state.bodies.get`, remembered until the evaluation ends. */
  body(id: BodyId): Body | undefined;
  /** Every body of the state, in no particular order, read once per evaluation. */
  allBodies(): readonly Body[];
  /** The bodies of one kind, sorted by id, worked out once per evaluation and kind. */
  bodiesOfKind(kind: string): readonly Body[];
}

/** What a transition rule sees: the state before and after a change and the change log between them. */
export interface TransitionContext extends RuleContextBase {
  readonly before: OrgState;
  readonly after: OrgState;
  readonly log: readonly Change[];
  readonly beforeGraph: OrgGraph;
  readonly afterGraph: OrgGraph;
}

/** Which bodies a state rule looks at; every listed facet must match. */
export interface Scope {
  readonly kinds?: readonly string[];
  readonly sectors?: readonly string[];
  readonly levels?: readonly Level[];
  readonly where?: (body: Body, ctx: StateContext) => boolean;
}

/**
 * A first-class exception to a rule (the "unless a merger added functions" of R2): when `applies` returns
 * a reason for a failing verdict, the verdict becomes a pass that names the exception and the reason.
 */
export interface RuleException<C> {
  readonly id: string;
  readonly title: Bilingual;
  readonly basis?: Citation;
  /** A reason (in both languages) when the exception covers this verdict, else `undefined`. */
  readonly applies: (verdict: Verdict, ctx: C) => Bilingual | undefined;
}

/** Message templates of a rule: they read the verdict's values and bound. */
export interface RuleMessages {
  readonly vi: (verdict: Verdict) => string;
  readonly en: (verdict: Verdict) => string;
}

interface RuleMeta {
  readonly id: string;
  readonly title: Bilingual;
  /** The law and the seed section behind the rule. */
  readonly basis: readonly Citation[];
  /** The period in which the rule is in force; outside it, the rule is skipped. */
  readonly inForce?: { readonly from?: IsoDate; readonly until?: IsoDate };
  readonly severity: Severity;
  /** Set when the rule or its values are uncertain; findings then say so. */
  readonly confidence?: Confidence;
  /** Ids of the parameter tables the rule reads. */
  readonly parameters?: readonly string[];
  readonly messages: RuleMessages;
}

/** A rule that judges one state, body by body (`checkBody`, over its scope) or as a whole (`checkState`). */
export interface StateRule extends RuleMeta {
  readonly type: 'state';
  readonly scope?: Scope;
  readonly checkBody?: (body: Body, ctx: StateContext) => Verdict | undefined;
  readonly checkState?: (ctx: StateContext) => Iterable<Verdict>;
  readonly exceptions?: readonly RuleException<StateContext>[];
}

/** A rule that judges a change: before, after and the log. */
export interface TransitionRule extends RuleMeta {
  readonly type: 'transition';
  readonly check: (ctx: TransitionContext) => Iterable<Verdict>;
  readonly exceptions?: readonly RuleException<TransitionContext>[];
}

export type Rule = StateRule | TransitionRule;
