/**
 * Renders states and steps as a person reads them: bodies by name and id, steps as sentences. Law failures
 * print their counterexamples with these, never as dumps of persistent maps.
 */
import type { Body, OrgState, Step } from '@tinhgon/core';

/** `"Phòng Nội vụ" (phong-noi-vu)`, or `(id)` when the state has no such body. */
export function bodyLabel(state: OrgState | undefined, id: string): string {
  const body = state?.bodies.get(id);
  return body === undefined ? `(${id})` : `"${body.name}" (${id})`;
}

const list = (labels: readonly string[]): string =>
  labels.length <= 1
    ? (labels[0] ?? 'nothing')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

const staff = (quota: number | undefined, actual: number | undefined): string =>
  [quota === undefined ? '' : `quota ${quota}`, actual === undefined ? '' : `actual ${actual}`]
    .filter((part) => part !== '')
    .join(', ');

/** The sentence for a step, without its date. */
function sentence(step: Step, state: OrgState | undefined): string {
  const label = (id: string) => bodyLabel(state, id);
  switch (step.op) {
    case 'establish': {
      const { id, name, parent, quota, actual } = step.body;
      const where = parent === null ? 'as a root' : `under ${label(parent)}`;
      return `establish "${name}" (${id}) ${where}, ${staff(quota, actual)}`;
    }
    case 'absorb':
      return `absorb ${list(step.sources.map(label))} into ${label(step.target)}${
        step.heads === undefined || step.heads === 'deputy' ? '' : `, heads → ${step.heads}`
      }`;
    case 'consolidate':
      return `consolidate ${list(step.sources.map(label))} into new "${step.into.name}" (${step.into.id})`;
    case 'dissolve': {
      const to = step.staffTo === 'release' ? 'staff released' : `staff to ${label(step.staffTo)}`;
      const children = step.childrenTo === undefined ? '' : `, children to ${label(step.childrenTo)}`;
      return `dissolve ${label(step.body)}, ${to}${children}`;
    }
    case 'transfer': {
      const functions = step.functions?.length ? `, functions ${step.functions.join(', ')}` : '';
      return `transfer ${staff(step.quota, step.actual) || 'nothing'}${functions} from ${label(step.from)} to ${label(step.to)}`;
    }
    case 'move':
      return `move ${label(step.body)} ${step.parent === null ? 'to the root' : `under ${label(step.parent)}`}`;
    case 'rename':
      return `rename ${label(step.body)} to "${step.name}"`;
    case 'split':
      return `split ${label(step.source)} into ${list(
        step.into.map((part) => `"${part.body.name}" (${part.body.id}, ${staff(part.quota, part.actual)})`),
      )}`;
    case 'cutStaff':
      return step.percent === undefined
        ? `cut ${staff(step.quota, step.actual)} from ${label(step.body)}${step.as === 'released' ? ' as released' : ''}`
        : `cut ${step.percent}% of the staff of ${label(step.body)}`;
    case 'setQuota':
      return `set the staff of ${label(step.body)} to ${staff(step.quota, step.actual)}`;
    case 'setDeputies':
      return `set the deputy posts of ${label(step.body)} to ${step.count}`;
    case 'appoint':
      return `appoint ${step.personName === undefined ? '' : `"${step.personName}" `}(${step.person}) as ${
        step.post.role
      } of ${label(step.post.body)} (post ${step.post.id})`;
    case 'release': {
      const post = state?.posts.get(step.post);
      const where = post === undefined ? '' : ` (${post.role} of ${label(post.body)})`;
      return `${step.remove === true ? 'remove' : 'release the holder of'} post ${step.post}${where}`;
    }
    default: {
      const { op, effective: _effective, ...rest } = step;
      return `${op} ${JSON.stringify(rest)}`;
    }
  }
}

/**
 * A step as a person reads it, with the names of the bodies as they are in `state`.
 *
 * @example
 * describeStep({ op: 'absorb', effective: '2019-01-01', target: 'ban-to-chuc', sources: ['phong-noi-vu'] }, state)
 * // 'absorb "Phòng Nội vụ" (phong-noi-vu) into "Ban Tổ chức" (ban-to-chuc), 2019-01-01'
 */
export function describeStep(step: Step, state?: OrgState): string {
  return `${sentence(step, state)}, ${step.effective}`;
}

/** The body ids a step names (sources, targets, parents, destinations), in the order it names them. */
export function bodiesOfStep(step: Step, state?: OrgState): string[] {
  switch (step.op) {
    case 'establish':
      return step.body.parent === null ? [] : [step.body.parent];
    case 'absorb':
      return [...step.sources, step.target];
    case 'consolidate':
      return [...step.sources, ...(step.into.parent ? [step.into.parent] : [])];
    case 'dissolve':
      return [
        step.body,
        ...(step.staffTo === 'release' ? [] : [step.staffTo]),
        ...(step.childrenTo === undefined ? [] : [step.childrenTo]),
      ];
    case 'transfer':
      return [step.from, step.to];
    case 'move':
      return [step.body, ...(step.parent === null ? [] : [step.parent])];
    case 'split':
      return [step.source];
    case 'appoint':
      return [step.post.body];
    case 'release': {
      const post = state?.posts.get(step.post);
      return post === undefined ? [] : [post.body];
    }
    case 'rename':
    case 'cutStaff':
    case 'setQuota':
    case 'setDeputies':
      return [step.body];
    default:
      return [];
  }
}

/** One line for a body: name, id, kind, level, parent, unit, staff and functions. */
export function describeBody(state: OrgState, body: Body): string {
  const parent = body.parent === null ? 'root' : `under ${bodyLabel(state, body.parent)}`;
  const unit = body.unit === undefined ? '' : `, unit ${body.unit}`;
  const functions = body.functions.length === 0 ? '' : `, functions ${body.functions.join(', ')}`;
  const posts = [...(state.index.postsByBody.get(body.id) ?? [])]
    .sort()
    .map((id) => state.posts.get(id))
    .map((post) => `${post?.role}${post?.holder === null ? ' (vacant)' : ''}`);
  return `${bodyLabel(state, body.id)}: ${body.kind} (${body.sector}), ${body.level}, ${parent}${unit}, quota ${
    body.quota
  }, actual ${body.actual}${functions}${posts.length === 0 ? '' : `, posts ${posts.join(', ')}`}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A state summarised: its counts, then the bodies in `focus` (all of them, up to `limit`, when no focus is
 * given), one line each.
 */
export function describeState(state: OrgState, focus?: Iterable<string>, limit = 12): string {
  const counts = [
    count(state.bodies.size, 'body', 'bodies'),
    count(state.posts.size, 'post', 'posts'),
    count(state.persons.size, 'person', 'persons'),
    count(state.relations.size, 'relation', 'relations'),
    count(state.units.size, 'unit', 'units'),
  ].join(', ');
  const ids = focus === undefined ? [...state.bodies.keys()].sort() : [...new Set(focus)];
  const shown = ids.filter((id) => state.bodies.has(id));
  const lines = shown.slice(0, limit).map((id) => `  - ${describeBody(state, state.bodies.get(id) as Body)}`);
  if (shown.length > limit) lines.push(`  … and ${shown.length - limit} more`);
  return [counts, ...lines].join('\n');
}
