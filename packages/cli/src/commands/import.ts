import { stringifyState } from '@tinhgon/core';
import { type CommandContext, say } from '../context.js';
import { parseCsv, type Table } from '../csv.js';
import { CliInputError, EXIT } from '../errors.js';
import { importErrorText, importTables } from '../import-table.js';
import { expectArgs, readBytes, readText } from '../load.js';
import { readXlsx } from '../xlsx.js';

export const IMPORT_USAGE =
  'tinhgon import <bodies.csv|bodies.xlsx> [--units units.csv|units.xlsx] [--sheet NAME] [--out state.json] [--json] [--lang vi|en]';

async function readTable(context: CommandContext, file: string): Promise<Table> {
  if (/\.xlsx$/i.test(file)) {
    return readXlsx(readBytes(context.io, file), file, context.options.sheet);
  }
  if (/\.(csv|txt)$/i.test(file)) return parseCsv(readText(context.io, file), file);
  throw new CliInputError({
    vi: `${file}: chỉ nhập được tệp .csv hoặc .xlsx`,
    en: `${file}: only .csv and .xlsx files can be imported`,
  });
}

/**
 * `import`: reads bodies (and optionally units) from CSV or XLSX and writes a validated state document
 * (canonical JSON) to `--out` or standard output. Every problem names its file, row and column; with any,
 * nothing is written and the exit code is 2.
 */
export async function importCommand(context: CommandContext): Promise<number> {
  const { args, options, io } = context;
  expectArgs(args, 1, 1, IMPORT_USAGE);
  const file = args[0] as string;
  const bodies = { file, table: await readTable(context, file) };
  const units =
    options.units === undefined
      ? undefined
      : { file: options.units, table: await readTable(context, options.units) };
  const result = importTables(bodies, units);
  if (!result.ok) {
    if (options.json) say(context, JSON.stringify({ ok: false, errors: result.errors }, null, 2));
    else {
      io.stderr(
        `${options.lang === 'vi' ? `Không nhập được: ${result.errors.length} lỗi` : `Import failed: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`}\n`,
      );
      for (const error of result.errors) io.stderr(`  - ${importErrorText(error, options.lang)}\n`);
    }
    return EXIT.input;
  }
  const text = `${stringifyState(result.state, 2)}\n`;
  if (options.out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  io.writeFile(options.out, text);
  const n = result.state.bodies.size;
  if (options.json)
    say(context, JSON.stringify({ ok: true, out: options.out, bodies: n, units: result.state.units.size }));
  else
    say(
      context,
      options.lang === 'vi'
        ? `Đã nhập ${n} cơ quan, đơn vị vào ${options.out}`
        : `Imported ${n} bodies into ${options.out}`,
    );
  return EXIT.ok;
}
