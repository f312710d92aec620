import * as report from '@tinhgon/report';
import { describe, expect, it } from 'vitest';

// The public surface of @tinhgon/report: a change here is a change of API.
describe('@tinhgon/report', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(report).sort()).toMatchInlineSnapshot(`
      [
        "AFTER_MARKS",
        "BEFORE_MARKS",
        "FONT_STACK",
        "MARKS",
        "MARK_STYLES",
        "PLAIN_STYLE",
        "beforeAfterCharts",
        "bridgeChartSvg",
        "citationText",
        "escapeXml",
        "htmlReport",
        "layoutTree",
        "legendSvg",
        "marksOf",
        "orgChartSvg",
        "orgChartsBySubtree",
        "renderTreeSvg",
        "textOf",
        "textWidth",
        "wrapText",
      ]
    `);
  });
});
