import { TinhgonError } from '@tinhgon/core';
import { langOf, parseCommandLine } from './args.js';
import { check } from './commands/check.js';
import { compare } from './commands/compare.js';
import { importCommand } from './commands/import.js';
import { report } from './commands/report.js';
import { run } from './commands/run.js';
import type { Command } from './context.js';
import { CliInputError, EXIT } from './errors.js';
import { commandHelp, mainHelp } from './help.js';
import type { Io } from './io.js';

const COMMANDS: Readonly<Record<string, Command>> = { check, run, compare, report, import: importCommand };

/**
 * The command line as a function: `argv` without `node` and the script, all input and output through
 * `io`. Resolves to the exit code (0 done, 1 a blocking finding or failed step, 2 bad input or usage);
 * never calls `process.exit`, never writes to the console.
 *
 * @example
 * const code = await main(['check', 'state.json', '--json'], nodeIo());
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  try {
    const { command, positionals, options } = parseCommandLine(argv);
    if (command === undefined || (command === 'help' && positionals.length === 0)) {
      io.stdout(mainHelp(lang));
      return command === undefined && !options.help ? EXIT.input : EXIT.ok;
    }
    const topic = command === 'help' ? positionals[0] : options.help ? command : undefined;
    if (topic !== undefined) {
      const help = commandHelp(topic, lang);
      if (help === undefined) throw unknown(topic);
      io.stdout(help);
      return EXIT.ok;
    }
    const handler = COMMANDS[command];
    if (handler === undefined) throw unknown(command);
    return await handler({ io, args: positionals, options });
  } catch (error) {
    if (error instanceof CliInputError) {
      for (const line of error.lines(lang)) io.stderr(`${line}\n`);
      return EXIT.input;
    }
    if (error instanceof TinhgonError) {
      io.stderr(`${error.message}\n`);
      return EXIT.input;
    }
    throw error;
  }
}

function unknown(command: string): CliInputError {
  return new CliInputError({
    vi: `Không có lệnh "${command}". Xem: tinhgon help`,
    en: `Unknown command "${command}". See: tinhgon help`,
  });
}
