import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../src/font.js';

describe('textWidth', () => {
  it('is conservative: at least 0.6 em per letter on average for Vietnamese names', () => {
    const name = 'Cơ quan Ủy ban Kiểm tra Huyện ủy';
    expect(textWidth(name, 12)).toBeGreaterThanOrEqual(
      Math.floor(name.replaceAll(' ', '').length * 0.55 * 12),
    );
  });

  it('measures a decomposed and a composed name alike', () => {
    expect(textWidth('Pho\u0300ng', 12)).toBe(textWidth('Phòng', 12));
  });
});

describe('wrapText', () => {
  it('wraps at spaces within the width', () => {
    const lines = wrapText('Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nam Trực', 164, 12, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(164);
  });

  it('cuts with an ellipsis past the last line', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười mười một mười hai', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('never exceeds the width or the line count (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 40, max: 300 }),
        fc.integer({ min: 1, max: 4 }),
        (s, w, n) => {
          const lines = wrapText(s, w, 12, n);
          expect(lines.length).toBeGreaterThanOrEqual(1);
          expect(lines.length).toBeLessThanOrEqual(n);
          for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(w);
        },
      ),
    );
  });
});
