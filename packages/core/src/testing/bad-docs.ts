/**
 * Invalid inputs for robustness tests: a valid generated document with exactly one injected fault, and the
 * issue code `safeParseState` must report for it.
 */
import type { StateIssueCode } from '@tinhgon/core';
import fc from 'fast-check';
import { arbStateDoc } from './arbitraries.js';
import type { BodyDoc, StateDoc, StateDocOptions } from './state-doc.js';

/** The faults {@link arbBadStateDoc} injects, each named by the issue code it must produce. */
export const INJECTED_FAULTS = [
  'invalid-input',
  'duplicate-id',
  'missing-parent',
  'parent-cycle',
  'unknown-unit',
  'self-relation',
  'unknown-person',
  'duplicate-function',
  'dates-reversed',
] as const satisfies readonly StateIssueCode[];

export type InjectedFault = (typeof INJECTED_FAULTS)[number];

/** A document with one fault, the code it must be reported under, and what was done, in words. */
export interface BadStateDoc {
  readonly doc: StateDoc;
  readonly expectedCode: InjectedFault;
  readonly fault: string;
}

/** An id none of `taken` uses. */
function freshId(taken: Iterable<string>, stem: string): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}

function inject(source: StateDoc, code: InjectedFault, pick: number): BadStateDoc {
  const doc = structuredClone(source);
  const body = doc.bodies[pick % doc.bodies.length] as BodyDoc;
  const ids = doc.bodies.map((b) => b.id);
  const result = (fault: string): BadStateDoc => ({ doc, expectedCode: code, fault });
  switch (code) {
    case 'invalid-input':
      body.quota = -1;
      return result(`body "${body.id}" has quota -1`);
    case 'duplicate-id':
      doc.bodies.push(structuredClone(body));
      return result(`body "${body.id}" is listed twice`);
    case 'missing-parent': {
      body.parent = freshId(ids, 'ghost');
      return result(`body "${body.id}" names parent "${body.parent}", which does not exist`);
    }
    case 'parent-cycle':
      body.parent = body.id;
      return result(`body "${body.id}" is its own parent`);
    case 'unknown-unit':
      body.unit = freshId(
        doc.units.map((u) => u.code),
        '99',
      );
      return result(`body "${body.id}" sits in unit "${body.unit}", which does not exist`);
    case 'self-relation': {
      const id = freshId([...ids, ...doc.relations.map((r) => r.id)], 'fault');
      doc.relations.push({ id, kind: 'coordinates', from: body.id, to: body.id });
      return result(`relation "${id}" links body "${body.id}" to itself`);
    }
    case 'unknown-person': {
      const id = freshId(
        doc.posts.map((p) => p.id),
        'fault',
      );
      const holder = freshId(
        doc.persons.map((p) => p.id),
        'nobody',
      );
      doc.posts.push({ id, body: body.id, role: 'member', holder });
      return result(`post "${id}" is held by "${holder}", who is not listed`);
    }
    case 'duplicate-function': {
      const tag = body.functions[0] ?? 'archives';
      body.functions = body.functions.length === 0 ? [tag, tag] : [...body.functions, tag];
      return result(`body "${body.id}" lists function "${tag}" twice`);
    }
    case 'dates-reversed':
      body.validFrom = '2020-01-01';
      body.validUntil = '2019-01-01';
      return result(`body "${body.id}" ends before it begins`);
  }
}

/**
 * A valid document with one injected fault of a known issue code: `safeParseState(doc)` must fail and
 * report `expectedCode`.
 *
 * @example
 * fc.assert(fc.property(arbBadStateDoc(), ({ doc, expectedCode }) => {
 *   const result = safeParseState(doc);
 *   return !result.ok && result.issues.some((issue) => issue.code === expectedCode);
 * }));
 */
export function arbBadStateDoc(
  options: StateDocOptions & { readonly faults?: readonly InjectedFault[] } = {},
): fc.Arbitrary<BadStateDoc> {
  const { faults = INJECTED_FAULTS, ...sizes } = options;
  return fc
    .tuple(
      arbStateDoc({ ...sizes, minBodies: Math.max(1, sizes.minBodies ?? 1) }),
      fc.constantFrom(...faults),
      fc.nat(),
    )
    .map(([doc, code, pick]) => inject(doc, code, pick));
}
