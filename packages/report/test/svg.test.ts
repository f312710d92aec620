import { headcountBridge, parseState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { bridgeChartSvg } from '../src/bridge-chart.js';
import { legendSvg } from '../src/legend.js';
import { beforeAfterCharts, orgChartSvg, orgChartsBySubtree } from '../src/org-chart.js';
import { pilotRun } from './support/pilot.js';

const run = pilotRun();

/** Well-formedness without a DOM: every tag that opens closes, in order. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = match;
    if (self === '/') continue;
    if (close === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  return stack.length === 0;
}

describe('orgChartSvg', () => {
  it('is a standalone, well-formed SVG with every body and its Vietnamese name', () => {
    const svg = orgChartSvg(run.baseline, { title: 'Huyện Nam Trực' });
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(balanced(svg)).toBe(true);
    expect(svg).toContain('font-family="&#39;Noto Sans&#39;, &#39;DejaVu Sans&#39;, Arial, sans-serif"');
    for (const id of run.baseline.bodies.keys()) expect(svg).toContain(`data-id="${id}"`);
    expect(svg).toContain('Ban Tổ chức Huyện ủy');
    expect(svg).toContain('<title>Huyện Nam Trực</title>');
  });

  it('escapes names and ids', () => {
    const state = parseState({
      format: 'tinhgon/state@1',
      bodies: [
        {
          id: 'a&"b',
          name: '<Phòng> & "Ban"',
          kind: 'x',
          sector: 'state',
          level: 'central',
          parent: null,
          functions: [],
          quota: 1,
          actual: 1,
        },
      ],
    });
    const svg = orgChartSvg(state);
    expect(svg).toContain('data-id="a&amp;&quot;b"');
    expect(svg).toContain('&lt;Phòng&gt; &amp; &quot;Ban&quot;');
    expect(svg).not.toContain('<Phòng>');
    expect(balanced(svg)).toBe(true);
  });

  it('draws the +N marker and its legend entry for a collapsed subtree', () => {
    const svg = orgChartSvg(run.baseline, { maxDepth: 0, lang: 'en' });
    expect(svg).toContain('>+6<');
    expect(svg).toContain('bodies below, collapsed');
    expect(svg).not.toContain('data-id="ban-to-chuc"');
  });

  it('inline SVG has no XML declaration and no namespace', () => {
    const svg = orgChartSvg(run.baseline, { standalone: false });
    expect(svg.startsWith('<svg class="org-chart"')).toBe(true);
    expect(svg).not.toContain('http');
  });

  it('one chart per subtree', () => {
    const charts = orgChartsBySubtree(run.baseline);
    expect(charts.map((c) => c.root)).toEqual(['hdnd', 'huyen-uy', 'mttq', 'ubnd']);
    expect(charts[1]?.svg).toContain('<title>Huyện ủy Nam Trực</title>');
    expect(charts[1]?.svg).not.toContain('data-id="ubnd"');
    expect(orgChartsBySubtree(run.baseline, { at: 1 })).toHaveLength(11);
  });
});

describe('beforeAfterCharts', () => {
  it('marks bodies from the change log, with a legend on each side', () => {
    const { before, after } = beforeAfterCharts(run);
    expect(before).toContain('data-id="ban-dan-van" data-mark="absorbed"');
    expect(before).toContain('data-id="phong-noi-vu" data-mark="consolidated"');
    expect(before).toContain('data-id="phong-tc-kh" data-mark="split"');
    expect(before).toContain('data-id="trung-tam-chinh-tri" data-mark="moved"');
    expect(after).toContain('data-id="ban-to-chuc-noi-vu" data-mark="new"');
    expect(after).toContain('data-id="ban-tuyen-giao" data-mark="changed"');
    for (const label of ['sáp nhập', 'hợp nhất', 'giải thể', 'chia tách', 'thay đổi'])
      expect(before).toContain(label);
    expect(after).toContain('>mới<');
    expect(after).not.toContain('giải thể');
  });

  it('speaks English', () => {
    const { before, after } = beforeAfterCharts(run, { lang: 'en' });
    expect(before).toContain('<title>Before</title>');
    expect(before).toContain('>consolidated<');
    expect(after).toContain('<title>After</title>');
  });
});

describe('legendSvg', () => {
  it('lists the marks in order with their names', () => {
    const legend = legendSvg(['dissolved', 'new'], { lang: 'vi' });
    expect(legend.svg.indexOf('giải thể')).toBeLessThan(legend.svg.indexOf('mới'));
    expect(legend.svg).toContain('Chú giải:');
    expect(legend.height).toBeGreaterThan(0);
  });

  it('wraps entries onto rows past the width', () => {
    const wide = legendSvg(['absorbed', 'consolidated', 'dissolved', 'split', 'new', 'moved', 'changed'], {
      maxWidth: 200,
    });
    const narrow = legendSvg(['absorbed'], { maxWidth: 200 });
    expect(wide.height).toBeGreaterThan(narrow.height);
  });
});

describe('bridgeChartSvg', () => {
  it('draws start, the movements that happened and end, with signed values', () => {
    const [row] = headcountBridge(run, 'total', 'quota');
    if (row === undefined) throw new Error('no bridge');
    const svg = bridgeChartSvg(row, { lang: 'vi' });
    expect(balanced(svg)).toBe(true);
    expect([...svg.matchAll(/data-line="(\w+)"/g)].map((m) => m[1])).toEqual(['start', 'cut', 'end']);
    expect(svg).toContain(`>${row.start}<`);
    expect(svg).toContain('>−1<');
    expect(svg).toContain('Biên chế được giao');
    const all = bridgeChartSvg(row, { showZero: true, lang: 'en' });
    expect([...all.matchAll(/data-line="(\w+)"/g)]).toHaveLength(9);
    expect(all).toContain('Transferred out');
  });
});
