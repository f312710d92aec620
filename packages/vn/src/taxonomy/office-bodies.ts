import type { Body } from '@tinhgon/core';
import { bodyKind } from './body-kinds.js';
import { functionFamily } from './function-catalogue.js';

/**
 * True for an office (văn phòng) whose staff are support staff (R9): a body of an office kind, or one
 * whose functions include a tag of the `office` family (a Văn phòng sở modelled as a division).
 */
export function isOfficeBody(body: Pick<Body, 'kind' | 'functions'>): boolean {
  return (
    bodyKind(body.kind)?.office === true || body.functions.some((tag) => functionFamily(tag) === 'office')
  );
}
