/** What the transform and rules benchmarks share: their command line and where their results go. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SIZES, type SizeName } from './national-state.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface BenchArgs {
  readonly sizes: readonly SizeName[];
  /** Timed runs at a size: 1 with `--quick`, else 3 at the large size and 5 below it. */
  readonly runs: (size: SizeName) => number;
  readonly out: string;
}

/** Reads `--sizes small,medium,large`, `--quick` and `--out`; throws naming an unknown size. */
export function benchArgs(name: string, argv: readonly string[], defaultOut: string): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { sizes: { type: 'string' }, quick: { type: 'boolean' }, out: { type: 'string' } },
  });
  const sizes = (values.sizes ?? 'small,medium,large').split(',') as SizeName[];
  for (const size of sizes) {
    if (!(size in SIZES))
      throw new Error(`@tinhgon/bench/${name}: unknown size "${size}"; use small, medium or large`);
  }
  return {
    sizes,
    runs: (size) => (values.quick === true ? 1 : size === 'large' ? 3 : 5),
    out: resolve(PACKAGE_DIR, values.out ?? defaultOut),
  };
}

/** Writes the markdown table, the raw results as JSON beside it, and the table to standard output. */
export function writeResults(out: string, markdown: string, results: unknown): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify({ results }, null, 2)}\n`);
  process.stdout.write(markdown);
}
