import { parseArgs } from 'node:util';
import { isIsoDate, type Lang } from '@tinhgon/core';
import { CliInputError } from './errors.js';

/** The options every command understands, parsed. */
export interface Options {
  readonly json: boolean;
  readonly lang: Lang;
  readonly out: string | undefined;
  readonly date: string | undefined;
  readonly help: boolean;
  readonly maxDepth: number | undefined;
  readonly units: string | undefined;
  readonly sheet: string | undefined;
}

/** A command line: the command, its positional arguments and the options. */
export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly options: Options;
}

/** The language asked for, looked at before parsing so that parse errors come in it. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/**
 * Parses a command line (without `node` and the script): `command positional… --option value`. Unknown
 * options, a bad `--lang`, `--date` or `--max-depth` are input errors (exit 2).
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliInputError({
      vi: `Tham số không hợp lệ: ${(error as Error).message}`,
      en: `Invalid arguments: ${(error as Error).message}`,
    });
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') {
    throw new CliInputError({
      vi: `--lang phải là vi hoặc en, không phải "${lang}"`,
      en: `--lang must be vi or en, not "${lang}"`,
    });
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new CliInputError({
      vi: `--date phải là một ngày có thật dạng YYYY-MM-DD, không phải "${values.date}"`,
      en: `--date must be a real date as YYYY-MM-DD, not "${values.date}"`,
    });
  }
  let maxDepth: number | undefined;
  if (values['max-depth'] !== undefined) {
    maxDepth = Number(values['max-depth']);
    if (!Number.isInteger(maxDepth) || maxDepth < 0) {
      throw new CliInputError({
        vi: `--max-depth phải là số nguyên không âm, không phải "${values['max-depth']}"`,
        en: `--max-depth must be a whole number of 0 or more, not "${values['max-depth']}"`,
      });
    }
  }
  const [command, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    options: {
      json: values.json === true,
      lang,
      out: values.out,
      date: values.date,
      help: values.help === true,
      maxDepth,
      units: values.units,
      sheet: values.sheet,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      out: { type: 'string', short: 'o' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'max-depth': { type: 'string' },
      units: { type: 'string' },
      sheet: { type: 'string' },
    },
  });
}
