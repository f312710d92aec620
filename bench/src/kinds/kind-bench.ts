/** What the transform benchmark needs to know about one kind of transformation. */
import type { OrgState, TransformResult } from '@tinhgon/core';
import type { FloorGraph } from '../floor/floor-graph.js';

/**
 * One kind of step, benchmarked step by step: how to pick steps from a state, how tinhgon does one, and
 * how the floor does the same state change in place.
 */
export interface KindBench<P> {
  /** The transformation's name, as in a scenario step's `op`. */
  readonly op: string;
  /**
   * Up to `count` steps, chosen deterministically from `state` and spread over it, each valid when applied
   * in order after the ones before it (they touch different bodies, posts and persons).
   */
  pick(state: OrgState, count: number): P[];
  /** The step with tinhgon: a new persistent version and its change record. */
  step(state: OrgState, params: P): TransformResult;
  /** The same change to the state, in place on the floor, with no checks and no record. */
  floor(floor: FloorGraph, params: P): void;
}

/** The date every benchmark step takes effect. */
export const EFFECTIVE = '2025-07-01';
