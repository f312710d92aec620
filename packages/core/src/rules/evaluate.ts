import { graphOf } from '../graph/graph-view.js';
import type { Bilingual } from '../locale/lang.js';
import type { Body } from '../model/body.js';
import { type IsoDate, isInForce } from '../model/dates.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import type { Finding } from './finding.js';
import type { ParameterTable } from './parameter.js';
import type {
  Rule,
  RuleException,
  StateContext,
  StateRule,
  TransitionContext,
  TransitionRule,
  Verdict,
} from './rule.js';
import { contextBase } from './rule-context.js';
import { byId, StateLookup } from './state-lookup.js';

/** How to evaluate: on which date, with which parameter tables, and whether to list passes too. */
export interface EvaluateOptions {
  readonly date: IsoDate;
  readonly parameters?: readonly ParameterTable[];
  /** Include passes (with the parameter value used) so that a pass can be explained too. */
  readonly explain?: boolean;
}

const UNCERTAIN: Bilingual = { vi: 'giá trị chưa chắc chắn, độ tin cậy', en: 'value uncertain, confidence' };

type Confidence = Finding['uncertain'];
type FindingException = Finding['exception'];

/** The confidence a finding reports: the rule's when below high, else its parameter's when below high. */
function confidenceOf(rule: Rule, verdict: Verdict): Confidence {
  if (rule.confidence !== undefined && rule.confidence !== 'high') return rule.confidence;
  const parameterConfidence = verdict.bound?.parameter?.confidence;
  return parameterConfidence !== 'high' ? (parameterConfidence ?? null) : null;
}

/** What follows a message: the exception that applied and the confidence, e.g. ` (… ; value uncertain, confidence medium)`. */
function suffixOf(exception: FindingException, confidence: Confidence, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  if (exception !== null) parts.push(`${exception.title[lang]}: ${exception.reason[lang]}`);
  if (confidence !== null) parts.push(`${UNCERTAIN[lang]} ${confidence}`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

/**
 * Turns a rule's verdicts into findings: one per fail, and with `explain` one per pass and excepted case.
 * What does not change from one finding to the next (the exceptions, the message suffix for a given
 * confidence) is worked out once per rule.
 */
class FindingMaker<C> {
  readonly #rule: Rule;
  readonly #exceptions: readonly RuleException<C>[];
  readonly #ctx: C;
  readonly #lookups: readonly StateLookup[];
  readonly #explain: boolean;
  readonly #suffixes = new Map<Confidence, Bilingual>();

  constructor(rule: Rule, ctx: C, lookups: readonly StateLookup[], explain: boolean) {
    this.#rule = rule;
    this.#exceptions = (rule.exceptions ?? []) as readonly RuleException<C>[];
    this.#ctx = ctx;
    this.#lookups = lookups;
    this.#explain = explain;
  }

  make(verdict: Verdict): Finding | undefined {
    let exception: FindingException = null;
    if (!verdict.ok) {
      for (const candidate of this.#exceptions) {
        const reason = candidate.applies(verdict, this.#ctx);
        if (reason !== undefined) {
          exception = { id: candidate.id, title: candidate.title, reason };
          break;
        }
      }
    }
    const status = verdict.ok ? 'pass' : exception === null ? 'fail' : 'excepted';
    if (status !== 'fail' && !this.#explain) return undefined;
    const rule = this.#rule;
    const confidence = confidenceOf(rule, verdict);
    const suffix = exception === null ? this.#suffix(confidence) : null;
    return {
      code: 'rule',
      rule: rule.id,
      title: rule.title,
      status,
      severity: rule.severity,
      body: verdict.body === undefined ? null : StateLookup.describe(this.#lookups, verdict.body),
      subject: verdict.subject ?? null,
      values: verdict.values,
      bound: verdict.bound ?? null,
      citation: rule.basis,
      message: {
        vi: rule.messages.vi(verdict) + (suffix?.vi ?? suffixOf(exception, confidence, 'vi')),
        en: rule.messages.en(verdict) + (suffix?.en ?? suffixOf(exception, confidence, 'en')),
      },
      exception,
      uncertain: confidence,
    };
  }

  #suffix(confidence: Confidence): Bilingual {
    let suffix = this.#suffixes.get(confidence);
    if (suffix === undefined) {
      suffix = { vi: suffixOf(null, confidence, 'vi'), en: suffixOf(null, confidence, 'en') };
      this.#suffixes.set(confidence, suffix);
    }
    return suffix;
  }
}

function inForce(rule: Rule, date: IsoDate): boolean {
  return isInForce(
    {
      ...(rule.inForce?.from ? { validFrom: rule.inForce.from } : {}),
      ...(rule.inForce?.until ? { validUntil: rule.inForce.until } : {}),
    },
    date,
  );
}

/**
 * The bodies a state rule judges, in id order: those of its kinds (sorted once per evaluation and kind),
 * or, with no kinds, every body that passes the other facets, sorted after filtering.
 */
function bodiesInScope(rule: StateRule, ctx: StateContext, lookup: StateLookup): Body[] {
  const scope = rule.scope;
  const keep = (body: Body): boolean =>
    (scope?.sectors === undefined || scope.sectors.includes(body.sector)) &&
    (scope?.levels === undefined || scope.levels.includes(body.level)) &&
    (scope?.where === undefined || scope.where(body, ctx));
  if (scope?.kinds !== undefined) return lookup.ofKinds(scope.kinds).filter(keep);
  return lookup.all().filter(keep).sort(byId);
}

/**
 * Runs the state rules in force on `options.date` over a state and returns their findings: every fail,
 * and with `explain` every pass and excepted case too. Transition rules in the list are skipped.
 *
 * @example
 * const findings = checkState(state, vnRules, { date: '2019-01-01', parameters: vnParameters });
 */
export function checkState(state: OrgState, rules: readonly Rule[], options: EvaluateOptions): Finding[] {
  const lookup = new StateLookup(state);
  const ctx: StateContext = {
    ...contextBase(state, options.date, options.parameters ?? [], options.explain === true),
    state,
    graph: graphOf(state),
    body: (id) => lookup.body(id),
    allBodies: () => lookup.all(),
    bodiesOfKind: (kind) => lookup.ofKind(kind),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.type !== 'state' || !inForce(rule, options.date)) continue;
    const maker = new FindingMaker(rule, ctx, [lookup], options.explain === true);
    // Each verdict becomes a finding as it comes, body verdicts first; a loop, not push(...): a rule may
    // yield more findings than a call can take arguments.
    if (rule.checkBody !== undefined) {
      for (const body of bodiesInScope(rule, ctx, lookup)) {
        const verdict = rule.checkBody(body, ctx);
        if (verdict === undefined) continue;
        const finding = maker.make({ body: body.id, ...verdict });
        if (finding !== undefined) findings.push(finding);
      }
    }
    if (rule.checkState !== undefined) {
      for (const verdict of rule.checkState(ctx)) {
        const finding = maker.make(verdict);
        if (finding !== undefined) findings.push(finding);
      }
    }
  }
  return findings;
}

/**
 * Runs the transition rules in force on `options.date` over a change: the state before, the state after,
 * and the change log between them. State rules in the list are skipped.
 */
export function checkTransition(
  before: OrgState,
  after: OrgState,
  log: readonly Change[],
  rules: readonly Rule[],
  options: EvaluateOptions,
): Finding[] {
  const ctx: TransitionContext = {
    ...contextBase(after, options.date, options.parameters ?? [], options.explain === true),
    before,
    after,
    log,
    beforeGraph: graphOf(before),
    afterGraph: graphOf(after),
  };
  const lookups = [new StateLookup(after), new StateLookup(before)];
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.type !== 'transition' || !inForce(rule, options.date)) continue;
    const maker = new FindingMaker(rule, ctx, lookups, options.explain === true);
    for (const verdict of (rule as TransitionRule).check(ctx)) {
      const finding = maker.make(verdict);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}
