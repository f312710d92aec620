import type { Options } from './args.js';
import type { Io } from './io.js';

/** What a command gets: the io, its positional arguments and the options. Returns an exit code. */
export interface CommandContext {
  readonly io: Io;
  readonly args: readonly string[];
  readonly options: Options;
}

export type Command = (context: CommandContext) => Promise<number> | number;

/** Writes a line to standard output. */
export function say(context: CommandContext, line = ''): void {
  context.io.stdout(`${line}\n`);
}
