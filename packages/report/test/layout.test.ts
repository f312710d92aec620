import { InvalidArgumentError } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/font.js';
import { layoutTree } from '../src/layout.js';
import { pilotRun } from './support/pilot.js';

const { baseline } = pilotRun();

describe('layoutTree', () => {
  it('places every body once, inside the extent, without overlaps', () => {
    const layout = layoutTree(baseline);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...baseline.bodies.keys()].sort());
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
      }
  });

  it('puts children one level below their parent and links them', () => {
    const layout = layoutTree(baseline);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(layout.links).toHaveLength(layout.nodes.filter((n) => n.parent !== null).length);
    for (const link of layout.links) {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      expect(to?.depth).toBe((from?.depth ?? -2) + 1);
      expect(to?.y ?? 0).toBeGreaterThan(from?.y ?? 0);
    }
  });

  it('wraps labels to the box width', () => {
    const layout = layoutTree(baseline, { nodeWidth: 120, fontSize: 12 });
    for (const n of layout.nodes)
      for (const line of n.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(104);
  });

  it('collapses below maxDepth and counts the hidden bodies', () => {
    const layout = layoutTree(baseline, { maxDepth: 0 });
    expect(layout.nodes.every((n) => n.depth === 0)).toBe(true);
    expect(layout.nodes.find((n) => n.id === 'huyen-uy')?.hidden).toBe(6);
    expect(layout.nodes.find((n) => n.id === 'hdnd')?.hidden).toBe(0);
    expect(layout.nodes.reduce((sum, n) => sum + 1 + n.hidden, 0)).toBe(baseline.bodies.size);
  });

  it('lays out one subtree', () => {
    const layout = layoutTree(baseline, { root: 'ubnd' });
    expect(layout.nodes[0]?.id).toBe('ubnd');
    expect(layout.nodes).toHaveLength(6);
  });

  it('refuses an unknown root or a negative depth', () => {
    expect(() => layoutTree(baseline, { root: 'nope' })).toThrow(InvalidArgumentError);
    expect(() => layoutTree(baseline, { maxDepth: -1 })).toThrow(InvalidArgumentError);
  });

  it('is deterministic', () => {
    expect(layoutTree(baseline)).toEqual(layoutTree(baseline));
  });
});
