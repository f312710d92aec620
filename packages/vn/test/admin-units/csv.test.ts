import { InvalidArgumentError } from '@tinhgon/core';
import { parseCsv, parseCsvRecords } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and rows, keeping leading zeros, with or without a final line end', () => {
    expect(parseCsv('code,name\n01,Hà Nội\n02,Hà Giang')).toEqual([
      ['code', 'name'],
      ['01', 'Hà Nội'],
      ['02', 'Hà Giang'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(InvalidArgumentError);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and checks columns and field counts', () => {
    expect(parseCsvRecords('code,name\n001,Ba Đình\n', ['code'])).toEqual([{ code: '001', name: 'Ba Đình' }]);
    expect(() => parseCsvRecords('code\n1\n', ['code', 'name'])).toThrow(InvalidArgumentError);
    expect(() => parseCsvRecords('code,name\n1\n', ['code'])).toThrow(InvalidArgumentError);
  });
});
