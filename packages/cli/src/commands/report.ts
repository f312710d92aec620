import type { Lang } from '@tinhgon/core';
import { htmlReport } from '@tinhgon/report';
import { appraiseScheme, BODY_KINDS, LEVEL_LABELS, SECTOR_LABELS } from '@tinhgon/vn';
import { type CommandContext, say } from '../context.js';
import { EXIT } from '../errors.js';
import { expectArgs, loadScenario, loadState } from '../load.js';
import { runWithProgress } from '../run-with-progress.js';

export const REPORT_USAGE =
  'tinhgon report <state.json> <scenario.json> [--out report.html] [--date YYYY-MM-DD] [--max-depth N] [--lang vi|en]';

const KINDS = new Map(BODY_KINDS.map((kind) => [kind.id, kind.label]));

const labels = {
  level: (id: string, lang: Lang) => LEVEL_LABELS[id as keyof typeof LEVEL_LABELS]?.[lang],
  sector: (id: string, lang: Lang) => SECTOR_LABELS[id as keyof typeof SECTOR_LABELS]?.[lang],
  kind: (id: string, lang: Lang) => KINDS.get(id)?.[lang],
};

/**
 * `report`: runs a scenario, appraises it with the Vietnam rule pack and writes a self-contained HTML
 * report (charts, headcount bridge, findings with citations, delta tables) to `--out` or standard output.
 * The report is written whatever the findings: exit 0 unless the input is bad.
 */
export function report(context: CommandContext): number {
  const { io, args, options } = context;
  expectArgs(args, 2, 2, REPORT_USAGE);
  const state = loadState(io, args[0] as string);
  const run = runWithProgress(io, state, loadScenario(io, args[1] as string));
  const date = options.date ?? (run.log.length === 0 ? io.now().toISOString().slice(0, 10) : undefined);
  const appraisal = appraiseScheme(run, date === undefined ? {} : { date });
  const html = htmlReport(run, {
    lang: options.lang,
    appraisal,
    labels,
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  });
  if (options.out === undefined) {
    io.stdout(html);
    return EXIT.ok;
  }
  io.writeFile(options.out, html);
  if (options.json)
    say(
      context,
      JSON.stringify({ out: options.out, approved: appraisal.approved, bytes: Buffer.byteLength(html) }),
    );
  else say(context, options.lang === 'vi' ? `Đã ghi báo cáo ${options.out}` : `Wrote report ${options.out}`);
  return EXIT.ok;
}
