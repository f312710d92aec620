import type { ParsedStateJson } from '../schema/state-schema.js';
import { checkBodies } from './body-invariants.js';
import { indexIds } from './id-index.js';
import type { StateIssue } from './issue.js';
import { checkPosts } from './post-invariants.js';
import { checkRelations } from './relation-invariants.js';
import { checkUnits } from './unit-invariants.js';

/**
 * Every load-time invariant over a schema-valid document, all reported at once (none stops at the first):
 * unique ids, parents exist, belongs-to has no cycle, levels descend, units exist, posts point to existing
 * bodies and persons, no double holding, one head at a time, time shares add up, dates ordered.
 */
export function checkInvariants(doc: ParsedStateJson): StateIssue[] {
  const issues: StateIssue[] = [];
  const units = doc.units ?? [];
  const bodyIndex = indexIds(doc.bodies, 'id', 'body', 'bodies', issues);
  const unitIndex = indexIds(units, 'code', 'unit', 'units', issues);
  const personIndex = indexIds(doc.persons ?? [], 'id', 'person', 'persons', issues);
  indexIds(doc.relations ?? [], 'id', 'relation', 'relations', issues);
  indexIds(doc.posts ?? [], 'id', 'post', 'posts', issues);
  checkUnits(units, unitIndex, issues);
  checkBodies(doc.bodies, bodyIndex, units, unitIndex, issues);
  checkRelations(doc.relations ?? [], bodyIndex, issues);
  checkPosts(doc.posts ?? [], bodyIndex, personIndex, issues);
  return issues;
}
