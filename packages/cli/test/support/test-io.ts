import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/io.js';
import { nodeIo } from '../../src/io.js';

/** The repository root: help examples are written relative to it. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** An io that reads from the repository, writes files into a fresh temporary folder, and captures output. */
export function testIo(overrides: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-cli-'));
  const base = nodeIo(ROOT);
  const writer = nodeIo(dir);
  const io: Io = {
    ...base,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stderrIsTTY: false,
    env: {},
    writeFile: writer.writeFile,
    now: () => new Date('2019-01-01T00:00:00Z'),
    ...overrides,
  };
  return {
    io,
    dir,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    written: (path: string) => readFileSync(resolve(dir, path), 'utf8'),
  };
}
