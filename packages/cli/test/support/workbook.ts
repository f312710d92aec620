import { strToU8, zipSync } from 'fflate';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

/** The column header of a body table, as in `BODY_COLUMNS` (`quota` is column I, `actual` column J). */
export const BODY_HEADER = [
  'id',
  'name',
  'kind',
  'sector',
  'level',
  'unit',
  'parent',
  'functions',
  'quota',
  'actual',
];

/**
 * A workbook as write-excel-file writes it: merged cells with `rowSpan` / `columnSpan`, formulas with
 * `type: 'Formula'`, which it saves without a computed value (as any script may).
 */
export async function writtenWorkbook(rows: SheetData, sheet = 'Sheet1'): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(rows, { sheet }).toBuffer());
}

const xmlText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A text cell, stored inline. */
export const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
/** A number cell. */
export const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
/**
 * A formula cell as Excel or LibreOffice saves it: the formula (without `=`) and, if given, its computed
 * value; `t` is `str` for a text result, `e` for an error, none for a number. `f` may be a full `<f>` element
 * for shared formulas.
 */
export const formula = (ref: string, f: string, cached?: string | number, t?: 'str' | 'e') =>
  `<c r="${ref}"${t === undefined ? '' : ` t="${t}"`}>${f.startsWith('<f') ? f : `<f>${xmlText(f)}</f>`}${
    cached === undefined ? '' : `<v>${xmlText(String(cached))}</v>`
  }</c>`;
/** A row of cells. */
export const row = (n: number, ...cells: string[]) => `<row r="${n}">${cells.join('')}</row>`;

/** The header row of a body table, as text cells in row 1. */
export const bodyHeaderRow = () =>
  row(1, ...BODY_HEADER.map((name, i) => text(`${String.fromCharCode(65 + i)}1`, name)));

/**
 * A minimal workbook written by hand, the XML a spreadsheet application saves (cached formula values
 * included), which write-excel-file cannot produce: one sheet with the given rows, and `after` (e.g.
 * `<mergeCells>`) after the sheet data.
 */
export function handWorkbook(rows: readonly string[], options: { sheet?: string; after?: string } = {}) {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${xmlText(options.sheet ?? 'Sheet1')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${rows.join('')}</sheetData>${options.after ?? ''}</worksheet>`,
    ),
  });
}
