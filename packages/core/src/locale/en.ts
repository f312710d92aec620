import { arrowList } from './arrow-list.js';
import type { IssueMessages } from './locale.js';

const list = (ids: readonly string[]): string => arrowList(ids, (n) => `${n} more`);

export const en: IssueMessages = {
  'invalid-input': (i) =>
    i.received === 'nothing' ? i.detail.en : `${i.detail.en} (received ${i.received})`,
  'invalid-json': (i) => `not valid JSON: ${i.detail.en}`,
  'duplicate-id': (i) => `${i.entity} id "${i.id}" is used twice; ids must be unique`,
  'missing-parent': (i) => `body "${i.body}" belongs to "${i.parent}", which is not in the state`,
  'parent-cycle': (i) => `belongs-to forms a cycle: ${list([...i.bodies, i.bodies[0] ?? ''])}`,
  'level-above-parent': (i) =>
    `body "${i.body}" is at level ${i.level}, above its parent "${i.parent}" at level ${i.parentLevel}`,
  'unknown-unit': (i) => `body "${i.body}" sits in admin unit "${i.unit}", which is not in the state`,
  'unit-level-mismatch': (i) =>
    `body "${i.body}" is at level ${i.level} but its admin unit "${i.unit}" is a ${i.unitLevel}`,
  'unknown-body': (i) => `${i.entity} "${i.id}" refers to body "${i.body}", which is not in the state`,
  'self-relation': (i) => `relation "${i.relation}" links body "${i.body}" to itself`,
  'unknown-person': (i) => `post "${i.post}" is held by person "${i.person}", who is not in the state`,
  'duplicate-holding': (i) =>
    `person "${i.person}" holds the ${i.role} post of body "${i.body}" twice (posts "${i.posts[0]}" and "${i.posts[1]}")`,
  'duplicate-head': (i) =>
    `body "${i.body}" has two head posts in force at once ("${i.posts[0]}" and "${i.posts[1]}")`,
  'time-share-exceeded': (i) =>
    `person "${i.person}" is given ${i.total} of their time across posts ${list(i.posts)}; the total may not exceed 1`,
  'dates-reversed': (i) =>
    `${i.entity} "${i.id}" ends (${i.validUntil}) on or before it starts (${i.validFrom}); validUntil must be later than validFrom`,
  'duplicate-function': (i) => `body "${i.body}" lists function "${i.tag}" twice`,
  'unknown-unit-parent': (i) => `admin unit "${i.unit}" lies in "${i.parent}", which is not in the state`,
  'unit-level-order': (i) =>
    `admin unit "${i.unit}" (${i.level}) lies in "${i.parent}" (${i.parentLevel}), which is not a higher level`,
};
