import { type BodyId, graphOf, type Lang, type OrgState } from '@tinhgon/core';
import { textOf } from './labels.js';
import { type LayoutOptions, layoutTree } from './layout.js';
import { MARKS, type Mark, type MarkSource, marksOf } from './marks.js';
import { renderTreeSvg } from './svg-tree.js';

/** Options of an org chart: the layout's and the drawing's. */
export interface OrgChartOptions extends LayoutOptions {
  readonly lang?: Lang;
  readonly title?: string;
  readonly marks?: ReadonlyMap<BodyId, Mark>;
  readonly legend?: readonly Mark[];
  readonly standalone?: boolean;
}

/** One chart of a set: the body at its top and the SVG. */
export interface SubtreeChart {
  readonly root: BodyId;
  readonly name: string;
  readonly svg: string;
}

/**
 * An org chart of a state as a standalone SVG string: a tidy tree, every body a box with its name and staff.
 * Large trees: `maxDepth` collapses below a depth (`+N` on the boxes), `root` draws one subtree; see
 * {@link orgChartsBySubtree} for one chart per subtree.
 *
 * @example
 * writeFileSync('chart.svg', orgChartSvg(state, { title: 'Huyện Nam Trực', maxDepth: 2 }));
 */
export function orgChartSvg(state: OrgState, options: OrgChartOptions = {}): string {
  return renderTreeSvg(layoutTree(state, options), {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.marks === undefined ? {} : { marks: options.marks }),
    ...(options.legend === undefined ? {} : { legend: options.legend }),
    ...(options.standalone === undefined ? {} : { standalone: options.standalone }),
  });
}

/**
 * One chart per subtree: a chart for each body at depth `at` (0, the default: each root), titled with its
 * name; the rest of the options apply to each chart (`maxDepth` counts from the chart's own top).
 *
 * @example
 * for (const chart of orgChartsBySubtree(state)) writeFileSync(`${chart.root}.svg`, chart.svg);
 */
export function orgChartsBySubtree(
  state: OrgState,
  options: OrgChartOptions & { readonly at?: number } = {},
): SubtreeChart[] {
  const graph = graphOf(state);
  let level = graph.roots();
  for (let depth = 0; depth < (options.at ?? 0); depth += 1)
    level = level.flatMap((id) => graph.children(id));
  const { at: _at, ...rest } = options;
  return level.map((root) => {
    const name = graph.body(root).name;
    return { root, name, svg: orgChartSvg(state, { ...rest, root, title: options.title ?? name }) };
  });
}

/** The marks each side of a before/after pair can carry, for the legend. */
export const BEFORE_MARKS: readonly Mark[] = MARKS.filter((m) => m !== 'new');
export const AFTER_MARKS: readonly Mark[] = ['new', 'moved', 'changed'];

/**
 * The before and after org charts of a run (or any baseline/final/log), each marked from the change log:
 * before shows what was absorbed, consolidated, dissolved, split, moved or changed; after what is new,
 * moved or changed. Both legends list every mark their side can carry, so the two read alike.
 *
 * @example
 * const { before, after } = beforeAfterCharts(runScenario(baseline, plan), { lang: 'en', maxDepth: 3 });
 */
export function beforeAfterCharts(
  run: MarkSource,
  options: Omit<OrgChartOptions, 'marks' | 'title' | 'legend'> & {
    readonly titles?: { readonly before?: string; readonly after?: string };
  } = {},
): { readonly before: string; readonly after: string } {
  const text = textOf(options.lang ?? 'vi');
  const marks = marksOf(run);
  const { titles, ...rest } = options;
  return {
    before: orgChartSvg(run.baseline, {
      ...rest,
      marks: marks.before,
      legend: BEFORE_MARKS,
      title: titles?.before ?? text.before,
    }),
    after: orgChartSvg(run.final, {
      ...rest,
      marks: marks.after,
      legend: AFTER_MARKS,
      title: titles?.after ?? text.after,
    }),
  };
}
