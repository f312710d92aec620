import { aggregate, bodyDeltas, GROUP_BYS, type Lang, type ScenarioRun } from '@tinhgon/core';
import { type DisplayLabels, displayGroup } from './display-labels.js';
import { escapeXml } from './escape.js';
import { textOf } from './labels.js';

const METRICS = ['bodies', 'quota', 'actual', 'heads', 'deputies', 'people'] as const;

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

function changeCell(n: number): string {
  const cls = n > 0 ? 'up' : n < 0 ? 'down' : 'same';
  return `<td class="num ${cls}">${signed(n)}</td>`;
}

/**
 * The delta tables of a run as HTML: one table per grouping (total, level, sector, kind, unit), each with
 * every figure before, after and the change (`aggregate`), in the report's language.
 */
export function deltaTablesHtml(run: ScenarioRun, lang: Lang, labels: DisplayLabels = {}): string {
  const words = textOf(lang).report;
  const c = words.columns;
  return GROUP_BYS.map((by) => {
    const rows = aggregate(run.baseline, run.final, by);
    const body = rows
      .flatMap((row) =>
        METRICS.map((metric, i) => {
          const pair = row[metric];
          const group =
            i === 0
              ? `<th scope="rowgroup" rowspan="${METRICS.length}">${escapeXml(displayGroup(labels, by, row.group, lang))}</th>`
              : '';
          return `<tr>${group}<td>${escapeXml(words.metrics[metric])}</td><td class="num">${pair.before}</td><td class="num">${pair.after}</td>${changeCell(pair.after - pair.before)}</tr>`;
        }),
      )
      .join('\n');
    return `<table class="deltas" data-by="${by}">
<caption>${escapeXml(words.by[by])}</caption>
<thead><tr><th scope="col">${escapeXml(c.group)}</th><th scope="col">${escapeXml(c.metric)}</th><th scope="col">${escapeXml(c.before)}</th><th scope="col">${escapeXml(c.after)}</th><th scope="col">${escapeXml(c.change)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
  }).join('\n');
}

/** The bodies that began, ended or changed staff, with where they came from or went (`bodyDeltas`). */
export function bodyChangesHtml(run: ScenarioRun, lang: Lang): string {
  const words = textOf(lang).report;
  const c = words.columns;
  const names = new Map<string, string>();
  for (const state of [run.baseline, run.final]) for (const [id, b] of state.bodies) names.set(id, b.name);
  for (const change of run.log) for (const ended of change.ended) names.set(ended.id, ended.record.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const rows = bodyDeltas(run.baseline, run.final, run.log).filter(
    (d) =>
      d.status !== 'kept' ||
      d.quota.before !== d.quota.after ||
      d.actual.before !== d.actual.after ||
      d.from.length > 0 ||
      d.to.length > 0,
  );
  if (rows.length === 0) return `<p>${escapeXml(words.noBodyChanges)}</p>`;
  const body = rows
    .map(
      (d) =>
        `<tr data-id="${escapeXml(d.id)}"><th scope="row">${escapeXml(d.name)}</th><td>${escapeXml(words.statuses[d.status])}</td><td>${escapeXml(d.from.map(nameOf).join('; '))}</td><td>${escapeXml(d.to.map(nameOf).join('; '))}</td><td class="num">${d.quota.before} → ${d.quota.after}</td><td class="num">${d.actual.before} → ${d.actual.after}</td></tr>`,
    )
    .join('\n');
  return `<table class="body-changes">
<thead><tr><th scope="col">${escapeXml(c.body)}</th><th scope="col">${escapeXml(c.status)}</th><th scope="col">${escapeXml(c.from)}</th><th scope="col">${escapeXml(c.to)}</th><th scope="col">${escapeXml(c.quota)}</th><th scope="col">${escapeXml(c.actual)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
