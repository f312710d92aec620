import { headcountBridge, type Lang, type ScenarioRun } from '@tinhgon/core';
import { bridgeChartSvg } from './bridge-chart.js';
import type { DisplayLabels } from './display-labels.js';
import { escapeXml } from './escape.js';
import { failuresHtml, findingsHtml, type ReportAppraisal } from './findings-html.js';
import { FONT_STACK } from './font.js';
import { bodyChangesHtml, deltaTablesHtml } from './html-tables.js';
import { textOf } from './labels.js';
import { beforeAfterCharts } from './org-chart.js';

export interface HtmlReportOptions {
  /** Language of every text the report adds (body names are shown as recorded). Default `vi`. */
  readonly lang?: Lang;
  /** The page title; by default "Restructuring report: <scenario name>" in the report's language. */
  readonly title?: string;
  /** An appraisal of the run (`appraiseScheme` from `@tinhgon/vn`, or core's `appraiseChange`). */
  readonly appraisal?: ReportAppraisal;
  /** Collapse the org charts below this depth (0 = the roots). */
  readonly maxDepth?: number;
  /** Display names of levels, sectors, kinds and units in the tables. */
  readonly labels?: DisplayLabels;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: ${FONT_STACK}; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #111827; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #d1d5db; } h3 { font-size: 1.05rem; }
.chart { overflow-x: auto; border: 1px solid #e5e7eb; border-radius: 6px; margin: 0.5rem 0 1rem; }
.chart svg { display: block; }
table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #d1d5db; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.up { color: #047857; } td.down { color: #b45309; }
.tag { display: inline-block; border-radius: 4px; padding: 0 0.4rem; font-size: 0.8rem; color: #fff; background: #6b7280; }
.tag.fail { background: #b91c1c; } .tag.pass { background: #047857; } .tag.excepted { background: #7c3aed; }
.tag.blocking { background: #7f1d1d; } .tag.advisory { background: #92400e; }
.verdict.approved { color: #047857; } .verdict.refused { color: #b91c1c; }
.findings > li { margin-bottom: 0.9rem; } .findings p { margin: 0.15rem 0; }
.where { color: #4b5563; font-size: 0.9rem; } .citation { font-size: 0.85rem; color: #374151; }
.citation ul { margin: 0.1rem 0; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.summary dt { font-weight: bold; }
footer { margin-top: 3rem; color: #6b7280; font-size: 0.8rem; }
@media print { .chart { overflow: visible; border: none; } }
`;

/**
 * A self-contained HTML report of a scenario run: one file that works offline (inline CSS and SVG, no
 * script, no external URL): title and summary, the before and after org charts with their legend, the
 * headcount bridge of staff quota and of staff in post, the findings of an appraisal with their legal
 * citations, the steps that failed, and the delta tables by group, in Vietnamese or English.
 *
 * @example
 * const run = runScenario(baseline, plan);
 * writeFileSync('report.html', htmlReport(run, { lang: 'vi', appraisal: appraiseScheme(run) }));
 */
export function htmlReport(run: ScenarioRun, options: HtmlReportOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const text = textOf(lang);
  const words = text.report;
  const title = options.title ?? words.title(run.name);
  const charts = beforeAfterCharts(run, {
    lang,
    standalone: false,
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  });
  const bridges = (['quota', 'actual'] as const)
    .map((measure) => headcountBridge(run, 'total', measure)[0])
    .filter((row) => row !== undefined)
    .map((row) => `<div class="chart">${bridgeChartSvg(row, { lang, standalone: false })}</div>`)
    .join('\n');
  const dates = run.outcomes.map((o) => o.effective);
  const period = dates.length === 0 ? '—' : `${dates[0]} → ${dates[dates.length - 1]}`;
  const done = run.outcomes.filter((o) => o.ok).length;
  const findings =
    options.appraisal === undefined
      ? `<p>${escapeXml(words.noAppraisal)}</p>`
      : findingsHtml(options.appraisal, lang);
  const failures =
    run.failures.length === 0
      ? ''
      : `<h3>${escapeXml(words.failures)}</h3>\n${failuresHtml(run.failures, lang)}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tinhgon">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeXml(title)}</h1>
<dl class="summary">
<dt>${escapeXml(words.scenario)}</dt><dd>${escapeXml(run.name)}</dd>
<dt>${escapeXml(words.period)}</dt><dd>${escapeXml(period)}</dd>
<dt>${escapeXml(words.summary)}</dt><dd>${escapeXml(words.steps(done, run.outcomes.length))}</dd>
</dl>
</header>
<main>
<section id="charts">
<h2>${escapeXml(words.charts)}</h2>
<div class="chart">${charts.before}</div>
<div class="chart">${charts.after}</div>
</section>
<section id="bridge">
<h2>${escapeXml(words.bridge)}</h2>
${bridges}
</section>
<section id="findings">
<h2>${escapeXml(words.findings)}</h2>
${findings}
${failures}
</section>
<section id="deltas">
<h2>${escapeXml(words.deltas)}</h2>
<h3>${escapeXml(words.bodyChanges)}</h3>
${bodyChangesHtml(run, lang)}
${deltaTablesHtml(run, lang, options.labels)}
</section>
</main>
<footer>${escapeXml(words.generated)}</footer>
</body>
</html>
`;
}
