import { type Change, type Lang, stateToJson, stringifyState } from '@tinhgon/core';
import { type CommandContext, say } from '../context.js';
import { EXIT } from '../errors.js';
import { failureLines } from '../format-findings.js';
import { expectArgs, loadScenario, loadState } from '../load.js';
import { runWithProgress } from '../run-with-progress.js';

export const RUN_USAGE =
  'tinhgon run <state.json> <scenario.json> [--out final.json] [--json] [--lang vi|en]';

const WORDS = {
  vi: {
    step: 'Bước',
    began: 'thành lập',
    ended: 'kết thúc',
    updated: 'thay đổi',
    final: 'Sau cùng',
    bodies: 'cơ quan, đơn vị',
    quota: 'biên chế',
    actual: 'hiện có',
    wrote: 'Đã ghi',
  },
  en: {
    step: 'Step',
    began: 'began',
    ended: 'ended',
    updated: 'changed',
    final: 'Final',
    bodies: 'bodies',
    quota: 'quota',
    actual: 'actual',
    wrote: 'Wrote',
  },
} as const;

function changeLines(step: number, change: Change, lang: Lang): string[] {
  const w = WORDS[lang];
  const head = `${w.step} ${step} (${change.effective}, ${change.op}${change.planItem === null ? '' : `, ${change.planItem}`})`;
  const lines = [head];
  if (change.began.length > 0) lines.push(`    ${w.began}: ${change.began.join(', ')}`);
  if (change.ended.length > 0)
    lines.push(
      `    ${w.ended}: ${change.ended.map((e) => `${e.id} (${e.reason} → ${e.successors.join(', ') || '∅'})`).join(', ')}`,
    );
  if (change.updated.length > 0) lines.push(`    ${w.updated}: ${change.updated.join(', ')}`);
  return lines;
}

/**
 * `run`: runs a scenario on a state. Prints the change log (or, with `--json`, the name, outcome, failures,
 * change log and final state as one JSON document); `--out` writes the final state (canonical JSON), or
 * with `--json` the whole document, to a file. Exit 1 when a step failed.
 */
export function run(context: CommandContext): number {
  const { io, args, options } = context;
  const lang = options.lang;
  expectArgs(args, 2, 2, RUN_USAGE);
  const state = loadState(io, args[0] as string);
  const scenario = loadScenario(io, args[1] as string);
  const result = runWithProgress(io, state, scenario);
  if (options.json) {
    const document = `${JSON.stringify(
      {
        scenario: result.name,
        ok: result.ok,
        failures: result.failures,
        log: result.log,
        state: stateToJson(result.final),
      },
      null,
      2,
    )}\n`;
    if (options.out === undefined) io.stdout(document);
    else io.writeFile(options.out, document);
    return result.ok ? EXIT.ok : EXIT.blocked;
  }
  for (const outcome of result.outcomes) {
    if (outcome.changes !== null)
      for (const line of changeLines(outcome.step, outcome.changes, lang)) say(context, line);
  }
  for (const line of failureLines(result.failures, lang)) say(context, line);
  const w = WORDS[lang];
  let quota = 0;
  let actual = 0;
  for (const body of result.final.bodies.values()) {
    quota += body.quota;
    actual += body.actual;
  }
  say(
    context,
    `${w.final}: ${result.final.bodies.size} ${w.bodies}, ${w.quota} ${quota}, ${w.actual} ${actual}`,
  );
  if (options.out !== undefined) {
    io.writeFile(options.out, `${stringifyState(result.final, 2)}\n`);
    say(context, `${w.wrote} ${options.out}`);
  }
  return result.ok ? EXIT.ok : EXIT.blocked;
}
