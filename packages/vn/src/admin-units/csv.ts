import { InvalidArgumentError } from '@tinhgon/core';

/**
 * Parses RFC 4180 CSV text into rows of fields. Handles quoted fields (with `""` for a quote, and commas
 * or line breaks inside), `\n` and `\r\n` line ends, a leading byte-order mark and a missing final line end.
 * Every field is a string: codes keep their leading zeros.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new InvalidArgumentError('@tinhgon/vn/parseCsv: unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Parses CSV text with a header row into records keyed by the header, checking that the header has the
 * `expected` columns (in any order) and that every row has as many fields as the header.
 */
export function parseCsvRecords(
  text: string,
  expected: readonly string[],
  origin = 'parseCsvRecords',
): Record<string, string>[] {
  const [header, ...all] = parseCsv(text);
  const rows = all.filter((fields) => !(fields.length === 1 && fields[0] === ''));
  if (header === undefined) throw new InvalidArgumentError(`@tinhgon/vn/${origin}: empty CSV`);
  const missing = expected.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new InvalidArgumentError(`@tinhgon/vn/${origin}: missing column(s) ${missing.join(', ')}`);
  }
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new InvalidArgumentError(
        `@tinhgon/vn/${origin}: row ${index + 2} has ${fields.length} fields, the header ${header.length}`,
      );
    }
    const record: Record<string, string> = {};
    header.forEach((column, j) => {
      record[column] = fields[j] as string;
    });
    return record;
  });
}
