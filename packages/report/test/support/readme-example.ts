// The README's example, run by test/readme.test.ts; the README must contain the region verbatim.
// #region readme
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseState, runScenario } from '@tinhgon/core';
import { beforeAfterCharts, htmlReport, orgChartSvg } from '@tinhgon/report';
import { appraiseScheme } from '@tinhgon/vn';

const fixtures = 'packages/cli/test/fixtures';
const baseline = parseState(readFileSync(`${fixtures}/nam-truc.json`, 'utf8'));
const run = runScenario(baseline, JSON.parse(readFileSync(`${fixtures}/pilot.scenario.json`, 'utf8')));

// One chart, collapsed below the roots: "+6" under the district party committee.
const chart = orgChartSvg(baseline, { title: 'Huyện Nam Trực', maxDepth: 0 });
// Before and after, marked from the run's change log (absorbed, consolidated, split, new, moved, …).
const { before, after } = beforeAfterCharts(run, { lang: 'vi' });
// The whole report: one offline HTML file.
const html = htmlReport(run, { lang: 'en', appraisal: appraiseScheme(run) });
const out = join(tmpdir(), 'tinhgon-report.html');
writeFileSync(out, html);

// #endregion

export { after, before, chart, html };
