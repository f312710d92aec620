import { bridgeBalances, headcountBridge, parseState, stringifyState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { readData } from '../src/main-demo.js';
import { pilotScenario, runPilot } from '../src/pilot-restructuring.js';

// Seed 000 II.1 on Nam Trực. Figures by hand from examples/data/nam-truc.json:
// party quota 36 (Ban Tổ chức 7, Tuyên giáo 6, Dân vận 5, UBKT 7, Văn phòng 11); state 50.
// The consolidations move Phòng Nội vụ 8 + Thanh tra 7 + Văn phòng HĐND-UBND 16 = 31 into party bodies;
// the common office (11 + 16 = 27) is cut by 10 %: round(2.7) = 3. Party 36 + 31 − 3 = 64, state 19.
describe('Conclusion 34 pilot (seed 000 II.1)', () => {
  const baseline = parseState(readData('nam-truc.json'));
  const lines: string[] = [];
  const run = runPilot(baseline, (line) => lines.push(line));

  it('runs every step, ending three pairs of bodies in three party–state bodies that also serve the UBND', () => {
    expect(run.ok).toBe(true);
    expect(run.log.map((c) => c.planItem)).toEqual([
      '000 II.1.1',
      '000 II.1.3',
      '000 II.1.4',
      '000 II.1.5',
      '002 II.1.4',
    ]);
    expect(run.final.bodies.size).toBe(15 - 6 + 3);
    const serves = [...run.final.relations.values()].filter((r) => r.kind === 'serves').map((r) => r.from);
    expect(serves.sort()).toEqual(['ban-to-chuc-noi-vu', 'ubkt-thanh-tra', 'van-phong-huyen']);
    expect(run.final.posts.get('truong-ban-tc')).toMatchObject({
      body: 'ban-to-chuc-noi-vu',
      role: 'head',
      holder: 'p-duc',
    });
    expect(run.final.posts.has('truong-phong-noi-vu')).toBe(false);
  });

  it('moves staff from the state to the party sector and cuts the common office, with a bridge that sums', () => {
    const rows = headcountBridge(run, 'sector', 'quota');
    expect(rows.find((r) => r.group === 'party')).toMatchObject({
      start: 36,
      cut: 3,
      restructured: 31,
      end: 64,
    });
    expect(rows.find((r) => r.group === 'state')).toMatchObject({ start: 50, restructured: -31, end: 19 });
    for (const row of rows) expect(bridgeBalances(row)).toBe(true);
    expect(lines).toContain('## Against 2015: 79 vs 92 positions (-14.13 %), over 7 of 12 bodies');
  });

  it('is approved by the Vietnam rule pack, with the Mass Mobilization ~ Fatherland Front overlap as advice', () => {
    expect(lines).toContain('## Appraisal (thẩm định): approved, 0 blocking, 1 advisory');
    expect(lines.some((l) => l.includes('vn.r7.overlapping-functions Ban Dân vận Huyện ủy'))).toBe(true);
  });

  it('gives the same result from the JSON text of the scenario', () => {
    const again = runPilot(baseline, () => undefined);
    expect(stringifyState(again.final)).toBe(stringifyState(run.final));
    expect(JSON.parse(JSON.stringify(pilotScenario.build())).steps).toHaveLength(5);
  });
});
