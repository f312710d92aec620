import type { Bilingual } from '@tinhgon/core';
import { CliInputError } from './errors.js';

/** A problem found while reading a cell, before its value means anything (an XLSX formula without a value). */
export interface CellProblem {
  readonly row: number;
  /** Column name, as in the header (the column letter when the header cell is blank). */
  readonly column: string;
  /** The cell or range as a spreadsheet names it, with its sheet: `'Cơ quan'!F7`, `Sheet1!A1:B1`. */
  readonly cell: string;
  readonly message: Bilingual;
}

/** Rows that took the value of a vertically merged cell, in one column (0-based index into the header). */
export interface FilledMerge {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
  /** The merged range with its sheet, as in {@link CellProblem.cell}. */
  readonly cell: string;
}

/** A table read from a file: the header and the data rows, each with its row number in the file (1-based). */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  /** Cells that could not be read (XLSX only); an import stops on any. */
  readonly problems?: readonly CellProblem[];
  /** Vertically merged cells whose value was copied to every row of the merge (XLSX only). */
  readonly filled?: readonly FilledMerge[];
  /** The sheet the table was read from (XLSX only); a column is then named by its letter, a cell with the sheet. */
  readonly sheet?: string;
}

/**
 * Parses CSV (RFC 4180): a byte-order mark is dropped, lines end in CRLF or LF, fields may be quoted with
 * doubled quotes inside and line breaks within; the separator is a comma, or a semicolon when the header
 * has semicolons and no commas (as Excel writes in locales with a decimal comma). Empty lines are skipped.
 * An unterminated quote is an input error that names its row.
 */
export function parseCsv(text: string, file: string): Table {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const sep = firstLine.includes(',') || !firstLine.includes(';') ? ',' : ';';
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let startRow = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ row: startRow, cells });
    cells = [];
    field = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') row += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      cells.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      i += 1;
      continue;
    } else if (ch === '\n') {
      endRecord();
      row += 1;
      startRow = row;
    } else field += ch;
    i += 1;
  }
  if (quoted) {
    throw new CliInputError({
      vi: `${file}: dòng ${startRow}: dấu ngoặc kép chưa đóng`,
      en: `${file}: row ${startRow}: unterminated quoted field`,
    });
  }
  if (field !== '' || cells.length > 0) endRecord();
  const [head, ...rest] = records;
  if (head === undefined) {
    throw new CliInputError({
      vi: `${file}: tệp trống, thiếu dòng tiêu đề`,
      en: `${file}: empty file, no header row`,
    });
  }
  return { header: head.cells.map((c) => c.trim()), rows: rest };
}
