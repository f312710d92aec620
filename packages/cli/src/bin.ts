import { nodeIo } from './io.js';
import { main } from './main.js';

// The `tinhgon` executable: the shebang is added by the build (tsup banner); from source run
// `tsx --conditions=@tinhgon/source packages/cli/src/bin.ts`.
// A closed pipe (`tinhgon run … | head`) ends the output quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `tinhgon: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
