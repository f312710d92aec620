/** A cell of a tidy table. */
export type Cell = string | number | boolean | null | undefined;

function quote(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A tidy CSV table (RFC 4180: comma-separated, CRLF line ends, quotes doubled, a header row), ready for a
 * spreadsheet. Columns are taken in the order given; nested values must be flattened by the caller.
 */
export function toCsv<T extends Record<string, Cell>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((column) => quote(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
