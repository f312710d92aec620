import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where the command line reads and writes: injectable, so tests capture everything. */
export interface Io {
  /** Writes to standard output (text as given, no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** True when standard error is a terminal: the only case a progress bar is drawn. */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a file, the path as the user gave it. */
  readonly readFile: (path: string) => Uint8Array;
  /** Writes a file (creating its folder), the path as the user gave it. */
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  /** Today's date, for commands whose `--date` defaults to it. */
  readonly now: () => Date;
}

/** The process's own streams, file system (paths relative to `cwd`) and clock. */
export function nodeIo(cwd: string = process.cwd()): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    readFile: (path) => readFileSync(resolve(cwd, path)),
    writeFile: (path, data) => {
      const full = resolve(cwd, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, data);
    },
    now: () => new Date(),
  };
}
