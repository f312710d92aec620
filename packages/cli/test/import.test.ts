import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { importTables } from '../src/import-table.js';
import { readXlsx } from '../src/xlsx.js';

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
