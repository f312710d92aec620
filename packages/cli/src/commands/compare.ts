import { compareRuns, comparisonTables, runScenario } from '@tinhgon/core';
import { vnRuleSet } from '@tinhgon/vn';
import { type CommandContext, say } from '../context.js';
import { EXIT } from '../errors.js';
import { expectArgs, loadScenario, loadState } from '../load.js';

export const COMPARE_USAGE =
  'tinhgon compare <state.json> <a.json> <b.json> [--out dir] [--date YYYY-MM-DD] [--json] [--lang vi|en]';

const WORDS = {
  vi: {
    metric: 'chỉ tiêu',
    baseline: 'hiện trạng',
    diff: 'B − A',
    findings: 'Kết quả thẩm định khác nhau',
    none: 'Không có khác biệt về kết quả thẩm định.',
    only: 'chỉ có ở',
    wrote: 'Đã ghi',
  },
  en: {
    metric: 'figure',
    baseline: 'baseline',
    diff: 'B − A',
    findings: 'Findings that differ',
    none: 'No finding differs.',
    only: 'only in',
    wrote: 'Wrote',
  },
} as const;

/**
 * `compare`: runs two scenarios on one baseline and compares them: every figure per group, and the findings
 * of the Vietnam rule pack that only one of them has. `--out DIR` writes the tidy tables
 * (`comparison.csv`, `finding-differences.csv`); `--json` prints the whole comparison.
 */
export function compare(context: CommandContext): number {
  const { io, args, options } = context;
  const lang = options.lang;
  expectArgs(args, 3, 3, COMPARE_USAGE);
  const baseline = loadState(io, args[0] as string);
  const a = runScenario(baseline, loadScenario(io, args[1] as string));
  const b = runScenario(baseline, loadScenario(io, args[2] as string));
  const comparison = compareRuns(a, b, {
    ruleSet: vnRuleSet,
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  const w = WORDS[lang];
  if (options.out !== undefined) {
    for (const [name, csv] of Object.entries(comparisonTables(comparison))) {
      io.writeFile(`${options.out.replace(/\/+$/, '')}/${name}`, csv);
    }
  }
  if (options.json) {
    say(context, JSON.stringify(comparison, null, 2));
    return EXIT.ok;
  }
  say(context, `A: ${comparison.a}`);
  say(context, `B: ${comparison.b}`);
  const rows = comparison.figures.filter((row) => row.by === 'total');
  const header = [w.metric, w.baseline, 'A', 'B', w.diff];
  const table = [
    header,
    ...rows.map((r) => [r.metric, String(r.baseline), String(r.a), String(r.b), String(r.difference)]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const row of table)
    say(
      context,
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  say(context);
  if (comparison.findings.length === 0) say(context, w.none);
  else {
    say(context, `${w.findings}:`);
    for (const d of comparison.findings) {
      const step = d.introducedBy === null ? '' : ` (${d.introducedBy.op} #${d.introducedBy.step})`;
      say(
        context,
        `  [${w.only} ${d.scenario.toUpperCase()}] ${d.finding.rule}${step}: ${d.finding.message[lang]}`,
      );
    }
  }
  if (options.out !== undefined) say(context, `${w.wrote} ${options.out}`);
  return EXIT.ok;
}
