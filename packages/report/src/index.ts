// @tinhgon/report: the public surface, re-exported by name. A test pins this list.

export type { BridgeChartOptions } from './bridge-chart.js';
export { bridgeChartSvg } from './bridge-chart.js';
export type { DisplayLabels } from './display-labels.js';
export { escapeXml } from './escape.js';
export type { ReportAppraisal } from './findings-html.js';
export { citationText } from './findings-html.js';
export { FONT_STACK, textWidth, wrapText } from './font.js';
export type { HtmlReportOptions } from './html-report.js';
export { htmlReport } from './html-report.js';
export type { BridgeLine, ReportText } from './labels.js';
export { textOf } from './labels.js';
export type { LayoutNode, LayoutOptions, TreeLayout } from './layout.js';
export { layoutTree } from './layout.js';
export type { LegendOptions, SvgFragment } from './legend.js';
export { legendSvg } from './legend.js';
export type { MarkStyle } from './mark-style.js';
export { MARK_STYLES, PLAIN_STYLE } from './mark-style.js';
export type { ChartMarks, Mark, MarkSource } from './marks.js';
export { MARKS, marksOf } from './marks.js';
export type { OrgChartOptions, SubtreeChart } from './org-chart.js';
export {
  AFTER_MARKS,
  BEFORE_MARKS,
  beforeAfterCharts,
  orgChartSvg,
  orgChartsBySubtree,
} from './org-chart.js';
export type { TreeSvgOptions } from './svg-tree.js';
export { renderTreeSvg } from './svg-tree.js';
