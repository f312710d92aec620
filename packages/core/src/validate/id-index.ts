import type { EntityKind, StateIssue } from './issue.js';

/**
 * Maps each id of a list to its first index, reporting every later repeat as `duplicate-id`.
 * A `Map`, not an object, so ids such as `__proto__` are ordinary keys.
 */
export function indexIds(
  items: readonly { readonly [key: string]: unknown }[],
  key: string,
  entity: EntityKind,
  list: string,
  issues: StateIssue[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const id = item[key] as string;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      issues.push({ code: 'duplicate-id', path: [list, i, key], entity, id, firstPath: [list, first, key] });
  });
  return index;
}
