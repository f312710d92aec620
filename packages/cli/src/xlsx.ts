import { readSheet } from 'read-excel-file/node';
import type { Table } from './csv.js';
import { CliInputError } from './errors.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Reads one sheet of an XLSX workbook (the first, or `sheet` by name) into a table: the first row is the
 * header; rows keep their numbers in the sheet, so errors point at the cell a person sees.
 */
export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes), ...(sheet === undefined ? [] : [sheet]))) as unknown[][];
  } catch (error) {
    throw new CliInputError({
      vi: `${file}: không đọc được bảng tính${sheet === undefined ? '' : ` (trang "${sheet}")`}: ${(error as Error).message}`,
      en: `${file}: cannot read the workbook${sheet === undefined ? '' : ` (sheet "${sheet}")`}: ${(error as Error).message}`,
    });
  }
  const [head, ...rest] = data;
  if (head === undefined) {
    throw new CliInputError({
      vi: `${file}: bảng tính trống, thiếu dòng tiêu đề`,
      en: `${file}: empty sheet, no header row`,
    });
  }
  return {
    header: head.map((c) => cellText(c).trim()),
    rows: rest
      .map((cells, i) => ({ row: i + 2, cells: cells.map(cellText) }))
      .filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}
