import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotFoundError } from '@tinhgon/core';

/** Options of the admin-unit loaders. */
export interface DataDirOptions {
  /**
   * The folder holding the CSVs of `data/vn-admin/` (a path or a `file:` URL). By default the copy shipped
   * in the package, found from this module's location, from source (`src/admin-units/`) or from the build
   * (`dist/`).
   */
  readonly dataDir?: string | URL;
}

const PROBE = 'provinces-2024.csv';
const MAX_UP = 4;

/**
 * The shipped `data/vn-admin/` folder, looked for beside the module at `moduleUrl` and in up to four folders
 * above it: one step up from `dist/index.js`, two from `src/admin-units/data-dir.ts`.
 */
export function findDataDir(moduleUrl: string | URL): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let up = 0; up <= MAX_UP; up += 1) {
    const candidate = join(dir, 'data', 'vn-admin');
    if (existsSync(join(candidate, PROBE))) return candidate;
    dir = dirname(dir);
  }
  throw new NotFoundError(
    '@tinhgon/vn/admin-units: data/vn-admin/ not found next to the package; pass the `dataDir` option',
  );
}

let cachedDir: string | undefined;

/** The data folder to read from: the option, else the copy shipped in the package. */
export function resolveDataDir(options: DataDirOptions = {}): string {
  const { dataDir } = options;
  if (dataDir !== undefined) return typeof dataDir === 'string' ? resolve(dataDir) : fileURLToPath(dataDir);
  cachedDir ??= findDataDir(import.meta.url);
  return cachedDir;
}

/** The UTF-8 text of one data file, e.g. `communes-2024.csv`. */
export function readDataFile(name: string, options: DataDirOptions = {}): string {
  const file = join(resolveDataDir(options), name);
  if (!existsSync(file)) throw new NotFoundError(`@tinhgon/vn/admin-units: data file "${file}" not found`);
  return readFileSync(file, 'utf8');
}
