/**
 * Baselines for the seed examples, built from the real admin units and the structure templates of
 * `@tinhgon/vn`: the bodies of one province at the levels asked for, with bodies added or adjusted as the
 * example needs. Staff figures come from the templates and are synthetic.
 */
import { type OrgState, parseState, type StateJsonInput } from '@tinhgon/core';
import { nationalStateJson } from '@tinhgon/vn';

type BodyInput = StateJsonInput['bodies'][number];

/** Changes to a template baseline: bodies to add, and figures or fields to set on existing bodies. */
export interface BaselineEdits {
  readonly add?: readonly BodyInput[];
  readonly patch?: Readonly<Record<string, Partial<BodyInput>>>;
  readonly persons?: StateJsonInput['persons'];
  readonly posts?: StateJsonInput['posts'];
}

/**
 * The pre-2025 bodies of one province (by code) at the given levels, plus `edits`. Units of the levels
 * left out are left out too, and so are the relations that would point at their bodies.
 */
export function provinceBaseline(
  code: string,
  levels: readonly ('province' | 'district' | 'commune')[],
  edits: BaselineEdits = {},
): OrgState {
  const all = nationalStateJson({ era: 'pre-2025', provinces: [code] });
  const keep = new Set<string>(levels);
  const bodies = all.bodies
    .filter((b) => keep.has(b.level))
    .map((b) => ({ ...b, ...(edits.patch?.[b.id] ?? {}) }) as BodyInput);
  const ids = new Set([...bodies.map((b) => b.id), ...(edits.add ?? []).map((b) => b.id)]);
  return parseState({
    ...all,
    units: (all.units ?? []).filter((u) => keep.has(u.level)),
    bodies: [...bodies, ...(edits.add ?? [])],
    relations: (all.relations ?? []).filter((r) => ids.has(r.from) && ids.has(r.to)),
    persons: edits.persons ?? [],
    posts: edits.posts ?? [],
  });
}
