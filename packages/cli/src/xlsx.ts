import type { Bilingual } from '@tinhgon/core';
import { readSheet } from 'read-excel-file/node';
import type { CellProblem, FilledMerge, Table } from './csv.js';
import { CliInputError } from './errors.js';
import {
  columnLetters,
  qualified,
  readSheetLayout,
  type SheetLayout,
  type UnreadCell,
} from './xlsx-layout.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function unreadMessage(cell: UnreadCell): Bilingual {
  const shared =
    cell.sharedFrom === undefined
      ? { vi: '', en: '' }
      : { vi: ` (dùng chung từ ${cell.sharedFrom})`, en: ` (shared from ${cell.sharedFrom})` };
  if (cell.value === 'none') {
    return {
      vi: `công thức ${cell.formula}${shared.vi} chưa có giá trị đã tính; hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice, hoặc thay công thức bằng giá trị của nó`,
      en: `formula ${cell.formula}${shared.en} has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value`,
    };
  }
  const error = cell.error ? ` ${cell.error}` : '';
  return cell.formula === undefined
    ? {
        vi: `ô chứa lỗi${error}; hãy thay bằng một giá trị`,
        en: `the cell holds the error${error}; replace it with a value`,
      }
    : {
        vi: `công thức ${cell.formula}${shared.vi} cho ra lỗi${error}; hãy sửa công thức hoặc thay bằng một giá trị`,
        en: `formula ${cell.formula}${shared.en} gives the error${error}; correct the formula or replace it with a value`,
      };
}

/**
 * Applies what read-excel-file leaves out. A vertically merged cell in one named column gives its value to
 * every row of the merge that has data of its own (a province merged down its bodies); a merge that
 * touches the header, or spans two named columns, is a problem; so is a formula without a computed value,
 * or a cell with an error, in a named column (read-excel-file reads all of them as empty). In a column
 * without a header such a cell gets its formula (or error) as text: the column is not empty, and the
 * import says so.
 */
function applyLayout(
  layout: SheetLayout,
  header: readonly string[],
  grid: string[][],
): { problems: CellProblem[]; filled: FilledMerge[] } {
  const problems: CellProblem[] = [];
  const filled: FilledMerge[] = [];
  const named = (column: number) => (header[column - 1] ?? '') !== '';
  const columnName = (column: number) => header[column - 1] || columnLetters(column);
  const blank = grid.map((cells) => cells.every((c) => c.trim() === ''));
  for (const m of layout.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    const cell = qualified(layout.name, m.ref);
    const columns: number[] = [];
    for (let c = m.left; c <= m.right; c += 1) if (named(c)) columns.push(c);
    if (m.top === 1) {
      problems.push({
        row: 1,
        column: columnName(m.left),
        cell,
        message: {
          vi: 'các ô tiêu đề được gộp; tiêu đề là một dòng, mỗi cột một ô có tên: hãy bỏ gộp và đặt tên cho từng cột',
          en: 'header cells are merged; the header is one row with a name in every column: unmerge them and name each column',
        },
      });
    } else if (columns.length > 1) {
      const names = columns.map((c) => `"${header[c - 1]}"`).join(', ');
      problems.push({
        row: m.top,
        column: columnName(columns[0] as number),
        cell,
        message: {
          vi: `các ô được gộp qua các cột ${names}; mỗi cột cần giá trị riêng: hãy bỏ gộp (dòng đề mục nên để ở trang khác)`,
          en: `cells are merged across the columns ${names}; each column needs its own value: unmerge them (put a heading row on another sheet)`,
        },
      });
    } else if (columns.length === 1) {
      const column = columns[0] as number;
      const value = cellText(grid[m.top - 2]?.[m.left - 1]);
      for (let row = m.top; row <= m.bottom; row += 1) {
        const cells = grid[row - 2];
        if (cells === undefined || (row > m.top && blank[row - 2])) continue;
        while (cells.length < column) cells.push('');
        cells[column - 1] = value;
      }
      if (m.bottom > m.top) filled.push({ column: column - 1, top: m.top, bottom: m.bottom, cell });
    }
  }
  for (const u of layout.unread) {
    if (u.row !== 1 && !named(u.column)) {
      // Not read, as the column has no header, but not empty either: the import names such a column.
      while (grid.length < u.row - 1) grid.push([]);
      const cells = grid[u.row - 2] as string[];
      while (cells.length < u.column) cells.push('');
      cells[u.column - 1] = u.formula ?? (u.error || '#ERROR');
      continue;
    }
    problems.push({
      row: u.row,
      column: columnName(u.column),
      cell: qualified(layout.name, u.ref),
      message: unreadMessage(u),
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, filled };
}

/**
 * Reads one sheet of an XLSX workbook (the first, or `sheet` by name) into a table: the first row is the
 * header; rows keep their numbers in the sheet, so errors point at the cell a person sees. Formulas give
 * the value the spreadsheet computed when it saved the file; a vertically merged cell gives its value to
 * each row it spans. What cannot be read that way (a formula never computed, an error value, a merged
 * header or a merge across columns) is returned in `problems`, each at its row, column and cell.
 */
export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  const where = {
    vi: sheet === undefined ? '' : ` (trang "${sheet}")`,
    en: sheet === undefined ? '' : ` (sheet "${sheet}")`,
  };
  let data: unknown[][];
  let layout: SheetLayout | undefined;
  try {
    data = (await readSheet(Buffer.from(bytes), ...(sheet === undefined ? [] : [sheet]))) as unknown[][];
    layout = readSheetLayout(bytes, sheet);
  } catch (error) {
    throw new CliInputError({
      vi: `${file}: không đọc được bảng tính${where.vi}: ${(error as Error).message}`,
      en: `${file}: cannot read the workbook${where.en}: ${(error as Error).message}`,
    });
  }
  const [head, ...rest] = data;
  if (head === undefined) {
    throw new CliInputError({
      vi: `${file}: bảng tính trống, thiếu dòng tiêu đề`,
      en: `${file}: empty sheet, no header row`,
    });
  }
  const header = head.map((c) => cellText(c).trim());
  const grid = rest.map((cells) => cells.map(cellText));
  const { problems, filled } =
    layout === undefined ? { problems: [], filled: [] } : applyLayout(layout, header, grid);
  const blank = grid.map((cells) => cells.every((c) => c.trim() === ''));
  return {
    header,
    rows: grid.map((cells, i) => ({ row: i + 2, cells })).filter((_, i) => !blank[i]),
    ...(problems.length > 0 ? { problems } : {}),
    ...(filled.length > 0 ? { filled } : {}),
    sheet: layout?.name ?? sheet ?? '',
  };
}
