import type { ScenarioRun } from '../scenario/run-scenario.js';
import { aggregate } from './aggregate.js';
import { againstYear } from './baseline-year.js';
import { bodyDeltas } from './body-delta.js';
import { type BridgeRow, headcountBridge, type Measure } from './bridge.js';
import type { RunComparison } from './compare-runs.js';
import { toCsv } from './csv.js';
import { GROUP_BYS } from './group-by.js';

/** Tidy CSV tables of a run, one per concern, keyed by file name. */
export function staffingTables(
  run: ScenarioRun,
  options: { readonly baselineYear?: string } = {},
): Record<string, string> {
  const deltas = bodyDeltas(run.baseline, run.final, run.log).map((d) => ({
    id: d.id,
    name: d.name,
    status: d.status,
    level: d.level,
    sector: d.sector,
    kind: d.kind,
    unit: d.unit,
    from: d.from.join(' '),
    to: d.to.join(' '),
    quota_before: d.quota.before,
    quota_after: d.quota.after,
    actual_before: d.actual.before,
    actual_after: d.actual.after,
    heads_before: d.heads.before,
    heads_after: d.heads.after,
    deputies_before: d.deputies.before,
    deputies_after: d.deputies.after,
  }));
  const groups = GROUP_BYS.flatMap((by) =>
    aggregate(run.baseline, run.final, by).flatMap((g) =>
      (['bodies', 'quota', 'actual', 'heads', 'deputies', 'people'] as const).map((metric) => ({
        by: g.by,
        group: g.group,
        metric,
        before: g[metric].before,
        after: g[metric].after,
        change: g[metric].after - g[metric].before,
      })),
    ),
  );
  const bridge: BridgeRow[] = GROUP_BYS.flatMap((by) =>
    (['quota', 'actual'] as Measure[]).flatMap((measure) => headcountBridge(run, by, measure)),
  );
  const tables: Record<string, string> = {
    'bodies.csv': toCsv(deltas, Object.keys(deltas[0] ?? { id: '' }) as (keyof (typeof deltas)[number])[]),
    'groups.csv': toCsv(groups, ['by', 'group', 'metric', 'before', 'after', 'change']),
    'bridge.csv': toCsv(
      bridge.map((row) => ({ ...row })),
      [
        'by',
        'group',
        'measure',
        'start',
        'created',
        'cut',
        'released',
        'transferredOut',
        'transferredIn',
        'restructured',
        'reclassified',
        'end',
      ],
    ),
  };
  if (options.baselineYear !== undefined) {
    const year = options.baselineYear;
    const rows = GROUP_BYS.flatMap((by) => againstYear(run.final, year, by));
    tables[`against-${year}.csv`] = toCsv(
      rows.map((row) => ({ ...row })),
      ['by', 'group', 'year', 'baseline', 'current', 'percentChange', 'covered', 'bodies'],
    );
  }
  return tables;
}

/** A comparison of two runs as one tidy CSV table of figures and one of differing findings. */
export function comparisonTables(comparison: RunComparison): Record<string, string> {
  return {
    'comparison.csv': toCsv(
      comparison.figures.map((row) => ({ ...row })),
      ['by', 'group', 'metric', 'baseline', 'a', 'b', 'difference'],
    ),
    'finding-differences.csv': toCsv(
      comparison.findings.map((d) => ({
        scenario: d.scenario,
        rule: d.finding.rule,
        status: d.finding.status,
        body: d.finding.body?.id ?? d.finding.subject ?? '',
        step: d.introducedBy?.step ?? null,
        op: d.introducedBy?.op ?? null,
        planItem: d.introducedBy?.planItem ?? null,
        message_vi: d.finding.message.vi,
        message_en: d.finding.message.en,
      })),
      ['scenario', 'rule', 'status', 'body', 'step', 'op', 'planItem', 'message_vi', 'message_en'],
    ),
  };
}
