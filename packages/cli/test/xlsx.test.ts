import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { type ImportError, importErrorText, importTables } from '../src/import-table.js';
import { main } from '../src/main.js';
import { readXlsx } from '../src/xlsx.js';
import { testIo } from './support/test-io.js';
import {
  BODY_HEADER,
  bodyHeaderRow,
  formula,
  handWorkbook,
  num,
  row,
  text,
  writtenWorkbook,
} from './support/workbook.js';

// Bad XLSX inputs of docs/bad-inputs.md: merged cells, formulas and columns without a header. read-excel-file
// reports a merged range's value in its top-left cell only and reads a formula without a computed value, or
// with an error, as an empty cell; the importer must neither lose nor invent data because of that.

const units = {
  file: 'units.csv',
  table: parseCsv('code,name,level,parent\n36,Nam Định,province,\n362,Nam Trực,district,36\n', 'units.csv'),
};

async function importXlsx(bytes: Uint8Array, sheet?: string) {
  return importTables({ file: 'b.xlsx', table: await readXlsx(bytes, 'b.xlsx', sheet) }, units);
}

const located = (errors: readonly ImportError[]) => errors.map((e) => [e.row, e.column, e.cell]);

describe('merged cells', () => {
  it('give a vertically merged value to every row of the merge that has data (unit, kind, parent)', async () => {
    const bytes = await writtenWorkbook([
      BODY_HEADER,
      [
        'root',
        'Huyện ủy',
        'party-committee',
        'party',
        'district',
        { value: '362', rowSpan: 5 },
        null,
        null,
        0,
        0,
      ],
      [
        'ban-tc',
        'Ban Tổ chức',
        { value: 'party-advisory', rowSpan: 2 },
        'party',
        'district',
        null,
        { value: 'root', rowSpan: 2 },
        null,
        6,
        5,
      ],
      ['ban-tg', 'Ban Tuyên giáo', null, 'party', 'district', null, null, null, 5, 5],
      // Rows 5 and 6 lie inside the unit merge but hold nothing else: they are not bodies.
      [null, null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null],
      ['vp', 'Văn phòng', 'party-office', 'party', 'district', '362', 'root', null, 8, 8],
    ]);
    const table = await readXlsx(bytes, 'b.xlsx');
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 7]);
    expect(table.problems).toBeUndefined();
    const result = await importXlsx(bytes);
    if (!result.ok) throw new Error(result.errors.map((e) => importErrorText(e, 'en')).join('\n'));
    const bodies = [...result.state.bodies.values()].map((b) => [b.id, b.unit, b.kind, b.parent]);
    expect(bodies).toEqual([
      ['root', '362', 'party-committee', null],
      ['ban-tc', '362', 'party-advisory', 'root'],
      ['ban-tg', '362', 'party-advisory', 'root'],
      ['vp', '362', 'party-office', 'root'],
    ]);
  });

  it('refuse a merge in a column that needs one value per row (staff, id): it would count staff twice', async () => {
    const bytes = await writtenWorkbook([
      BODY_HEADER,
      ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362', null, null, 0, 0],
      [
        { value: 'ban', rowSpan: 2 },
        'Ban A',
        'k',
        'party',
        'district',
        '362',
        'root',
        null,
        { value: 9, rowSpan: 2 },
        4,
      ],
      [null, 'Ban B', 'k', 'party', 'district', '362', 'root', null, null, 5],
    ]);
    const result = await importXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(located(result.errors)).toEqual([
      [3, 'id', 'Sheet1!A3:A4'],
      [3, 'quota', 'Sheet1!I3:I4'],
    ]);
    expect(importErrorText(result.errors[1] as ImportError, 'en')).toBe(
      'b.xlsx: row 3, column "quota" (Sheet1!I3:I4): cells are merged over rows 3–4, but each row needs its own value in this column: unmerge them and fill in every row',
    );
    expect(result.errors[1]?.message.vi).toContain('dòng 3–4');
  });

  it('refuse a merged header cell, naming the range', async () => {
    const header: (string | { value: string; columnSpan: number } | null)[] = BODY_HEADER.slice(0, 8);
    const bytes = await writtenWorkbook([
      [...header, { value: 'quota', columnSpan: 2 }, null],
      ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362', null, null, 0, 0],
    ]);
    const table = await readXlsx(bytes, 'b.xlsx');
    expect(table.header.slice(8)).toEqual(['quota', '']);
    const result = await importXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Column J lost its name to the merge, so its values are under no header: that is said too.
    expect(located(result.errors)).toEqual([
      [1, 'actual', undefined],
      [1, 'J', 'Sheet1!J1'],
      [1, 'quota', 'Sheet1!I1:J1'],
    ]);
    expect(result.errors[1]?.message.en).toBe(
      'the column has values (row 2: "0") but no header; name it (e.g. "actual") or delete the column',
    );
    expect(importErrorText(result.errors[2] as ImportError, 'en')).toBe(
      'b.xlsx: row 1, column "quota" (Sheet1!I1:J1): header cells are merged; the header is one row with a name in every column: unmerge them and name each column',
    );
  });

  it('refuse a row merged across columns (a group heading), naming its columns', async () => {
    const bytes = await writtenWorkbook([
      BODY_HEADER,
      [{ value: 'I. KHỐI ĐẢNG', columnSpan: 10 }, null, null, null, null, null, null, null, null, null],
      ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362', null, null, 0, 0],
    ]);
    const result = await importXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(located(result.errors)).toEqual([[2, 'id', 'Sheet1!A2:J2']]);
    expect(result.errors[0]?.message.en).toMatch(
      /^cells are merged across the columns "id", "name", .*"actual"/,
    );
  });

  it('leave a merge alone when it spans one named column and columns without a header', async () => {
    const bytes = handWorkbook(
      [
        row(1, ...BODY_HEADER.map((name, i) => text(`${String.fromCharCode(65 + i)}1`, name))),
        row(
          2,
          ...['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362'].map((v, i) =>
            text(`${String.fromCharCode(65 + i)}2`, v),
          ),
          num('I2', 0),
          num('J2', 7),
        ),
      ],
      { after: '<mergeCells count="1"><mergeCell ref="J2:L2"/></mergeCells>' },
    );
    const result = await importXlsx(bytes);
    if (!result.ok) throw new Error(result.errors.map((e) => importErrorText(e, 'en')).join('\n'));
    expect(result.state.bodies.get('root')?.actual).toBe(7);
  });
});

describe('formulas', () => {
  it('use the value the spreadsheet computed and saved (numbers, text, shared formulas)', async () => {
    const bytes = handWorkbook([
      bodyHeaderRow(),
      row(
        2,
        text('A2', 'root'),
        formula('B2', '"Huyện "&"ủy"', 'Huyện ủy', 'str'),
        text('C2', 'party-committee'),
        text('D2', 'party'),
        text('E2', 'district'),
        num('F2', 362),
        num('I2', 0),
        num('J2', 0),
      ),
      row(
        3,
        text('A3', 'ban'),
        text('B3', 'Ban Tổ chức'),
        text('C3', 'party-advisory'),
        text('D3', 'party'),
        text('E3', 'district'),
        formula('F3', 'F2', 362),
        formula('G3', 'A2', 'root', 'str'),
        formula('I3', '<f t="shared" ref="I3:J3" si="0">2+3</f>', 5),
        formula('J3', '<f t="shared" si="0"/>', 4),
      ),
    ]);
    const table = await readXlsx(bytes, 'b.xlsx');
    expect(table.problems).toBeUndefined();
    expect(table.rows[1]?.cells).toEqual([
      'ban',
      'Ban Tổ chức',
      'party-advisory',
      'party',
      'district',
      '362',
      'root',
      '',
      '5',
      '4',
    ]);
    const result = await importXlsx(bytes);
    if (!result.ok) throw new Error(result.errors.map((e) => importErrorText(e, 'en')).join('\n'));
    expect(result.state.bodies.get('root')?.name).toBe('Huyện ủy');
    expect(result.state.bodies.get('ban')).toMatchObject({
      unit: '362',
      parent: 'root',
      quota: 5,
      actual: 4,
    });
  });

  it('name the sheet, row, column and formula of a formula that was never computed', async () => {
    // write-excel-file saves formulas without a value, as a script may; read-excel-file reads them as empty.
    const bytes = await writtenWorkbook(
      [
        BODY_HEADER,
        ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362', null, null, 0, 0],
        [
          'ban',
          'Ban',
          'party-advisory',
          'party',
          'district',
          '362',
          { type: 'Formula', value: '=A2' },
          null,
          { type: 'Formula', value: '=SUM(I2:I2)' },
          3,
        ],
      ],
      'Cơ quan',
    );
    const result = await importXlsx(bytes, 'Cơ quan');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => importErrorText(e, 'en'))).toEqual([
      `b.xlsx: row 3, column "parent" ('Cơ quan'!G3): formula =A2 has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value`,
      `b.xlsx: row 3, column "quota" ('Cơ quan'!I3): formula =SUM(I2:I2) has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value`,
    ]);
    expect(importErrorText(result.errors[1] as ImportError, 'vi')).toBe(
      `b.xlsx: dòng 3, cột "quota" ('Cơ quan'!I3): công thức =SUM(I2:I2) chưa có giá trị đã tính; hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice, hoặc thay công thức bằng giá trị của nó`,
    );
  });

  it('name a formula or cell that holds an error (#DIV/0!, #N/A), and a shared formula never computed', async () => {
    const bytes = handWorkbook([
      bodyHeaderRow(),
      row(
        2,
        ...['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362'].map((v, i) =>
          text(`${String.fromCharCode(65 + i)}2`, v),
        ),
        formula('I2', '1/0', '#DIV/0!', 'e'),
        '<c r="J2" t="e"><v>#N/A</v></c>',
      ),
      row(
        3,
        ...['ban', 'Ban', 'party-advisory', 'party', 'district', '362', 'root'].map((v, i) =>
          text(`${String.fromCharCode(65 + i)}3`, v),
        ),
        formula('I3', '<f t="shared" ref="I3:J3" si="0">J2&amp;""</f>'),
        formula('J3', '<f t="shared" si="0"/>'),
      ),
    ]);
    const result = await importXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.cell, e.message.en])).toEqual([
      ['Sheet1!I2', 'formula =1/0 gives the error #DIV/0!; correct the formula or replace it with a value'],
      ['Sheet1!J2', 'the cell holds the error #N/A; replace it with a value'],
      [
        'Sheet1!I3',
        'formula =J2&"" has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value',
      ],
      [
        'Sheet1!J3',
        'formula =J2&"" (shared from I3) has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value',
      ],
    ]);
  });
});

describe('columns without a header', () => {
  const ROOT = ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362'];

  it('are an error when they hold a value, naming the column letter, its cell and the first row with one', async () => {
    const bytes = await writtenWorkbook(
      [
        [...BODY_HEADER, null, null],
        [...ROOT, null, null, 0, 0, null, null],
        ['ban', 'Ban', 'party-advisory', 'party', 'district', '362', 'root', null, 5, 5, 'kiêm nhiệm', null],
      ],
      'Cơ quan',
    );
    const result = await importXlsx(bytes, 'Cơ quan');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => importErrorText(e, 'en'))).toEqual([
      `b.xlsx: row 1, column "K" ('Cơ quan'!K1): the column has values (row 3: "kiêm nhiệm") but no header; name it or delete the column`,
    ]);
    expect(importErrorText(result.errors[0] as ImportError, 'vi')).toBe(
      `b.xlsx: dòng 1, cột "K" ('Cơ quan'!K1): cột có giá trị (dòng 3: "kiêm nhiệm") nhưng không có tiêu đề; hãy đặt tên cho cột hoặc xóa cột`,
    );
  });

  it('count a formula never computed, or an error, as a value (read-excel-file reads it as empty)', async () => {
    const bytes = handWorkbook([
      bodyHeaderRow(),
      row(2, ...ROOT.map((v, i) => text(`${String.fromCharCode(65 + i)}2`, v)), num('I2', 0), num('J2', 0)),
      row(3, formula('L3', 'NOW()')),
      row(4, '<c r="M4" t="e"><v>#REF!</v></c>'),
    ]);
    const result = await importXlsx(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.cell, e.message.en])).toEqual([
      ['Sheet1!L1', 'the column has values (row 3: "=NOW()") but no header; name it or delete the column'],
      ['Sheet1!M1', 'the column has values (row 4: "#REF!") but no header; name it or delete the column'],
    ]);
  });

  it('are ignored when empty throughout (blank header cells and empty cells a spreadsheet saved)', async () => {
    const bytes = handWorkbook([
      row(
        1,
        ...BODY_HEADER.map((name, i) => text(`${String.fromCharCode(65 + i)}1`, name)),
        text('K1', ''),
        text('L1', ' '),
      ),
      row(
        2,
        ...ROOT.map((v, i) => text(`${String.fromCharCode(65 + i)}2`, v)),
        num('I2', 0),
        num('J2', 0),
        '<c r="K2"/>',
        text('L2', ' '),
      ),
    ]);
    const result = await importXlsx(bytes);
    if (!result.ok) throw new Error(result.errors.map((e) => importErrorText(e, 'en')).join('\n'));
    expect(result.state.bodies.size).toBe(1);
  });
});

describe('tinhgon import with a bad workbook', () => {
  it('exits with 2 and prints every problem with its cell', async () => {
    const bytes = await writtenWorkbook([
      BODY_HEADER,
      ['root', 'Huyện ủy', 'party-committee', 'party', 'district', '362', null, null, 0, 0],
      ['a', 'A', 'k', 'party', 'district', '362', 'root', null, { type: 'Formula', value: '=I2+1' }, 1],
    ]);
    const t = testIo();
    const io = { ...t.io, readFile: (path: string) => (path === 'b.xlsx' ? bytes : t.io.readFile(path)) };
    const code = await main(
      ['import', 'b.xlsx', '--units', 'packages/cli/test/fixtures/units.csv', '--lang', 'en'],
      io,
    );
    expect(code).toBe(2);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toMatchInlineSnapshot(`
      "Import failed: 1 error
        - b.xlsx: row 3, column "quota" (Sheet1!I3): formula =I2+1 has no computed value; open and save the file in Excel or LibreOffice, or replace the formula with its value
      "
    `);
  });
});
