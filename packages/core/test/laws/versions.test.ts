import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgState } from '../../src/state/org-state.js';
import { stringifyState } from '../../src/state/state-json.js';
import { arbScenario, stepFromSeed, tryStep } from '../../src/testing/index.js';
import { indexMismatches } from '../support/state-checks.js';

// The states of a lineage share one native table that a read moves to the version read (VersionedMap):
// whatever order versions are read, derived from or branched in, each must read as it did when made.
describe('versions of a state', () => {
  it('every state of a scenario reads as it did when it was made, in any order, after branching too', () => {
    fc.assert(
      fc.property(
        arbScenario({ maxSteps: 10 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        ({ base, seeds }, order, branchAt) => {
          const states: OrgState[] = [base];
          const texts: string[] = [stringifyState(base)];
          seeds.forEach((seed, n) => {
            const state = states[states.length - 1] as OrgState;
            const outcome = tryStep(state, stepFromSeed(state, seed, n));
            if (!outcome.ok) return;
            states.push(outcome.after);
            // Taken at once, while the new state is the newest: the table holds it.
            texts.push(stringifyState(outcome.after));
          });
          const check = (i: number) => {
            const state = states[i] as OrgState;
            expect(stringifyState(state)).toBe(texts[i]);
            expect(indexMismatches(state)).toEqual([]);
          };
          for (const pick of order) check(pick % states.length);
          // Replaying the same seeds from an older state branches off it; the first lineage is unchanged.
          const from = branchAt % states.length;
          let state = states[from] as OrgState;
          seeds.forEach((seed, n) => {
            const outcome = tryStep(state, stepFromSeed(state, seed, n));
            if (outcome.ok) state = outcome.after;
            check((n * 7 + from) % states.length);
          });
          for (let i = states.length - 1; i >= 0; i -= 1) check(i);
        },
      ),
      { numRuns: 60 },
    );
  });
});
