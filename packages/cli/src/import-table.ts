import {
  type Bilingual,
  formatIssue,
  formatPath,
  type OrgState,
  type StateIssue,
  safeParseState,
} from '@tinhgon/core';
import type { Table } from './csv.js';
import { columnLetters, qualified } from './xlsx-layout.js';

/** A problem in an imported file, at a row and column a person can find. */
export interface ImportError {
  readonly file: string;
  /** Row number in the file (1 is the header). */
  readonly row: number;
  /** Column name, as in the header; for a column without one, its letter (XLSX, `K`) or number (CSV, `11`). */
  readonly column: string;
  /** For XLSX, when the reader names it: the cell or range with its sheet (`'Cơ quan'!F7`). */
  readonly cell?: string;
  readonly message: Bilingual;
}

/** The columns of a body table; `quota_<year>` columns (e.g. `quota_2015`) fill `quotaByYear`. */
export const BODY_COLUMNS = [
  'id',
  'name',
  'nameEn',
  'kind',
  'sector',
  'level',
  'unit',
  'parent',
  'functions',
  'quota',
  'actual',
  'validFrom',
  'validUntil',
] as const;
const BODY_REQUIRED = ['id', 'name', 'kind', 'sector', 'level', 'quota', 'actual'] as const;

/** The columns of a unit table. */
export const UNIT_COLUMNS = ['code', 'name', 'level', 'parent', 'type'] as const;
const UNIT_REQUIRED = ['code', 'name', 'level'] as const;

const YEAR = /^quota_(\d{4})$/;

/** Columns where each row needs a value of its own: a merged cell copied down would double-count or clash. */
const ONE_PER_ROW = new Set(['id', 'code', 'quota', 'actual']);

interface Source {
  readonly file: string;
  readonly table: Table;
}

interface Located {
  readonly file: string;
  readonly row: number;
  readonly columns: ReadonlyMap<string, string>;
}

function headerErrors(
  source: Source,
  known: readonly string[],
  required: readonly string[],
  years: boolean,
): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const name of source.table.header) {
    if (name === '') continue;
    if (seen.has(name))
      errors.push({
        file: source.file,
        row: 1,
        column: name,
        message: { vi: 'cột bị lặp', en: 'duplicate column' },
      });
    seen.add(name);
    if (!known.includes(name) && !(years && YEAR.test(name))) {
      errors.push({
        file: source.file,
        row: 1,
        column: name,
        message: {
          vi: `cột không xác định; các cột được dùng: ${known.join(', ')}${years ? ', quota_<năm>' : ''}`,
          en: `unknown column; expected: ${known.join(', ')}${years ? ', quota_<year>' : ''}`,
        },
      });
    }
  }
  const missing = required.filter((name) => !seen.has(name));
  for (const name of missing) {
    errors.push({
      file: source.file,
      row: 1,
      column: name,
      message: { vi: 'thiếu cột bắt buộc', en: 'required column missing' },
    });
  }
  return [...errors, ...unnamedColumnErrors(source, missing[0])];
}

/**
 * Columns with values but a blank header cell (or past the header's end): the values would be lost without
 * a word, so each such column is an error at its header cell, showing its first value. One that is empty
 * throughout (trailing columns of a sheet) is ignored. `example` is a name to suggest (a required column
 * that is missing).
 */
function unnamedColumnErrors(source: Source, example: string | undefined): ImportError[] {
  const { file, table } = source;
  const first = new Map<number, { row: number; value: string }>();
  for (const { row, cells } of table.rows) {
    cells.forEach((cell, i) => {
      if ((table.header[i] ?? '') !== '' || first.has(i)) return;
      const value = cell.trim().normalize('NFC');
      if (value !== '') first.set(i, { row, value });
    });
  }
  const suggest =
    example === undefined ? { vi: '', en: '' } : { vi: ` (ví dụ "${example}")`, en: ` (e.g. "${example}")` };
  return [...first]
    .sort(([a], [b]) => a - b)
    .map(([i, { row, value }]) => {
      const chars = [...value];
      const shown = chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value;
      const cell = table.sheet ? { cell: qualified(table.sheet, `${columnLetters(i + 1)}1`) } : {};
      return {
        file,
        row: 1,
        column: table.sheet === undefined ? String(i + 1) : columnLetters(i + 1),
        ...cell,
        message: {
          vi: `cột có giá trị (dòng ${row}: "${shown}") nhưng không có tiêu đề; hãy đặt tên cho cột${suggest.vi} hoặc xóa cột`,
          en: `the column has values (row ${row}: "${shown}") but no header; name it${suggest.en} or delete the column`,
        },
      };
    });
}

/** What the reader could not read (formulas without a value, merged headers), and merges copied into columns that need one value per row. */
function readErrors(source: Source): ImportError[] {
  const { file, table } = source;
  const errors: ImportError[] = (table.problems ?? []).map((p) => ({ file, ...p }));
  for (const merge of table.filled ?? []) {
    const column = table.header[merge.column] ?? '';
    if (!ONE_PER_ROW.has(column) && !YEAR.test(column)) continue;
    errors.push({
      file,
      row: merge.top,
      column,
      cell: merge.cell,
      message: {
        vi: `các ô được gộp qua dòng ${merge.top}–${merge.bottom}, nhưng mỗi dòng cần giá trị riêng ở cột này: hãy bỏ gộp và điền từng dòng`,
        en: `cells are merged over rows ${merge.top}–${merge.bottom}, but each row needs its own value in this column: unmerge them and fill in every row`,
      },
    });
  }
  return errors;
}

function cellsOf(source: Source, cells: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  source.table.header.forEach((name, i) => {
    const value = (cells[i] ?? '').trim();
    if (name !== '' && value !== '') out.set(name, value.normalize('NFC'));
  });
  return out;
}

function whole(
  file: string,
  row: number,
  column: string,
  text: string,
  errors: ImportError[],
): number | undefined {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < 0) {
    errors.push({
      file,
      row,
      column,
      message: {
        vi: `phải là số nguyên không âm, không phải "${text}"`,
        en: `must be a whole number of 0 or more, not "${text}"`,
      },
    });
    return undefined;
  }
  return n;
}

/**
 * Builds a state document from a body table (and an optional unit table), then validates it with
 * `safeParseState`. Every problem, in the cells or in the state as a whole, is reported at the row and
 * column it comes from.
 */
export function importTables(
  bodies: Source,
  units?: Source,
):
  | { readonly ok: true; readonly state: OrgState }
  | { readonly ok: false; readonly errors: readonly ImportError[] } {
  // Problems with the header or with reading cells stop the import: the rows cannot be trusted yet.
  const errors: ImportError[] = [
    ...headerErrors(bodies, BODY_COLUMNS, BODY_REQUIRED, true),
    ...readErrors(bodies),
    ...(units === undefined
      ? []
      : [...headerErrors(units, UNIT_COLUMNS, UNIT_REQUIRED, false), ...readErrors(units)]),
  ];
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const bodyRows: Located[] = bodies.table.rows.map((r) => ({
    file: bodies.file,
    row: r.row,
    columns: cellsOf(bodies, r.cells),
  }));
  const unitRows: Located[] = (units?.table.rows ?? []).map((r) => ({
    file: units?.file ?? '',
    row: r.row,
    columns: cellsOf(units as Source, r.cells),
  }));
  const bodyDocs = bodyRows.map(({ file, row, columns }) => {
    const doc: Record<string, unknown> = {
      parent: columns.get('parent') ?? null,
      functions: (columns.get('functions') ?? '')
        .split(/[;|]/)
        .map((f) => f.trim())
        .filter(Boolean),
    };
    for (const [name, value] of columns) {
      const year = YEAR.exec(name)?.[1];
      if (year !== undefined) {
        const n = whole(file, row, name, value, errors);
        if (n !== undefined) doc.quotaByYear = { ...(doc.quotaByYear as object | undefined), [year]: n };
      } else if (name === 'quota' || name === 'actual') {
        const n = whole(file, row, name, value, errors);
        if (n !== undefined) doc[name] = n;
      } else if (name !== 'parent' && name !== 'functions') doc[name] = value;
    }
    return doc;
  });
  const unitDocs = unitRows.map(({ columns }) => {
    const doc: Record<string, unknown> = { parent: columns.get('parent') ?? null };
    for (const [name, value] of columns) if (name !== 'parent') doc[name] = value;
    return doc;
  });
  // Cell errors do not stop the check of the whole document: every problem is reported at once, each cell
  // at most once.
  const result = safeParseState({ format: 'tinhgon/state@1', units: unitDocs, bodies: bodyDocs });
  if (result.ok && errors.length === 0) return { ok: true, state: result.value };
  const seen = new Set(errors.map((e) => `${e.file}\u0000${e.row}\u0000${e.column}`));
  for (const issue of result.ok ? [] : result.issues) {
    const located = locate(issue, bodyRows, unitRows);
    const key = `${located.file}\u0000${located.row}\u0000${located.column}`;
    if (!seen.has(key)) errors.push(located);
    seen.add(key);
  }
  return { ok: false, errors: sortErrors(errors) };
}

/** By file, then row; a stable sort, so the order within a row is kept. */
function sortErrors(errors: ImportError[]): ImportError[] {
  return errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row));
}

function locate(issue: StateIssue, bodyRows: readonly Located[], unitRows: readonly Located[]): ImportError {
  const [collection, index, field, sub] = issue.path;
  const rows = collection === 'units' ? unitRows : bodyRows;
  const at = typeof index === 'number' ? rows[index] : undefined;
  const column =
    field === 'quotaByYear' && typeof sub === 'string'
      ? `quota_${sub}`
      : typeof field === 'string'
        ? field
        : collection === 'units'
          ? 'code'
          : 'id';
  const prefix = `${formatPath(issue.path)}: `;
  const strip = (text: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : text);
  return {
    file: at?.file ?? '',
    row: at?.row ?? 1,
    column,
    message: { vi: strip(formatIssue(issue, 'vi')), en: strip(formatIssue(issue, 'en')) },
  };
}

/** An import error as one line: `file: row 3, column "quota": …`, with the cell for XLSX (`… "quota" (Sheet1!F3): …`). */
export function importErrorText(error: ImportError, lang: 'vi' | 'en'): string {
  const cell = error.cell === undefined ? '' : ` (${error.cell})`;
  return lang === 'vi'
    ? `${error.file}: dòng ${error.row}, cột "${error.column}"${cell}: ${error.message.vi}`
    : `${error.file}: row ${error.row}, column "${error.column}"${cell}: ${error.message.en}`;
}
