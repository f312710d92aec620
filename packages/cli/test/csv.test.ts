import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv.js';
import { CliInputError } from '../src/errors.js';

describe('parseCsv', () => {
  it('drops a BOM, reads CRLF and LF, and keeps row numbers', () => {
    const table = parseCsv('\uFEFFid,name\r\na,Phòng A\r\n\r\nb,Ban B\n', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['a', 'Phòng A'] },
      { row: 4, cells: ['b', 'Ban B'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const table = parseCsv(
      'id,name,n\r\na,"Văn phòng, ""một cửa""",1\r\nb,"hai\r\ndòng",2\r\nc,x,3',
      'x.csv',
    );
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['a', 'Văn phòng, "một cửa"', '1'],
      ['b', 'hai\r\ndòng', '2'],
      ['c', 'x', '3'],
    ]);
    expect(table.rows[2]?.row).toBe(5);
  });

  it('takes semicolons as the separator when the header has no comma', () => {
    expect(parseCsv('id;name\na;Phòng A, B\n', 'x.csv').rows[0]?.cells).toEqual(['a', 'Phòng A, B']);
  });

  it('names the row of an unterminated quote', () => {
    expect(() => parseCsv('id,name\na,"open\n', 'x.csv')).toThrow(CliInputError);
    try {
      parseCsv('id,name\na,ok\nb,"open\n', 'x.csv');
    } catch (error) {
      expect((error as CliInputError).text.en).toBe('x.csv: row 3: unterminated quoted field');
    }
  });

  it('refuses an empty file', () => {
    expect(() => parseCsv('\uFEFF', 'x.csv')).toThrow(CliInputError);
  });
});
