import { graphOf } from '../graph/graph-view.js';
import type { Bilingual } from '../locale/lang.js';
import type { Body } from '../model/body.js';
import { type IsoDate, isInForce } from '../model/dates.js';
import type { OrgState } from '../state/org-state.js';
import type { Change } from '../transform/change.js';
import type { Finding, FindingBody } from './finding.js';
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

/** How to evaluate: on which date, with which parameter tables, and whether to list passes too. */
export interface EvaluateOptions {
  readonly date: IsoDate;
  readonly parameters?: readonly ParameterTable[];
  /** Include passes (with the parameter value used) so that a pass can be explained too. */
  readonly explain?: boolean;
}

const UNCERTAIN: Bilingual = { vi: 'giá trị chưa chắc chắn, độ tin cậy', en: 'value uncertain, confidence' };

function describeBody(states: readonly OrgState[], id: string | undefined): FindingBody | null {
  if (id === undefined) return null;
  for (const state of states) {
    const body = state.bodies.get(id);
    if (body === undefined) continue;
    const graph = graphOf(state);
    const path = graph
      .pathToRoot(id)
      .reverse()
      .map((node) => state.bodies.get(node)?.name ?? node);
    return { id, name: body.name, path };
  }
  return { id, name: id, path: [id] };
}

function toFinding<C>(
  rule: Rule,
  verdict: Verdict,
  ctx: C,
  states: readonly OrgState[],
  explain: boolean,
): Finding | undefined {
  let exception: Finding['exception'] = null;
  if (!verdict.ok) {
    for (const candidate of (rule.exceptions ?? []) as readonly RuleException<C>[]) {
      const reason = candidate.applies(verdict, ctx);
      if (reason !== undefined) {
        exception = { id: candidate.id, title: candidate.title, reason };
        break;
      }
    }
  }
  const status = verdict.ok ? 'pass' : exception === null ? 'fail' : 'excepted';
  if (status !== 'fail' && !explain) return undefined;
  const parameterConfidence = verdict.bound?.parameter?.confidence;
  const confidence =
    rule.confidence !== undefined && rule.confidence !== 'high'
      ? rule.confidence
      : parameterConfidence !== 'high'
        ? (parameterConfidence ?? null)
        : null;
  const suffix = (lang: 'vi' | 'en') => {
    const parts: string[] = [];
    if (exception !== null) parts.push(`${exception.title[lang]}: ${exception.reason[lang]}`);
    if (confidence !== null) parts.push(`${UNCERTAIN[lang]} ${confidence}`);
    return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
  };
  return {
    code: 'rule',
    rule: rule.id,
    title: rule.title,
    status,
    severity: rule.severity,
    body: describeBody(states, verdict.body),
    subject: verdict.subject ?? null,
    values: verdict.values,
    bound: verdict.bound ?? null,
    citation: rule.basis,
    message: { vi: rule.messages.vi(verdict) + suffix('vi'), en: rule.messages.en(verdict) + suffix('en') },
    exception,
    uncertain: confidence,
  };
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

function bodiesInScope(rule: StateRule, ctx: StateContext): Body[] {
  const scope = rule.scope;
  let ids: Iterable<string>;
  if (scope?.kinds !== undefined) ids = scope.kinds.flatMap((kind) => [...ctx.graph.byKind(kind)]).sort();
  else ids = [...ctx.state.bodies.keys()].sort();
  const out: Body[] = [];
  for (const id of ids) {
    const body = ctx.state.bodies.get(id);
    if (body === undefined) continue;
    if (scope?.sectors !== undefined && !scope.sectors.includes(body.sector)) continue;
    if (scope?.levels !== undefined && !scope.levels.includes(body.level)) continue;
    if (scope?.where !== undefined && !scope.where(body, ctx)) continue;
    out.push(body);
  }
  return out;
}

/**
 * Runs the state rules in force on `options.date` over a state and returns their findings: every fail,
 * and with `explain` every pass and excepted case too. Transition rules in the list are skipped.
 *
 * @example
 * const findings = checkState(state, vnRules, { date: '2019-01-01', parameters: vnParameters });
 */
export function checkState(state: OrgState, rules: readonly Rule[], options: EvaluateOptions): Finding[] {
  const ctx: StateContext = {
    ...contextBase(state, options.date, options.parameters ?? []),
    state,
    graph: graphOf(state),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.type !== 'state' || !inForce(rule, options.date)) continue;
    const verdicts: Verdict[] = [];
    if (rule.checkBody !== undefined) {
      for (const body of bodiesInScope(rule, ctx)) {
        const verdict = rule.checkBody(body, ctx);
        if (verdict !== undefined) verdicts.push({ body: body.id, ...verdict });
      }
    }
    // A loop, not push(...): a rule may yield more verdicts than a call can take arguments.
    if (rule.checkState !== undefined) for (const verdict of rule.checkState(ctx)) verdicts.push(verdict);
    for (const verdict of verdicts) {
      const finding = toFinding(rule, verdict, ctx, [state], options.explain === true);
      if (finding !== undefined) findings.push(finding);
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
    ...contextBase(after, options.date, options.parameters ?? []),
    before,
    after,
    log,
    beforeGraph: graphOf(before),
    afterGraph: graphOf(after),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.type !== 'transition' || !inForce(rule, options.date)) continue;
    for (const verdict of (rule as TransitionRule).check(ctx)) {
      const finding = toFinding(rule, verdict, ctx, [after, before], options.explain === true);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}
