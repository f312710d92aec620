import { describe, expect, it } from 'vitest';
import { escapeXml } from '../src/escape.js';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('keeps Vietnamese letters and composes decomposed ones (NFC)', () => {
    const decomposed = 'Pho\u0300ng Nô\u0323i vu\u0323';
    expect(escapeXml(decomposed)).toBe('Phòng Nội vụ');
    expect(escapeXml('Ủy ban Kiểm tra - Thanh tra')).toBe('Ủy ban Kiểm tra - Thanh tra');
  });

  it('drops characters XML forbids, keeps tab and newline', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFF')).toBe('abc\td\ne');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('formats numbers', () => {
    expect(escapeXml(42)).toBe('42');
  });
});
