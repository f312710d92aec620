import { appraiseState, type IsoDate } from '@tinhgon/core';
import { appraiseScheme, vnRuleSet } from '@tinhgon/vn';
import { type CommandContext, say } from '../context.js';
import { EXIT } from '../errors.js';
import { failureLines, findingLines } from '../format-findings.js';
import { expectArgs, loadScenario, loadState } from '../load.js';
import { runWithProgress } from '../run-with-progress.js';

export const CHECK_USAGE =
  'tinhgon check <state.json> [scenario.json] [--date YYYY-MM-DD] [--json] [--lang vi|en]';

function today(context: CommandContext): IsoDate {
  return context.options.date ?? context.io.now().toISOString().slice(0, 10);
}

/**
 * `check`: a state alone is checked with the Vietnam rule pack's state rules on `--date` (today by
 * default); a state and a scenario are appraised as a scheme (R10) on `--date` (the last step's by
 * default). Exit 1 when a blocking finding remains or a step failed.
 */
export function check(context: CommandContext): number {
  const { io, args, options } = context;
  const lang = options.lang;
  expectArgs(args, 1, 2, CHECK_USAGE);
  const state = loadState(io, args[0] as string);
  if (args[1] === undefined) {
    const date = today(context);
    const appraisal = appraiseState(state, vnRuleSet.rules, { date, parameters: vnRuleSet.parameters });
    if (options.json) {
      say(context, JSON.stringify({ ...appraisal, approved: appraisal.passed }, null, 2));
    } else {
      say(
        context,
        lang === 'vi'
          ? `${appraisal.passed ? 'Đạt' : 'Không đạt'} (${date}): ${appraisal.blocking} vi phạm bắt buộc, ${appraisal.advisory} khuyến nghị`
          : `${appraisal.passed ? 'Passed' : 'Failed'} (${date}): ${appraisal.blocking} blocking, ${appraisal.advisory} advisory`,
      );
      for (const line of findingLines(appraisal.findings, lang)) say(context, line);
    }
    return appraisal.passed ? EXIT.ok : EXIT.blocked;
  }
  const scenario = loadScenario(io, args[1]);
  const run = runWithProgress(io, state, scenario);
  const appraisal =
    run.log.length === 0 && options.date === undefined
      ? appraiseScheme(run, { date: today(context) })
      : appraiseScheme(run, options.date === undefined ? {} : { date: options.date });
  if (options.json) {
    const { stages: _stages, ...rest } = appraisal;
    say(context, JSON.stringify({ scenario: run.name, ...rest }, null, 2));
  } else {
    say(context, `${appraisal.message[lang]} (${appraisal.date})`);
    for (const line of failureLines(run.failures, lang)) say(context, line);
    for (const line of findingLines(appraisal.findings, lang)) say(context, line);
  }
  return appraisal.approved ? EXIT.ok : EXIT.blocked;
}
