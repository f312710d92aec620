import { parseScenario, runScenario } from '@tinhgon/core';
import { reform2025Scenario } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { FloorGraph } from '../src/floor/floor-graph.js';
import { applyFloorSteps } from '../src/floor/scenario-steps.js';
import { floorSnapshot, snapshotDifferences, stateSnapshot } from '../src/floor/snapshot.js';
import { floorDifferences, reformBaseline } from '../src/national-reform.js';

// The floor must do what tinhgon does, no more and no less: on Hà Giang + Tuyên Quang (1,610 steps), its
// final graph equals tinhgon's final state on bodies, posts, relations, units and persons.
describe('the national-reform floor', () => {
  const baseline = reformBaseline(['02', '08']);
  const plan = parseScenario(reform2025Scenario(baseline));
  const run = runScenario(baseline, plan);

  it('starts from two provinces with a head in every body, a deputy in every People’s Committee', () => {
    // 3,666 bodies; 2 + 18 + 330 = 350 People's Committees.
    expect(baseline.bodies.size).toBe(3666);
    expect(baseline.posts.size).toBe(3666 + 350);
    expect(baseline.posts.get('02.so-noi-vu.head')).toMatchObject({ role: 'head', holder: 'p.02.so-noi-vu' });
    // A body without positions of its own (the province People's Committee) has a vacant head post.
    expect(baseline.posts.get('02.ubnd.head')).toMatchObject({ role: 'head', holder: null });
    expect(run.ok).toBe(true);
  });

  it('ends where tinhgon ends: bodies, post placement, relations, units and persons', () => {
    expect(floorDifferences(baseline, plan, run.final)).toEqual([]);
    const snapshot = stateSnapshot(run.final);
    expect([snapshot.bodies.size, snapshot.units.size]).toEqual([1203, 125]);
    // Heads of absorbed bodies become deputies of the absorbing body; deputies stay deputies; vacant head
    // posts and the posts of dissolved district bodies go.
    expect(snapshot.posts.get('02.so-noi-vu.head')).toBe('08.so-noi-vu deputy p.02.so-noi-vu');
    expect(snapshot.posts.get('00688.ubnd.head')).toBe('00691.ubnd deputy p.00688.ubnd');
    expect(snapshot.posts.get('02.ubnd.deputy')).toBe('08.ubnd deputy p.02.ubnd.deputy');
    expect(snapshot.posts.has('02.ubnd.head')).toBe(false);
    expect(snapshot.posts.has('024.ubnd.head')).toBe(false);
  });

  it('notices a difference: a floor that skips a step does not match', () => {
    const floor = FloorGraph.of(baseline);
    applyFloorSteps(
      floor,
      plan.steps.filter((step) => !(step.op === 'absorb' && step.target === '00691.ubnd')),
    );
    const differences = snapshotDifferences(stateSnapshot(run.final), floorSnapshot(floor), 100);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.some((d) => d.startsWith('bodies 00691.ubnd:'))).toBe(true);
  });
});
