import { parseState, runScenario, scenario } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { marksOf } from '../src/marks.js';
import { pilotRun } from './support/pilot.js';

describe('marksOf', () => {
  it('marks how each body ended, moved or changed, and what is new', () => {
    const { before, after } = marksOf(pilotRun());
    expect(Object.fromEntries(before)).toEqual({
      'ban-dan-van': 'absorbed',
      'ban-to-chuc': 'consolidated',
      'phong-noi-vu': 'consolidated',
      ubkt: 'consolidated',
      'thanh-tra': 'consolidated',
      'vp-huyen-uy': 'consolidated',
      'vp-hdnd-ubnd': 'consolidated',
      'phong-tc-kh': 'split',
      'trung-tam-chinh-tri': 'moved',
      'ban-tuyen-giao': 'changed',
      'phong-gd-dt': 'changed',
    });
    expect(Object.fromEntries(after)).toEqual({
      'ban-to-chuc-noi-vu': 'new',
      'ubkt-thanh-tra': 'new',
      'van-phong-huyen': 'new',
      'phong-tai-chinh': 'new',
      'phong-ke-hoach-dau-tu': 'new',
      'trung-tam-chinh-tri': 'moved',
      'ban-tuyen-giao': 'changed',
      'phong-gd-dt': 'changed',
    });
  });

  it('marks a dissolved body', () => {
    const baseline = pilotRun().baseline;
    const run = runScenario(
      baseline,
      scenario('Giải thể')
        .dissolve({ effective: '2020-01-01', body: 'phong-gd-dt', staffTo: 'release' })
        .build(),
    );
    expect(marksOf(run).before.get('phong-gd-dt')).toBe('dissolved');
    expect(marksOf(run).after.size).toBe(0);
  });

  it('marks nothing for an empty run', () => {
    const state = parseState({ format: 'tinhgon/state@1', bodies: [] });
    const { before, after } = marksOf({ baseline: state, final: state, log: [] });
    expect(before.size + after.size).toBe(0);
  });
});
