import { safeParseState } from '../../src/load/parse-state.js';
import type { Level } from '../../src/model/level.js';
import type { StateJsonInput } from '../../src/schema/state-schema.js';
import type { OrgState } from '../../src/state/org-state.js';
import type { StateIssue, StateIssueCode } from '../../src/validate/issue.js';

/** A body as written in a state document. */
export type BodyInput = StateJsonInput['bodies'][number];
export type PostInput = NonNullable<StateJsonInput['posts']>[number];
export type RelationInput = NonNullable<StateJsonInput['relations']>[number];
export type UnitInput = NonNullable<StateJsonInput['units']>[number];

/** A minimal valid body; `extra` overrides any field. */
export function body(id: string, parent: string | null = null, extra: Partial<BodyInput> = {}): BodyInput {
  return {
    id,
    name: `Cơ quan ${id}`,
    kind: 'department',
    sector: 'state',
    level: 'district',
    parent,
    functions: [],
    quota: 5,
    actual: 5,
    ...extra,
  };
}

/** A body at a given level. */
export function bodyAt(id: string, level: Level, parent: string | null = null): BodyInput {
  return body(id, parent, { level });
}

export function unit(
  code: string,
  level: UnitInput['level'],
  parent: string | null,
  extra: Partial<UnitInput> = {},
): UnitInput {
  return { code, name: `Đơn vị ${code}`, level, parent, ...extra };
}

export function post(
  id: string,
  bodyId: string,
  role: PostInput['role'],
  holder: string | null,
  extra: Partial<PostInput> = {},
): PostInput {
  return { id, body: bodyId, role, holder, ...extra };
}

export function relation(
  id: string,
  from: string,
  to: string,
  kind: RelationInput['kind'] = 'leads',
  extra: Partial<RelationInput> = {},
): RelationInput {
  return { id, kind, from, to, ...extra };
}

export function person(id: string, name = `Người ${id}`): { id: string; name: string } {
  return { id, name };
}

/** The issues `safeParseState` reports, or `[]` when the input is valid. */
export function issuesOf(input: unknown): readonly StateIssue[] {
  const result = safeParseState(input);
  return result.ok ? [] : result.issues;
}

/** The issue codes reported for `input`, in report order. */
export function codesOf(input: unknown): StateIssueCode[] {
  return issuesOf(input).map((issue) => issue.code);
}

/** Parses a document that must be valid; fails with every issue listed otherwise. */
export function parseOk(input: unknown): OrgState {
  const result = safeParseState(input);
  if (!result.ok) throw new Error(`expected a valid state, got:\n${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}
