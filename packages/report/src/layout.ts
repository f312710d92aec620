import { type BodyId, graphOf, InvalidArgumentError, type OrgState } from '@tinhgon/core';
import { hierarchy, tree } from 'd3-hierarchy';
import { wrapText } from './font.js';

/** How a tree is laid out. Every size is in pixels. */
export interface LayoutOptions {
  /** Lay out only this body and what is below it; by default every root (a forest). */
  readonly root?: BodyId;
  /**
   * Collapse below this depth (0 = the roots): a body at this depth with bodies below shows `+N`, the
   * number of bodies hidden under it. By default nothing is collapsed.
   */
  readonly maxDepth?: number;
  /** Width of a body's box. Default 180. */
  readonly nodeWidth?: number;
  /** Font size of names. Default 12. */
  readonly fontSize?: number;
  /** Lines a name may wrap to before it is cut with an ellipsis. Default 3. */
  readonly maxLines?: number;
  /** Show the staff figures (quota / actual) under the name. Default true. */
  readonly showStaff?: boolean;
}

/** One body placed on the chart: its box's top-left corner, size, and the lines of its label. */
export interface LayoutNode {
  readonly id: BodyId;
  readonly name: string;
  readonly parent: BodyId | null;
  readonly depth: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  readonly quota: number;
  readonly actual: number;
  /** Bodies below this one that the collapse hides (0 when none). */
  readonly hidden: number;
}

/** A laid-out tree: the nodes in depth-first order, the parent–child links, and the extent. */
export interface TreeLayout {
  readonly nodes: readonly LayoutNode[];
  readonly links: readonly { readonly from: BodyId; readonly to: BodyId }[];
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly showStaff: boolean;
}

interface Datum {
  readonly id: BodyId | null;
  readonly hidden: number;
  readonly children: Datum[];
}

const H_GAP = 24;
const V_GAP = 40;
const PADDING = 8;
const MARGIN = 16;

/**
 * A tidy-tree layout (Reingold–Tilford, from d3-hierarchy) of a state's org tree, top-down, roots side by
 * side. Pure: no DOM, no fonts; label widths are measured conservatively (see `textWidth`). Children are
 * in id order, so the same state always gives the same layout.
 *
 * @example
 * const layout = layoutTree(state, { maxDepth: 2 });
 * layout.nodes.find((n) => n.hidden > 0); // a body whose subtree is collapsed, shown as "+N"
 */
export function layoutTree(state: OrgState, options: LayoutOptions = {}): TreeLayout {
  const nodeWidth = options.nodeWidth ?? 180;
  const fontSize = options.fontSize ?? 12;
  const maxLines = options.maxLines ?? 3;
  const showStaff = options.showStaff ?? true;
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  if (!(maxDepth >= 0)) {
    throw new InvalidArgumentError(
      `@tinhgon/report/layoutTree: maxDepth must be 0 or more, got ${String(options.maxDepth)}`,
    );
  }
  const graph = graphOf(state);
  if (options.root !== undefined && !state.bodies.has(options.root)) {
    throw new InvalidArgumentError(
      `@tinhgon/report/layoutTree: root body "${options.root}" is not in the state`,
    );
  }
  const build = (id: BodyId, depth: number): Datum => {
    if (depth >= maxDepth) return { id, hidden: graph.subtree(id).length - 1, children: [] };
    return { id, hidden: 0, children: graph.children(id).map((child) => build(child, depth + 1)) };
  };
  const tops = options.root === undefined ? graph.roots() : [options.root];
  const datum: Datum = { id: null, hidden: 0, children: tops.map((id) => build(id, 0)) };

  const lineHeight = Math.ceil(fontSize * 1.3);
  const labelled = new Map<BodyId, string[]>();
  let maxLabelLines = 1;
  const visit = (d: Datum) => {
    if (d.id !== null) {
      const lines = wrapText(graph.body(d.id).name, nodeWidth - 2 * PADDING, fontSize, maxLines);
      labelled.set(d.id, lines);
      maxLabelLines = Math.max(maxLabelLines, lines.length);
    }
    for (const child of d.children) visit(child);
  };
  visit(datum);
  const nodeHeight = 2 * PADDING + maxLabelLines * lineHeight + (showStaff ? lineHeight : 0);

  const root = hierarchy(datum, (d) => d.children);
  const laid = tree<Datum>()
    .nodeSize([nodeWidth + H_GAP, nodeHeight + V_GAP])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(root);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = 0;
  for (const node of laid.descendants()) {
    if (node.data.id === null) continue;
    minX = Math.min(minX, node.x);
    maxX = Math.max(maxX, node.x);
    maxY = Math.max(maxY, node.y);
  }
  if (minX === Number.POSITIVE_INFINITY) {
    return { nodes: [], links: [], width: 2 * MARGIN, height: 2 * MARGIN, fontSize, showStaff };
  }
  const levelStep = nodeHeight + V_GAP;
  const nodes: LayoutNode[] = [];
  const links: { from: BodyId; to: BodyId }[] = [];
  for (const node of laid.descendants()) {
    const id = node.data.id;
    if (id === null) continue;
    const body = graph.body(id);
    const parent = node.parent?.data.id ?? null;
    if (parent !== null) links.push({ from: parent, to: id });
    nodes.push({
      id,
      name: body.name,
      parent,
      depth: node.depth - 1,
      x: Math.round(node.x - minX + MARGIN),
      y: Math.round(node.y - levelStep + MARGIN),
      width: nodeWidth,
      height: nodeHeight,
      lines: labelled.get(id) ?? [body.name],
      quota: body.quota,
      actual: body.actual,
      hidden: node.data.hidden,
    });
  }
  return {
    nodes,
    links,
    width: Math.round(maxX - minX + nodeWidth + 2 * MARGIN),
    height: Math.round(maxY - levelStep + nodeHeight + 2 * MARGIN),
    fontSize,
    showStaff,
  };
}
