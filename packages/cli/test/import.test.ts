import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { type ImportError, importErrorText, importTables } from '../src/import-table.js';
import { main } from '../src/main.js';
import { readXlsx } from '../src/xlsx.js';
import { testIo } from './support/test-io.js';

const units = {
  file: 'units.csv',
  table: parseCsv('code,name,level,parent\n36,Nam Định,province,\n362,Nam Trực,district,36\n', 'units.csv'),
};
const HEAD = 'id,name,kind,sector,level,unit,parent,functions,quota,actual';

function bodies(lines: string[]) {
  return { file: 'b.csv', table: parseCsv([HEAD, ...lines].join('\r\n'), 'b.csv') };
}

describe('importTables', () => {
  it('builds a valid state', () => {
    const result = importTables(
      bodies([
        'root,Huyện ủy,party-committee,party,district,362,,a;b,0,0',
        'child,Ban,party-advisory,party,district,362,root,x,5,4',
      ]),
      units,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.state.bodies.get('root')?.functions).toEqual(['a', 'b']);
  });

  it('names the row and column of every problem, cell and whole-document alike', () => {
    const bad = importTables(
      bodies([
        'root,Huyện ủy,party-committee,party,district,362,,,0,0',
        'x,Ban,party-advisory,party,district,362,nope,,5,4',
        'root,Lặp,party-advisory,party,district,362,,,1,1',
      ]),
      units,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => [e.row, e.column, e.file])).toEqual([
        [3, 'parent', 'b.csv'],
        [4, 'id', 'b.csv'],
      ]);
      expect(bad.errors[0]?.message.vi).toContain('"nope"');
    }
    const cells = importTables(
      bodies(['a,A,k,party,district,362,,,x,-1', 'b,B,k,party,planet,362,,,1,1']),
      units,
    );
    if (!cells.ok) {
      expect(cells.errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'quota'],
        [2, 'actual'],
        [3, 'level'],
      ]);
    }
  });

  it('points at the units file and the header row', () => {
    const r = importTables({ file: 'b.csv', table: parseCsv(`${HEAD},colour\n`, 'b.csv') }, units);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'b.csv', row: 1, column: 'colour' });
    const missing = importTables({ file: 'b.csv', table: parseCsv('id,name\n', 'b.csv') });
    if (!missing.ok)
      expect(missing.errors.map((e) => e.column)).toEqual(['kind', 'sector', 'level', 'quota', 'actual']);
    const badUnit = importTables(bodies([]), {
      file: 'u.csv',
      table: parseCsv('code,name,level\n36,X,planet\n', 'u.csv'),
    });
    if (!badUnit.ok) expect(badUnit.errors[0]).toMatchObject({ file: 'u.csv', row: 2, column: 'level' });
  });

  it('reads quota_<year> columns into quotaByYear', () => {
    const r = importTables(
      { file: 'b.csv', table: parseCsv(`${HEAD},quota_2015\na,A,k,party,district,362,,,5,5,6\n`, 'b.csv') },
      units,
    );
    if (r.ok) expect(r.state.bodies.get('a')?.quotaByYear).toEqual({ '2015': 6 });
    else throw new Error('expected ok');
  });
});

describe('columns without a header', () => {
  const ROOT_ROW = 'root,Huyện ủy,party-committee,party,district,362,,,0,0';

  it('are an error when they hold a value: the file, the column number and the first row with one', () => {
    // The header of the quota column was forgotten: its values sit under a blank cell.
    const csv = `id,name,kind,sector,level,unit,parent,functions,,actual\n${ROOT_ROW}\nban,Ban,k,party,district,362,root,,12,10\n`;
    const r = importTables({ file: 'bodies.csv', table: parseCsv(csv, 'bodies.csv') }, units);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => importErrorText(e, 'en'))).toEqual([
      'bodies.csv: row 1, column "quota": required column missing',
      'bodies.csv: row 1, column "9": the column has values (row 2: "0") but no header; name it (e.g. "quota") or delete the column',
    ]);
    expect(importErrorText(r.errors[1] as ImportError, 'vi')).toBe(
      'bodies.csv: dòng 1, cột "9": cột có giá trị (dòng 2: "0") nhưng không có tiêu đề; hãy đặt tên cho cột (ví dụ "quota") hoặc xóa cột',
    );
    expect(r.errors[1]).not.toHaveProperty('cell');
  });

  it('count values past the end of the header, name the first row that has one, and shorten a long value', () => {
    const note = 'Ghi chú: '.padEnd(60, 'x');
    const r = importTables(
      bodies([
        ROOT_ROW,
        `a,A,k,party,district,362,root,,1,1, ,${note}`,
        `b,B,k,party,district,362,root,,1,1,7`,
      ]),
      units,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column, e.message.en])).toEqual([
      [1, '11', 'the column has values (row 4: "7") but no header; name it or delete the column'],
      [
        1,
        '12',
        `the column has values (row 3: "${note.slice(0, 39)}…") but no header; name it or delete the column`,
      ],
    ]);
  });

  it('are ignored when empty throughout (trailing separators, blank or white-space cells)', () => {
    const r = importTables(
      {
        file: 'b.csv',
        table: parseCsv(`${HEAD},,\n${ROOT_ROW},, \nban,Ban,k,party,district,362,root,,1,1\n`, 'b.csv'),
      },
      units,
    );
    if (!r.ok) throw new Error(r.errors.map((e) => importErrorText(e, 'en')).join('\n'));
    expect(r.state.bodies.size).toBe(2);
  });

  it('stop tinhgon import with exit code 2 and nothing written', async () => {
    const t = testIo();
    const io = {
      ...t.io,
      readFile: (path: string) =>
        path === 'b.csv'
          ? new TextEncoder().encode(`${HEAD},\n${ROOT_ROW},\nban,Ban,k,party,district,362,root,,1,1,x\n`)
          : t.io.readFile(path),
    };
    const code = await main(
      ['import', 'b.csv', '--units', 'packages/cli/test/fixtures/units.csv', '--lang', 'en'],
      io,
    );
    expect(code).toBe(2);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toMatchInlineSnapshot(`
      "Import failed: 1 error
        - b.csv: row 1, column "11": the column has values (row 3: "x") but no header; name it or delete the column
      "
    `);
  });
});

describe('readXlsx', () => {
  it('reads the first sheet with row numbers', async () => {
    const bytes = readFileSync(new URL('fixtures/bodies.xlsx', import.meta.url));
    const table = await readXlsx(bytes, 'bodies.xlsx');
    expect(table.header.slice(0, 3)).toEqual(['id', 'name', 'kind']);
    expect(table.rows[1]).toMatchObject({
      row: 3,
      cells: expect.arrayContaining(['Ban Tuyên giáo Huyện ủy', '6']),
    });
  });

  it('reads a sheet by name, and names a missing one', async () => {
    const bytes = readFileSync(new URL('fixtures/bodies.xlsx', import.meta.url));
    expect((await readXlsx(bytes, 'bodies.xlsx', 'Cơ quan')).rows).toHaveLength(3);
    await expect(readXlsx(bytes, 'bodies.xlsx', 'Không có')).rejects.toMatchObject({ name: 'CliInputError' });
    await expect(readXlsx(new Uint8Array([1, 2, 3]), 'junk.xlsx')).rejects.toMatchObject({
      name: 'CliInputError',
    });
  });
});
