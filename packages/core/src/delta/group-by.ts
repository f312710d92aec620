import type { Body } from '../model/body.js';

/** How figures are grouped: by a facet of the body, or one group for everything. */
export type GroupBy = 'total' | 'level' | 'sector' | 'kind' | 'unit';

export const GROUP_BYS: readonly GroupBy[] = ['total', 'level', 'sector', 'kind', 'unit'];

/** The group a body falls in; bodies with no unit group under `(none)`. */
export function groupOf(body: Body, by: GroupBy): string {
  switch (by) {
    case 'total':
      return 'total';
    case 'unit':
      return body.unit ?? '(none)';
    default:
      return body[by];
  }
}
