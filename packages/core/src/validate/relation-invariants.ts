import type { ParsedStateJson } from '../schema/state-schema.js';
import { checkPeriod } from './dates-invariant.js';
import type { StateIssue } from './issue.js';

type Relations = NonNullable<ParsedStateJson['relations']>;

/** Both ends of every relation exist and differ; dates order. */
export function checkRelations(
  relations: Relations,
  bodyIndex: ReadonlyMap<string, number>,
  issues: StateIssue[],
): void {
  relations.forEach((relation, i) => {
    const path = ['relations', i] as const;
    for (const end of ['from', 'to'] as const) {
      if (!bodyIndex.has(relation[end])) {
        issues.push({
          code: 'unknown-body',
          path: [...path, end],
          entity: 'relation',
          id: relation.id,
          body: relation[end],
        });
      }
    }
    if (relation.from === relation.to) {
      issues.push({
        code: 'self-relation',
        path: [...path, 'to'],
        relation: relation.id,
        body: relation.from,
      });
    }
    checkPeriod(relation, 'relation', relation.id, path, issues);
  });
}
