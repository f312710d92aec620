import {
  formatIssue,
  InvalidArgumentError,
  type OrgState,
  parseScenario,
  type Scenario,
  safeParseState,
} from '@tinhgon/core';
import { CliInputError } from './errors.js';
import type { Io } from './io.js';

const MAX_SHOWN = 20;

/** Reads a file's bytes, or fails with exit code 2 naming the file. */
export function readBytes(io: Io, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliInputError({
      vi: `Không đọc được tệp "${path}" (${reason})`,
      en: `Cannot read file "${path}" (${reason})`,
    });
  }
}

/** Reads a file as UTF-8 text (a leading byte-order mark is dropped), or fails with exit code 2. */
export function readText(io: Io, path: string): string {
  const bytes = readBytes(io, path);
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function json(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliInputError({
      vi: `Tệp "${path}" không phải JSON hợp lệ: ${(error as Error).message}`,
      en: `File "${path}" is not valid JSON: ${(error as Error).message}`,
    });
  }
}

/** Reads and validates a state document; every problem is listed, in both languages. */
export function loadState(io: Io, path: string): OrgState {
  const result = safeParseState(json(path, readText(io, path)));
  if (result.ok) return result.value;
  const shown = result.issues.slice(0, MAX_SHOWN).map((issue) => ({
    vi: formatIssue(issue, 'vi'),
    en: formatIssue(issue, 'en'),
  }));
  const rest = result.issues.length - shown.length;
  if (rest > 0) shown.push({ vi: `… và ${rest} vấn đề khác`, en: `… and ${rest} more` });
  throw new CliInputError(
    {
      vi: `Dữ liệu "${path}" không hợp lệ: ${result.issues.length} vấn đề`,
      en: `State "${path}" is invalid: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}`,
    },
    shown,
  );
}

/** Reads and validates a scenario document. */
export function loadScenario(io: Io, path: string): Scenario {
  try {
    return parseScenario(json(path, readText(io, path)));
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    const detail = error.message.replace(/^@tinhgon\/core\/parseScenario: /, '');
    throw new CliInputError({
      vi: `Phương án "${path}" không hợp lệ: ${detail}`,
      en: `Scenario "${path}" is invalid: ${detail}`,
    });
  }
}

/** Fails with exit code 2 unless exactly `count` positional arguments were given. */
export function expectArgs(args: readonly string[], min: number, max: number, usage: string): void {
  if (args.length < min || args.length > max) {
    throw new CliInputError({
      vi: `Sai số tham số (${args.length}). Cách dùng: ${usage}`,
      en: `Wrong number of arguments (${args.length}). Usage: ${usage}`,
    });
  }
}
